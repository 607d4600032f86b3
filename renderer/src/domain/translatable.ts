import { z } from 'zod';
import { languageSchema, VALIDATION_MESSAGES, type Language } from './common';

/**
 * Free text a document prints, marked so that it can hold one value per document language
 * (DESIGN: "Text the documents print is multilingual"). A field is marked once, in its zod schema,
 * with `prose()`/`requiredProse()`; everything else — the translations screen, the gaps of an
 * export in another language, the checks, the examples' phrase tables, the field catalogue —
 * finds the marked fields by walking the schema (`translatableFields`), so a new printed field is
 * one schema entry and a new language is one more value of `languageSchema` plus its files.
 *
 * Not marked: names of legal entities and people, e-mails, URLs, codes, references, dates and
 * enums — they read the same in every language.
 */

/** What the mark carries: the field's own maximum length, which bounds each of its translations too. */
export interface TranslatableMeta {
  translatable: true;
  max: number;
}

/** The registry of marked schemas; other modules (the field catalogue) may read it with `isTranslatable`. */
export const translatableRegistry = z.registry<TranslatableMeta>();

/** Optional free text a document prints (trimmed, empty allowed), translatable. */
export const prose = (max = 5000) =>
  z
    .string()
    .trim()
    .max(max, { error: VALIDATION_MESSAGES.tooLong(max) })
    .register(translatableRegistry, { translatable: true, max });

/** Required free text a document prints (a purpose, a measure's title…), translatable. */
export const requiredProse = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .min(1, { error: VALIDATION_MESSAGES.required(label) })
    .max(max, { error: VALIDATION_MESSAGES.tooLong(max) })
    .register(translatableRegistry, { translatable: true, max });

/** A wrapper that a field's mark looks through: `.default()`, `.optional()`, `.nullable()`. */
const unwrapOptional = (s: z.core.$ZodType): z.core.$ZodType | undefined =>
  s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable ? s.unwrap() : undefined;

/** The mark of a schema (looking through `.default()`/`.optional()`), or undefined when it is not free text. */
export const isTranslatable = (schema: z.core.$ZodType): TranslatableMeta | undefined => {
  let s: z.core.$ZodType | undefined = schema;
  for (let depth = 0; s !== undefined && depth < 8; depth++) {
    const meta = translatableRegistry.get(s);
    if (meta) return meta;
    s = unwrapOptional(s);
  }
  return undefined;
};

/** At most this many translated fields per record and language (a large activity has a few hundred). */
export const MAX_TRANSLATED_FIELDS = 2000;
/** A field path: `purposes.<purpose id>.description`, `processingCategories.2`, `description`. */
const pathSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, { error: 'A translated field is named by a dotted path.' });

/**
 * The translations of one record: `{ fr: { 'purposes.<id>.description': '…' } }`. The text of the
 * record itself is in the organisation's default language; a language absent here has no
 * translation yet. Each text is bounded by its field's own maximum (checked by `translationProblems`,
 * which knows the field), and by the longest field any schema declares here.
 */
export const translationsSchema = z
  .partialRecord(
    languageSchema,
    z
      .record(
        pathSchema,
        z
          .string()
          .trim()
          .max(20000, { error: VALIDATION_MESSAGES.tooLong(20000) }),
      )
      .refine((fields) => Object.keys(fields).length <= MAX_TRANSLATED_FIELDS, {
        error: `At most ${MAX_TRANSLATED_FIELDS} translated fields per record and language.`,
      }),
  )
  .default({})
  .describe(
    'Text of the printed free-text fields in the other document languages, by language then by field path (array items by their id); the record itself holds the default language.',
  );
export type Translations = z.infer<typeof translationsSchema>;

/** One translatable field of a record, with its default-language text. */
export interface TranslatableField {
  /** Dotted path; array items with an `id` are named by it (reordering keeps translations), others by index. */
  path: string;
  text: string;
  max: number;
}

type Visit = (path: string, text: string, max: number) => string;
/** A compiled walker: returns the value with every translatable string replaced by `visit`'s answer. */
type Walker = (value: unknown, prefix: string, visit: Visit) => unknown;

const join = (prefix: string, key: string): string => (prefix === '' ? key : `${prefix}.${key}`);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** How a translation names a list item: by its id, else by its index. */
export const itemKey = (item: unknown, index: number): string =>
  isPlainObject(item) && typeof item.id === 'string' && /^[A-Za-z0-9_-]+$/.test(item.id) ? item.id : String(index);

/** A value that is only an e-mail address or a web address reads the same in every language: not prose. */
const SAME_IN_EVERY_LANGUAGE = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+|https?:\/\/\S+)$/i;

const compiled = new WeakMap<z.core.$ZodType, Walker | null>();

