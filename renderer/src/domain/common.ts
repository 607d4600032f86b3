import { z } from 'zod';

/**
 * Validation wording, in English for backups, the command line and logs. The interface shows
 * these translated (components/form/validation-messages.ts recognises each one), so a new
 * message belongs here and gets its translation there.
 */
export const VALIDATION_MESSAGES = {
  identifierRequired: 'An identifier is required.',
  required: (label: string) => `${label} is required.`,
  tooLong: (max: number) => `At most ${max} characters.`,
  date: 'Use a date such as 2026-05-25.',
  dateTime: 'Expected an ISO 8601 date and time.',
  email: 'Enter an e-mail address such as dpo@example.com.',
  url: 'Enter a web address starting with https://',
  country: 'Choose a country.',
  positiveWhole: 'The period must be a positive whole number.',
  destinationCountry: 'Choose the destination country.',
  internationalOrganisation: 'Name the international organisation.',
  transferOneRecipient: 'A transfer goes to one recipient: choose either a recipient or a processor.',
} as const;
const M = VALIDATION_MESSAGES;

/** String UUID primary keys: globally unique, so records can later be synced or merged. */
export const idSchema = z.string().min(1, { error: M.identifierRequired });
export type Id = z.infer<typeof idSchema>;

/** Optional free text: trimmed, empty string allowed (a form field left blank). */
export const text = (max = 5000) =>
  z
    .string()
    .trim()
    .max(max, { error: M.tooLong(max) });
export const requiredText = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .min(1, { error: M.required(label) })
    .max(max, { error: M.tooLong(max) });

/** A calendar date as YYYY-MM-DD, or empty when unknown. */
export const optionalDate = z.union([z.literal(''), z.iso.date({ error: M.date })]);
export const isoDateTime = z.iso.datetime({ offset: true, error: M.dateTime });
/** A moment with its UTC offset (2026-03-02T09:30:00+01:00), or empty when unknown. */
export const optionalDateTime = z.union([z.literal(''), isoDateTime]);

export const emailOrEmpty = z.union([z.literal(''), z.string().trim().email({ error: M.email })]);
export const urlOrEmpty = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s]+$/i, { error: M.url }),
]);

/** ISO 3166-1 alpha-2 country code (upper case), e.g. FR, CH, US. */
export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, { error: M.country });
export const optionalCountryCode = z.union([z.literal(''), countryCode]);

export const languageSchema = z.enum(['en', 'fr', 'de']);
export type Language = z.infer<typeof languageSchema>;

/** Postal address; every part optional so partial knowledge can be recorded. */
export const addressSchema = z.object({
  street: text(300).default(''),
  postalCode: text(30).default(''),
  city: text(120).default(''),
  country: optionalCountryCode.default(''),
});
export type Address = z.infer<typeof addressSchema>;
export const emptyAddress = (): Address => ({ street: '', postalCode: '', city: '', country: '' });

/**
 * Fields every stored record carries. Written only by the repositories (data/repositories),
 * never by forms: timestamps, an optimistic version counter and the soft-delete marker.
 */
export const recordMetaSchema = z.object({
  id: idSchema.describe('Unique id of the record (a UUID when DPO Desk writes it); links between records use it.'),
  createdAt: isoDateTime.describe('When the record was created (ISO 8601 date and time with offset).'),
  updatedAt: isoDateTime.describe('When the record last changed (ISO 8601 date and time with offset).'),
  /** Incremented on every change; lets the UI detect a concurrent edit. */
  revision: z
    .number()
    .int()
    .min(1)
    .describe('Counter of changes, 1 when created; an edit is refused when the record moved on since it was opened.'),
  /** Soft delete: set when removed, so history and undo keep working. */
  deletedAt: z
    .union([isoDateTime, z.null()])
    .default(null)
    .describe('Null for a live record; when it was deleted otherwise (soft delete, kept for history and undo).'),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** Every record except the organisation itself belongs to exactly one organisation (workspace). */
export const ownedSchema = z.object({
  organisationId: idSchema.describe('Id of the organisation (workspace) the record belongs to.'),
});

/** Ids of the record meta fields, for forms that edit only the content. */
export const META_KEYS = ['id', 'createdAt', 'updatedAt', 'revision', 'deletedAt'] as const;
