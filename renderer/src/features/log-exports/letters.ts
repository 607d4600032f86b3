import type { LetterKind } from '../../export/logs';

/**
 * The reply letters offered, in the order a request goes through them. Kept here rather than
 * imported from export/logs, whose index pulls the DOCX and PDF builders into the window's bundle;
 * `satisfies` and letters.test.ts keep the list in step with the builders' own.
 */
export const LETTERS = ['acknowledgement', 'extension', 'answer', 'refusal'] as const satisfies readonly LetterKind[];
