import type { TFunction } from 'i18next';

/**
 * The domain validates in English (domain/common.ts VALIDATION_MESSAGES, plus zod's own wording
 * for choices and numbers). The interface shows each message in the interface language: this
 * recognises every one and gives its key in common.json `validation.*`. A message nobody
 * recognises is shown as it is rather than hidden.
 */
export const VALIDATION_PATTERNS: ReadonlyArray<{ key: string; pattern: RegExp }> = [
  { key: 'identifierRequired', pattern: /^An identifier is required\.$/ },
  { key: 'required', pattern: /^.+ is required\.$/ },
  { key: 'tooLong', pattern: /^At most (?<max>\d+) characters\.$/ },
  { key: 'date', pattern: /^Use a date such as 2026-05-25\.$/ },
  { key: 'dateTime', pattern: /^Expected an ISO 8601 date and time\.$/ },
  { key: 'email', pattern: /^Enter an e-mail address such as dpo@example\.com\.$/ },
  { key: 'url', pattern: /^Enter a web address starting with https:\/\/$/ },
  { key: 'country', pattern: /^Choose a country\.$/ },
  { key: 'positiveWhole', pattern: /^The period must be a positive whole number\.$/ },
  { key: 'destinationCountry', pattern: /^Choose the destination country\.$/ },
  { key: 'internationalOrganisation', pattern: /^Name the international organisation\.$/ },
  {
    key: 'transferOneRecipient',
    pattern: /^A transfer goes to one recipient: choose either a recipient or a processor\.$/,
  },
  // zod's defaults, for enums, numbers and limits the schemas do not word themselves.
  { key: 'choose', pattern: /^Invalid option/ },
  { key: 'number', pattern: /^Invalid input: expected number/ },
  { key: 'wholeNumber', pattern: /^Invalid input: expected int/ },
  { key: 'tooBig', pattern: /^Too big: expected number to be <=?(?<max>\d+)/ },
  { key: 'invalid', pattern: /^Invalid input/ },
];

export const localiseValidationMessage = (message: string | undefined, t: TFunction): string | undefined => {
  if (message === undefined || message === '') return message;
  for (const { key, pattern } of VALIDATION_PATTERNS) {
    const m = pattern.exec(message);
    if (m) return t(`common:validation.${key}`, { ...m.groups });
  }
  return message;
};
