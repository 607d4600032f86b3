import { z } from 'zod';

/** Small value helpers every zone shares (pure: no clock but the one passed in, no I/O). */

/** A plain object (not null, not an array): what JSON calls an object. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a value is one of a list of literals (a select's string, a message's kind): narrows it to
 * their union with a check at run time instead of a cast.
 */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.some((v) => v === value);

/**
 * An object with one entry per key, each from `value(key)`. `Object.fromEntries` types its result
 * with a string index; every key of the list is there, so it is typed by the keys here, once.
 */
export const recordOf = <K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;

/** What a caught value says: an error's message, anything else as text. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The DPO's calendar day as YYYY-MM-DD in their own time zone. An ISO string's first ten
 * characters would give UTC's day, which is yesterday or tomorrow for part of the world.
 */
export const localToday = (now: Date = new Date()): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/**
 * A new record for a form: every default of the schema (each field parsed from nothing keeps its
 * default; a schema with refinements cannot be made `partial()`), plus the answers the form starts
 * from (empty texts for what the DPO must write, and the choices a screen opens on). No default is
 * copied by hand, so a new field's default reaches new records by itself.
 */
export const blankOf = <S extends z.ZodObject>(schema: S, answers: z.input<S>): z.input<S> => {
  const defaults: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = z.safeParse(field, undefined);
    if (parsed.success && parsed.data !== undefined) defaults[key] = parsed.data;
  }
  return { ...defaults, ...answers };
};
