import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The PDF part workers' code as one file, built by esbuild and kept in node_modules/.cache.
 *
 * A worker thread that runs the TypeScript sources through tsx transpiles and links about 120 modules
 * and scans pdfmake's CommonJS for its exports before its first part; from one bundled file it only
 * compiles it. A fresh worker's first (one-line) part, `createNodePdfPool(1)` on this 2-core machine:
 * 1.25–1.68 s through tsx, 0.70–0.97 s from the bundle (six runs each, 2026-12-03).
 *
 * The bundle is used while every file it was built from has the size and modification time it had
 * then; otherwise the pool starts from the sources and the bundle is rebuilt for the next export.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./pdf-part-worker.ts', import.meta.url));
export const PDF_WORKER_CACHE = join(ROOT, 'node_modules', '.cache', 'dpo-desk');

/** What a bundle was built from: each input file (relative to the project) with its size and mtime. */
interface BundleManifest {
  bundle: string;
  inputs: Record<string, [size: number, mtimeMs: number]>;
}

export interface WorkerBundleOptions {
  /** The worker's entry module (by default cli/pdf-part-worker.ts). */
  entry?: string;
  /** Where the bundle and its manifest are kept. */
  cacheDir?: string;
}

const manifestPath = (entry: string, cacheDir: string): string =>
  join(cacheDir, `${relative(ROOT, entry).replace(/[^A-Za-z0-9]+/g, '-')}.json`);

const fileStamp = (path: string): [number, number] | undefined => {
  try {
    const s = statSync(path);
    return [s.size, s.mtimeMs];
  } catch {
    return undefined;
  }
};

const readManifest = (path: string): BundleManifest | undefined => {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('bundle' in parsed) || !('inputs' in parsed))
      return undefined;
    const { bundle, inputs } = parsed;
    if (typeof bundle !== 'string' || typeof inputs !== 'object' || inputs === null) return undefined;
    const checked: BundleManifest['inputs'] = {};
    for (const [file, stamp] of Object.entries(inputs)) {
      if (!Array.isArray(stamp) || typeof stamp[0] !== 'number' || typeof stamp[1] !== 'number') return undefined;
      checked[file] = [stamp[0], stamp[1]];
    }
    return { bundle, inputs: checked };
  } catch {
    return undefined;
  }
};

/**
 * The bundle to start a worker from, if one was built from the files as they are now; undefined
 * when there is none or any input changed since (a stat of each, about 120 files).
 */
export const freshWorkerBundle = (options: WorkerBundleOptions = {}): URL | undefined => {
  const entry = options.entry ?? ENTRY;
  const cacheDir = options.cacheDir ?? PDF_WORKER_CACHE;
  const manifest = readManifest(manifestPath(entry, cacheDir));
  if (!manifest || Object.keys(manifest.inputs).length === 0) return undefined;
  for (const [file, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
    const now = fileStamp(resolve(ROOT, file));
    if (!now || now[0] !== size || now[1] !== mtimeMs) return undefined;
  }
  const bundle = join(cacheDir, manifest.bundle);
  return fileStamp(bundle) ? pathToFileURL(bundle) : undefined;
};

/**
 * Bundles the worker (esbuild, for this Node) and records what it was built from. The bundle's name
 * carries a hash of its text, and the manifest is replaced in one rename, so a process that reads
 * the cache while another writes it sees the old bundle or the new one, never half of one.
 */
export const buildWorkerBundle = async (options: WorkerBundleOptions = {}): Promise<URL> => {
  const entry = options.entry ?? ENTRY;
  const cacheDir = options.cacheDir ?? PDF_WORKER_CACHE;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The bundled CommonJS (pdfmake, fontkit) and the font lookups call `require`: one made for the bundle's place.
    banner: {
      js: "import { createRequire as dpoCreateRequire } from 'node:module'; const require = dpoCreateRequire(import.meta.url);",
    },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no bundle for the PDF workers.');
  const inputs: BundleManifest['inputs'] = {};
  // esbuild names inputs relative to absWorkingDir; the rest (its own helpers) are not files.
  for (const file of Object.keys(result.metafile.inputs)) {
    const stamp = fileStamp(resolve(ROOT, file));
    if (stamp) inputs[file] = stamp;
  }
  mkdirSync(cacheDir, { recursive: true });
  const base = relative(ROOT, entry).replace(/[^A-Za-z0-9]+/g, '-');
  // esbuild's own `hash` may hold a '/' (base64), which would name a folder: a hex digest of the text instead.
  const bundle = `${base}-${createHash('sha256').update(output.contents).digest('hex').slice(0, 16)}.mjs`;
  const bundlePath = join(cacheDir, bundle);
  const unique = `${process.pid}-${Date.now()}`;
  writeFileSync(`${bundlePath}.${unique}.tmp`, output.contents);
  renameSync(`${bundlePath}.${unique}.tmp`, bundlePath);
  const manifest = manifestPath(entry, cacheDir);
  writeFileSync(`${manifest}.${unique}.tmp`, JSON.stringify({ bundle, inputs } satisfies BundleManifest));
  renameSync(`${manifest}.${unique}.tmp`, manifest);
  // Earlier bundles of this entry (a worker reads its file once, when it starts).
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(`${base}-`) && name.endsWith('.mjs') && name !== bundle) {
      rmSync(join(cacheDir, name), { force: true });
    }
  }
  return pathToFileURL(bundlePath);
};

let rebuilding: Promise<URL | undefined> | undefined;

/**
 * The file a PDF part worker starts from: the fresh bundle, or else the TypeScript entry through tsx
 * (cli/pdf-part-worker.mjs) while a new bundle is built in the background for the next export. A bundle
 * that cannot be built is reported once on stderr, and the workers keep starting from the sources.
 */
export const pdfWorkerEntry = (): URL => {
  const fresh = freshWorkerBundle();
  if (fresh) return fresh;
  rebuilding ??= buildWorkerBundle().catch((err: unknown) => {
    console.error(
      `DPO Desk: the PDF workers run from their TypeScript sources (slower to start): ${err instanceof Error ? err.message : String(err)}`,
    );
    return undefined;
  });
  return new URL('./pdf-part-worker.mjs', import.meta.url);
};

/** Builds the bundle now if it is missing or stale (the bench does, so its cold workers start as an installed tool's do). */
export const ensureWorkerBundle = async (): Promise<URL> => freshWorkerBundle() ?? (await buildWorkerBundle());
