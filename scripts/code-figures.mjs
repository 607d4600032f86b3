/**
 * The code's own figures, for a note or a review: the lines of each renderer folder and the type
 * assertions (`x as T`, `<T>x`; `as const` is not one) of the production code, test files left out.
 *
 *   node scripts/code-figures.mjs          the working tree
 *   node scripts/code-figures.mjs <rev>    a commit (read with `git archive`, nothing checked out)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const rev = process.argv[2];
let root = process.cwd();
if (rev) {
  root = mkdtempSync(join(tmpdir(), 'dpo-desk-figures-'));
  const tar = execFileSync('git', ['archive', rev, 'renderer', 'electron', 'cli'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', root], { input: tar });
}

/** Production TypeScript files below `dir`: no tests, no declarations. */
const sources = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

const lines = (dir) => sources(dir).reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length - 1, 0);

const assertions = (dir) => {
  let n = 0;
  for (const f of sources(dir)) {
    const kind = f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const visit = (node) => {
      const cast = ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);
      if (cast && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === 'const')) n++;
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, kind));
  }
  return n;
};

const renderer = 'renderer/src';
const folders = readdirSync(join(root, renderer), { withFileTypes: true }).filter((e) => e.isDirectory());
console.log(`lines (production .ts/.tsx)${rev ? ` at ${rev}` : ''}`);
for (const f of folders) console.log(`  ${renderer}/${f.name}`.padEnd(34), lines(`${renderer}/${f.name}`));
console.log(`  ${renderer}, all`.padEnd(34), lines(renderer));
console.log('type assertions (as const excluded)');
for (const dir of [renderer, 'electron', 'cli']) console.log(`  ${dir}`.padEnd(34), assertions(dir));
if (rev) rmSync(root, { recursive: true, force: true });
