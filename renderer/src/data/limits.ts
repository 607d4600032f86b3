/**
 * Every bound DPO Desk puts on a file it reads (spreadsheet import, backup restore, the command
 * line), in one place. A file over a bound is refused with a message naming the bound, before it
 * can use the memory or time that would freeze or crash the window (issue #13: a 2 MB .ods whose
 * content.xml unpacked to 2 GB killed the renderer; 2,000,000,000 PBKDF2 rounds ran for 10 min).
 *
 * The values are generous for real registers: the largest records we benchmark hold 5,000
 * activities (bench/, BENCHMARKS.md); a CNIL or ICO template filled with that many rows is a few
 * MB of XML. Each bound leaves several times that headroom, and stays well below what a
 * browser tab can hold (a V8 string is at most 2^29 characters; a renderer dies near 4 GB).
 */

const MB = 1024 * 1024;

/** Spreadsheet bounds (ODS, XLSX, CSV). */
export const SPREADSHEET_LIMITS = {
  /** The file as chosen. An .xlsx or .ods of 10,000 filled rows is 1–3 MB; a CSV of them ~10 MB. */
  maxFileBytes: 50 * MB,
  /**
   * Everything unpacked from the zip, summed over entries. Reading is stopped when this is reached,
   * never after: entries are inflated chunk by chunk. 100 MB of XML parsed as text is already
   * ~0.5 GB of memory in a worker and ~2 s of inflating on this 2-core machine; a 10,000-row
   * register is ~20 MB of XML.
   */
  maxUnpackedBytes: 100 * MB,
  /**
   * Unpacked / packed size of one entry. Spreadsheet XML compresses 10–40×, very regular sheets
   * up to ~100×; deflate's own ceiling is ~1,030× and zip bombs sit there. Checked only once an
   * entry has unpacked 1 MB (`ratioFloorBytes`): tiny entries compress oddly well.
   */
  maxEntryRatio: 200,
  ratioFloorBytes: 1 * MB,
  /** An ODS has ~10 entries, an XLSX 10–50 (one per sheet, style, relation…). */
  maxZipEntries: 1000,
  /** Rows of one sheet. 10× the largest register we benchmark. */
  maxRows: 50_000,
  /** Cells over all sheets (rows × columns): 50,000 rows of 20 columns. */
  maxCells: 1_000_000,
  /** Characters in one cell: Excel's own limit (32,767), which LibreOffice also writes at most. */
  maxCellChars: 32_767,
  /** Element nesting in a sheet's XML. Real ODS/XLSX files nest 8–15 deep; 256 is still safe for any parser. */
  maxXmlDepth: 256,
} as const;

/** Backup bounds. */
export const BACKUP_LIMITS = {
  /**
   * The file as chosen. A backup of 5,000 activities with history is ~40 MB of JSON; encrypted,
   * base64 adds a third.
   */
  maxFileBytes: 256 * MB,
  /** JSON nesting. A backup nests ~10 deep (data › table › record › purposes › retention); deeper is not ours. */
  maxJsonDepth: 64,
  /** Records in one table. 20× the largest register we benchmark, with room for history entries. */
  maxRecordsPerTable: 200_000,
} as const;

/**
 * Key-derivation bounds. The app writes every encrypted backup with MIN_PBKDF2_ITERATIONS
 * (310,000, OWASP's recommendation for PBKDF2-HMAC-SHA-256, crypto.ts). The maximum allows 10× that,
 * and so OWASP's newer 600,000 and any sane future default, yet caps a restore at ~10 s of work on a slow
 * laptop (310,000 rounds take ~0.3 s here): a forged header cannot make the app or the CLI derive
 * for minutes. 2^53−1 is refused by this bound, before any derivation, instead of failing as a "wrong password".
 */
export const PBKDF2_LIMITS = {
  maxIterations: 3_100_000,
} as const;

/** The command line reads files of the same sizes as the app; backups are its largest input. */
export const CLI_LIMITS = {
  maxInputBytes: BACKUP_LIMITS.maxFileBytes,
} as const;

/** Longest value quoted in a message: a 1 MB field was quoted whole, in 15 messages (10 MB of output). */
export const MAX_QUOTED_CHARS = 120;

/** Cuts a value for a message: at most MAX_QUOTED_CHARS characters, "…" when cut (never inside a surrogate pair). */
export const quoteCut = (value: string, max: number = MAX_QUOTED_CHARS): string => {
  if (value.length <= max) return value;
  const chars = Array.from(value.slice(0, max + 1)).slice(0, max - 1);
  return `${chars.join('')}…`;
};

/** Which bound a file went over: the UI words it from `bounds:<name>`, the CLI prints `message`. */
export type LimitName =
  | 'file-size'
  | 'unpacked-size'
  | 'entry-ratio'
  | 'zip-entries'
  | 'rows'
  | 'cells'
  | 'cell-length'
  | 'xml-depth'
  | 'json-depth'
  | 'records'
  | 'kdf-iterations';

export class LimitExceededError extends Error {
  constructor(
    readonly limit: LimitName,
    /** The bound, in the unit the message uses (bytes, rows…). */
    readonly max: number,
    message: string,
  ) {
    super(message);
    this.name = 'LimitExceededError';
  }
}

/** "50 MB", "1.5 MB", "900 KB": sizes as people read them. */
export const formatBytes = (bytes: number): string => {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
};

export const formatCount = (n: number): string => n.toLocaleString('en-GB');
