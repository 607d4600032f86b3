import type { Transaction } from 'dexie';
import { linkStoredTransfer } from '../../domain/transfer';

type Row = Record<string, unknown>;

/**
 * Stored transfers brought to v6 (shared with the backup restore, data/backup/restore.ts): each
 * points at the processor or recipient record of its organisation that bears its typed name, when
 * exactly one does; otherwise it keeps the typed name and no link (domain/transfer.ts).
 */
export const transfersToV6 = (
  transfers: readonly Row[],
  recipients: readonly Row[],
  processors: readonly Row[],
): Row[] => transfers.map((t) => linkStoredTransfer(t, recipients, processors));

/** v5 → v6: transfers point at recipient and processor records (`recipientId`, `processorId`). No index changes. */
export const upgradeToV6 = async (tx: Transaction): Promise<void> => {
  const recipients = await tx.table<Row>('recipients').toArray();
  const processors = await tx.table<Row>('processors').toArray();
  await tx
    .table('transfers')
    .toCollection()
    .modify((row: Row) => {
      Object.assign(row, linkStoredTransfer(row, recipients, processors));
    });
};
