/**
 * Hostile text for the export property tests: full Unicode (astral planes, lone surrogates,
 * U+FFFE/U+FFFF, C0 controls, bidirectional marks) mixed with the block syntax of every text
 * format (Markdown headings, rules, fences, tables, HTML; XML markup), and a way to put such text
 * into every field of a record that a document prints.
 */
import fc from 'fast-check';
import { workspaceSchema, type Workspace } from '../../renderer/src/domain';

const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i));
const PIECES = [
  ...CONTROLS,
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  '\u202e',
  '\u200f',
  '\u061c',
  '\u2028',
  '\u0085',
  '\n\n# Heading\n',
  '\n## x',
  '\n---\n',
  '\n***\n',
  '\n===\n',
  '\n```\ncode\n```\n',
  '\n~~~\n',
  '\n    indented code\n',
  '\n\t\tcode',
  '\n1. one\n2) two',
  '\n- a\n+ b\n* c',
  '\n> quote',
  '\n| a | b |\n|---|---|\n| c | d |',
  '\nx|y\n:-:',
  '\n<div>html</div>\n',
  '\n<!-- c -->',
  '\n[ref]: https://example.com',
  '![img](x.png)',
  '<script>alert(1)</script>',
  '&amp;&#xFFFE;&#0;',
  ']]><![CDATA[',
  '\\',
  '\r\n\r\n',
  '\r',
];

/** A field's hostile value: starts with a letter (so it is never an empty answer), then anything. */
export const hostileText = (): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => `x${parts.join('')}`);

type Path = readonly (string | number)[];

const stringLeaves = (value: unknown, path: Path = []): Path[] => {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
};

/** Writes in place: the callers write into their own copy. */
const writeAt = (root: unknown, path: Path, text: string): void => {
  let node = root as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = text;
};
const setAt = (root: unknown, path: Path, text: string): unknown => {
  const copy: unknown = structuredClone(root);
  writeAt(copy, path, text);
  return copy;
};

/** Links, not text: changing them changes what a document includes, not what it says. */
const isReference = (path: Path): boolean => path.some((k) => typeof k === 'string' && (k === 'id' || /Ids?$/.test(k)));

/**
 * The paths of every string in the record that the schema takes as free text and that the
 * document prints: found by writing a marker into each one and looking for it in the document
 * text (`printed`), so a field added to the domain is covered without a list to keep.
 */
export const printedTextPaths = (ws: Workspace, printed: (ws: Workspace) => string): Path[] => {
  const marker = 'Qzxv marker';
  return stringLeaves(ws).filter((path) => {
    if (isReference(path)) return false;
    const parsed = workspaceSchema.safeParse(setAt(ws, path, marker));
    if (!parsed.success) return false;
    try {
      return printed(parsed.data).includes(marker);
    } catch {
      return false;
    }
  });
};

/** The record with each given field holding its own text. */
export const withTexts = (ws: Workspace, paths: readonly Path[], texts: readonly string[]): Workspace => {
  const copy = structuredClone(ws);
  paths.forEach((path, i) => writeAt(copy, path, texts[i % texts.length] ?? 'x'));
  return copy;
};

/** Characters XML 1.0 allows (production Char); anything else in a part makes the file unreadable. */
export const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
