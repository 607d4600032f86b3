// Finds the Electron binary for `npm start` and `npm run dist`, fetching it once if it is missing.
// Electron >= 42 downloads its binary lazily (from GitHub); where that is impossible the callers
// print one clear line instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The download is a ~100 MB zip; past this the machine is offline for our purposes. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** Path of the Electron executable under `electronDir` (node_modules/electron), or null. */
export const installedElectronBinary = (electronDir) => {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
};

/**
 * The Electron executable, downloading it with electron's own install script when missing.
 * Returns null when it cannot be had (no network to GitHub, unsupported platform…).
 */
export const ensureElectronBinary = (projectRoot, { timeoutMs = DOWNLOAD_TIMEOUT_MS } = {}) => {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  if (!existsSync(path.join(electronDir, 'package.json'))) return null;
  const found = installedElectronBinary(electronDir);
  if (found) return found;
  const install = path.join(electronDir, 'install.js');
  if (!existsSync(install) || process.env.DPO_DESK_SKIP_ELECTRON_DOWNLOAD === '1') return null;
  spawnSync(process.execPath, [install], { cwd: electronDir, stdio: 'ignore', timeout: timeoutMs });
  return installedElectronBinary(electronDir);
};
