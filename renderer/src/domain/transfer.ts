import { z } from 'zod';
import {
  idSchema,
  optionalCountryCode,
  optionalDate,
  ownedSchema,
  recordMetaSchema,
  requiredText,
  text,
  VALIDATION_MESSAGES,
} from './common';
import { prose, translationsSchema } from './translatable';
import { transferMechanismSchema } from './legal';

/** Art. 30(1)(e), Art. 44–49: a transfer to a third country or an international organisation. */
const transferFields = z.object({
  destinationType: z.enum(['country', 'international_organisation']).default('country'),
  country: optionalCountryCode.default(''),
  /** When the destination is an international organisation, its name (e.g. "European Patent Organisation"). */
  internationalOrganisation: text(300).default(''),
  /**
   * Art. 30(1)(d)–(e): who receives the data there. A transfer points at the recipient's or the
   * processor's record (`recipientId` / `processorId`, at most one), so renaming that record renames
   * the transfer everywhere; `recipientName` then holds the linked record's name as last saved, and
   * documents print the record's current name (withLinkedRecipientNames). Without a link it is the
   * name as typed: transfers written before links existed that matched no record, and the library's
   * and quick-create's drafts until they are linked.
   */
  recipientId: z.union([idSchema, z.null()]).default(null),
  processorId: z.union([idSchema, z.null()]).default(null),
  recipientName: requiredText('The recipient of the transfer', 300),
  mechanism: transferMechanismSchema,
  /** Conditions under which the transfer happens (seeds/001: "only with the person's explicit consent"). */
  conditions: prose(1000).default(''),
  /** The recipient is certified under the EU–US Data Privacy Framework (needed for US adequacy). */
  dpfCertified: z.boolean().default(false),
  /** Art. 13(1)(f): how a person obtains a copy of the safeguards, or where they are available. */
  safeguardsCopy: prose(1000).default(''),
  /** Transfer impact assessment (Schrems II). */
  tia: z
    .object({ done: z.boolean().default(false), date: optionalDate.default(''), reference: text(300).default('') })
    .default({ done: false, date: '', reference: '' }),
  /** Art. 49(1) 2nd subpara and Art. 49(6): the compelling interest, the assessment and the safeguards. */
  compellingInterest: prose(2000).default(''),
  art49Assessment: prose(4000).default(''),
  description: prose(2000).default(''),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});

const checkDestination = (
  t: {
    destinationType: 'country' | 'international_organisation';
    country: string;
    internationalOrganisation: string;
    recipientId: string | null;
    processorId: string | null;
  },
  ctx: z.RefinementCtx,
): void => {
  if (t.recipientId !== null && t.processorId !== null)
    ctx.addIssue({ code: 'custom', path: ['recipientId'], message: VALIDATION_MESSAGES.transferOneRecipient });
  if (t.destinationType === 'country' && t.country === '')
    ctx.addIssue({ code: 'custom', path: ['country'], message: VALIDATION_MESSAGES.destinationCountry });
  if (t.destinationType === 'international_organisation' && t.internationalOrganisation.trim() === '')
    ctx.addIssue({
      code: 'custom',
      path: ['internationalOrganisation'],
      message: VALIDATION_MESSAGES.internationalOrganisation,
    });
};

export const transferContentSchema = transferFields.superRefine(checkDestination);
export type TransferContent = z.infer<typeof transferContentSchema>;
export type TransferInput = z.input<typeof transferContentSchema>;
export const transferSchema = recordMetaSchema
  .extend(ownedSchema.shape)
  .extend(transferFields.shape)
  .superRefine(checkDestination);
export type Transfer = z.infer<typeof transferSchema>;

/** The records a transfer can point at, by id (live and deleted alike: a deleted one keeps its name). */
export interface TransferRecipientRecords {
  recipients: readonly { id: string; name: string }[];
  processors: readonly { id: string; name: string }[];
}

/** The name of the record a transfer points at; the name as typed when it points at none (or at a record that is gone). */
export const transferRecipientName = (
  t: Pick<Transfer, 'recipientId' | 'processorId' | 'recipientName'>,
  records: TransferRecipientRecords,
): string => {
  const linked =
    t.processorId !== null
      ? records.processors.find((p) => p.id === t.processorId)
      : t.recipientId !== null
        ? records.recipients.find((r) => r.id === t.recipientId)
        : undefined;
  return linked?.name ?? t.recipientName;
};

/** Every transfer with its linked record's current name, so documents and checks print what the record says. */
export const withLinkedRecipientNames = <W extends TransferRecipientRecords & { transfers: readonly Transfer[] }>(
  ws: W,
): W => {
  if (!ws.transfers.some((t) => t.recipientId !== null || t.processorId !== null)) return ws;
  return { ...ws, transfers: ws.transfers.map((t) => ({ ...t, recipientName: transferRecipientName(t, ws) })) };
};

type StoredRow = Record<string, unknown>;
const storedName = (row: StoredRow): string => (typeof row.name === 'string' ? row.name.trim().toLowerCase() : '');

/**
 * A stored transfer from before links (schema ≤ 4) pointed at: the one live processor, else the one
 * live recipient, of its organisation whose name is the typed name (letter case and outer spaces
 * aside). Two records of that name, or none, leave the typed name as it is: nothing is guessed.
 */
export const linkStoredTransfer = (
  transfer: StoredRow,
  recipients: readonly StoredRow[],
  processors: readonly StoredRow[],
): StoredRow => {
  const out: StoredRow = { ...transfer };
  if (out.recipientId === undefined) out.recipientId = null;
  if (out.processorId === undefined) out.processorId = null;
  if (out.recipientId !== null || out.processorId !== null || typeof out.recipientName !== 'string') return out;
  const name = out.recipientName.trim().toLowerCase();
  if (name === '') return out;
  const same = (rows: readonly StoredRow[]) =>
    rows.filter(
      (r) => r.organisationId === out.organisationId && (r.deletedAt ?? null) === null && storedName(r) === name,
    );
  const processor = same(processors);
  const recipient = same(recipients);
  if (processor.length === 1 && typeof processor[0]?.id === 'string') out.processorId = processor[0].id;
  else if (processor.length === 0 && recipient.length === 1 && typeof recipient[0]?.id === 'string')
    out.recipientId = recipient[0].id;
  return out;
};
