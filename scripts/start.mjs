// `npm start`: the desktop edition in development (electron-forge start, renderer hot reload).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ensureElectronBinary } from '../electron/tooling/electron-binary.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

if (!ensureElectronBinary(projectRoot)) {
  console.error(
    'DPO Desk: the Electron binary could not be downloaded on this machine; run "npm run web" to use the browser edition at http://127.0.0.1:5173.',
  );
  process.exit(1);
}

const forge = path.join(projectRoot, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');
const child = spawn(process.execPath, [forge, 'start', ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
