import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dataChecksum } from '../../../renderer/src/data/backup/encoding';
import type { PickedFile } from './settings-screens';

export interface BackupJson {
  checksum: { value: string };
  data: Record<string, Record<string, unknown>[]>;
  [key: string]: unknown;
}

export const fixturePath = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

export const asFile = (name: string, json: unknown): PickedFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(json, null, 2)),
});

/** A backup whose data was edited and whose checksum was recomputed, as a careful forger would. */
export const resealed = async (backup: BackupJson): Promise<BackupJson> => ({
  ...backup,
  checksum: { ...backup.checksum, value: await dataChecksum(backup.data) },
});

/**
 * The two-organisation backup fixture (Utixo SARL, Tixeo SAS) with `count` more activities for
 * the first activity's organisation (Utixo SARL), each with a long description: large enough that
 * restoring or exporting it takes seconds, as a big register does.
 */
export const largeBackup = async (count: number): Promise<BackupJson> => {
  const base = JSON.parse(await readFile(fixturePath('backups/format1-schema2-all.json'), 'utf8')) as BackupJson;
  const template = base.data['activities']![0]!;
  const many = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: randomUUID(),
    name: `Generated activity ${i + 1}`,
    description: `Generated for a large-register test. ${'Lorem ipsum dolor sit amet. '.repeat(40)}`,
  }));
  return resealed({ ...base, data: { ...base.data, activities: [...base.data['activities']!, ...many] } });
};
