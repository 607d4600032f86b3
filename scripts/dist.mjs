// `npm run dist`: installers with electron-builder (AppImage + deb, NSIS, dmg), without Forge:
// build main, preload and renderer with Vite into .vite/, then package with build/electron-builder.json.
// Extra arguments go to electron-builder (e.g. `npm run dist -- --linux deb`).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ensureElectronBinary } from '../electron/tooling/electron-binary.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

// electron-builder needs the same Electron build to wrap; without it there is nothing to package.
const electronBinary = ensureElectronBinary(projectRoot);
if (!electronBinary) {
  console.error(
    'DPO Desk: the Electron binary could not be downloaded on this machine, so no installer can be built; "npm run build:web" builds the browser edition.',
  );
  process.exit(1);
}

/** The folder electron-builder wants: the one holding `electron` (or `Electron.app` on macOS). */
function electronDistOf(binary) {
  const appBundle = binary.indexOf(`${path.sep}Electron.app${path.sep}`);
  return appBundle >= 0 ? binary.slice(0, appBundle) : path.dirname(binary);
}

rmSync(path.join(projectRoot, '.vite'), { recursive: true, force: true });
for (const config of ['vite.main.config.ts', 'vite.preload.config.ts', 'vite.renderer.config.ts']) {
  await build({ configFile: path.join(projectRoot, 'build', config), mode: 'production', logLevel: 'warn' });
}

const builderCli = path.join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
const result = spawnSync(
  process.execPath,
  [
    builderCli,
    '--config',
    'build/electron-builder.json',
    // Package the Electron already on disk instead of downloading another copy.
    `--config.electronDist=${electronDistOf(electronBinary)}`,
    ...process.argv.slice(2),
  ],
  { cwd: projectRoot, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
