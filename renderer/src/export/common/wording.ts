import { languageSchema, type Language } from '../../domain/common';

/** A namespace of document wording as stored in assets/i18n/<lang>/<namespace>.json (nested objects of strings). */
export interface WordingTree {
  [key: string]: string | WordingTree;
}

export type WordingVars = Readonly<Record<string, string | number>>;

/** Looks up a dotted key ("cover.title") and fills `{{name}}` placeholders. */
export type Translate = (language: Language, key: string, vars?: WordingVars) => string;

/** Raised for a key or a placeholder the wording files lack: a document never ships with a raw key. */
export class MissingWordingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingWordingError';
  }
}

const lookup = (tree: WordingTree, key: string): string | undefined => {
  let node: string | WordingTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
};

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Pure wording loader over one namespace in every document language. Same `{{var}}` syntax as
 * i18next so the app and the documents share the files, without i18next's global state (exports
 * also run in a worker and the command-line tool).
 */
export const createTranslator = (namespace: string, bundles: Readonly<Record<Language, WordingTree>>): Translate => {
  // A register prints the same few hundred keys tens of thousands of times: resolve each key once.
  const templates = new Map(languageSchema.options.map((l) => [l, new Map<string, string>()]));
  return (language, key, vars = {}) => {
    const cache = templates.get(language) ?? new Map<string, string>();
    let template = cache.get(key);
    if (template === undefined) {
      template = lookup(bundles[language], key);
      if (template === undefined)
        throw new MissingWordingError(`No "${key}" wording in ${language}/${namespace}.json.`);
      cache.set(key, template);
    }
    if (!template.includes('{{')) return template;
    return template.replace(PLACEHOLDER, (_m, name: string) => {
      const value = vars[name];
      if (value === undefined)
        throw new MissingWordingError(`The "${key}" wording in ${language}/${namespace}.json needs "${name}".`);
      return String(value);
    });
  };
};

/** Every dotted key of a wording tree, to check that two languages carry the same keys. */
export const wordingKeys = (tree: WordingTree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : wordingKeys(v, `${prefix}${k}.`),
  );