/** Compiles a schema into a walker (null when nothing inside it is translatable). Cached per schema. */
const compile = (schema: z.core.$ZodType): Walker | null => {
  if (compiled.has(schema)) return compiled.get(schema) ?? null;
  compiled.set(schema, null); // guards against recursive schemas while compiling
  const walker = build(schema);
  compiled.set(schema, walker);
  return walker;
};

const build = (schema: z.core.$ZodType): Walker | null => {
  const meta = isTranslatable(schema);
  if (meta)
    return (value, prefix, visit) =>
      typeof value === 'string' && value.trim() !== '' && !SAME_IN_EVERY_LANGUAGE.test(value.trim())
        ? visit(prefix, value, meta.max)
        : value;
  if (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodCatch
  )
    return compile(schema.unwrap());
  if (schema instanceof z.ZodPipe) return compile(schema.in);
  if (schema instanceof z.ZodObject) {
    const entries = Object.entries(schema.shape).flatMap(([key, s]) => {
      const w = compile(s);
      return w ? [[key, w] as const] : [];
    });
    if (entries.length === 0) return null;
    return (value, prefix, visit) => {
      if (!isPlainObject(value)) return value;
      let out: Record<string, unknown> | undefined;
      for (const [key, w] of entries) {
        if (!(key in value)) continue;
        const next = w(value[key], join(prefix, key), visit);
        if (next !== value[key]) (out ??= { ...value })[key] = next;
      }
      return out ?? value;
    };
  }
  if (schema instanceof z.ZodArray) {
    const w = compile(schema.element);
    if (!w) return null;
    return (value, prefix, visit) => {
      if (!Array.isArray(value)) return value;
      let changed = false;
      const out = value.map((item, i) => {
        const next = w(item, join(prefix, itemKey(item, i)), visit);
        if (next !== item) changed = true;
        return next;
      });
      return changed ? out : value;
    };
  }
  if (schema instanceof z.ZodRecord) {
    const w = compile(schema.valueType);
    if (!w) return null;
    return (value, prefix, visit) => {
      if (!isPlainObject(value)) return value;
      let out: Record<string, unknown> | undefined;
      for (const [key, item] of Object.entries(value)) {
        const next = w(item, join(prefix, key), visit);
        if (next !== item) (out ??= { ...value })[key] = next;
      }
      return out ?? value;
    };
  }
  if (schema instanceof z.ZodUnion) {
    // Discriminated unions (activities, documents): each option only walks the keys the value has,
    // and options share the schemas of their common fields, so every option can be tried in turn.
    const options = schema.options.flatMap((o) => {
      const w = compile(o);
      return w ? [{ schema: o, w }] : [];
    });
    if (options.length === 0) return null;
    const discriminator = schema instanceof z.ZodDiscriminatedUnion ? schema.def.discriminator : undefined;
    return (value, prefix, visit) => {
      const option =
        discriminator !== undefined && isPlainObject(value)
          ? options.find((o) => optionAccepts(o.schema, discriminator, value[discriminator]))
          : options[0];
      return option ? option.w(value, prefix, visit) : value;
    };
  }
  return null;
};

/** Whether an option of a discriminated union has this literal as its discriminator. */
const optionAccepts = (option: z.core.$ZodType, discriminator: string, tag: unknown): boolean => {
  const field = option instanceof z.ZodObject ? option.shape[discriminator] : undefined;
  return field instanceof z.ZodLiteral && [...field.values].some((value) => value === tag);
};

/** The translatable fields of a record (its non-empty marked strings), in schema order. */
export const translatableFields = (schema: z.ZodType, record: unknown): TranslatableField[] => {
  const out: TranslatableField[] = [];
  compile(schema)?.(record, '', (path, text, max) => {
    out.push({ path, text, max });
    return text;
  });
  return out;
};

/** The record with each translatable string replaced by `replace(field)` (a new object where anything changed). */
export const mapTranslatable = <T>(schema: z.ZodType, record: T, replace: (field: TranslatableField) => string): T =>
  (compile(schema)?.(record, '', (path, text, max) => replace({ path, text, max })) ?? record) as T;

/** The problems of a record's translations against its own fields: too long for the field. */
export const translationProblems = (schema: z.ZodType, record: { translations?: Translations }): string[] => {
  const fields = new Map(translatableFields(schema, record).map((f) => [f.path, f]));
  const problems: string[] = [];
  for (const lang of languageSchema.options) {
    for (const [path, value] of Object.entries(record.translations?.[lang] ?? {})) {
      const field = fields.get(path);
      if (field && value.length > field.max)
        problems.push(`${lang.toUpperCase()} ${path}: ${VALIDATION_MESSAGES.tooLong(field.max)}`);
    }
  }
  return problems;
};

/** The translation of one field in a language, or undefined when there is none (blank counts as none). */
export const translationOf = (
  record: { translations?: Translations },
  lang: Language,
  path: string,
): string | undefined => {
  const value = record.translations?.[lang]?.[path];
  return value === undefined || value.trim() === '' ? undefined : value;
};
