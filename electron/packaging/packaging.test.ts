import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import builderConfig from '../../build/electron-builder.json';
import packageJson from '../../package.json';
import { PACKAGED_FUSES } from './fuses';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('installer configuration', () => {
  it('flips exactly the fuses forge.config.ts flips', () => {
    expect(builderConfig.electronFuses).toEqual(PACKAGED_FUSES);
  });

  it('names the app, writes to release/ and builds the agreed targets', () => {
    expect(builderConfig).toMatchObject({
      appId: 'eu.dpodesk.app',
      productName: 'DPO Desk',
      directories: { output: 'release', buildResources: 'build/resources' },
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
    expect(builderConfig.files).toContain('.vite/**/*');
  });

  it('ships a real 512×512 PNG icon', async () => {
    const png = await fs.readFile(path.join(projectRoot, builderConfig.linux.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('main and preload bundles', () => {
  it('builds an ES module main at package.json "main" and a CommonJS sandboxed preload', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dpo-desk-bundle-'));
    try {
      for (const config of ['vite.main.config.ts', 'vite.preload.config.ts']) {
        await build({ configFile: path.join(projectRoot, 'build', config), logLevel: 'silent', build: { outDir } });
      }
      expect(packageJson.type).toBe('module');
      expect(packageJson.main).toBe('.vite/build/main.js');
      const main = await fs.readFile(path.join(outDir, 'main.js'), 'utf8');
      expect(main).toMatch(/from\s*"electron"/);
      expect(main).not.toMatch(/require\(/);
      const preload = await fs.readFile(path.join(outDir, 'preload.cjs'), 'utf8');
      // A sandboxed preload may only require electron; zod and the contract must be inlined.
      expect([...new Set(preload.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
      expect(preload).not.toMatch(/^\s*import\s/m);
      expect(preload).toContain('exposeInMainWorld');
    } finally {
      await fs.rm(outDir, { recursive: true, force: true });
    }
  });
});

describe('npm start and npm run dist without an Electron binary', () => {
  const runWithoutElectron = async (script: string) => {
    const emptyDist = await fs.mkdtemp(path.join(os.tmpdir(), 'dpo-desk-no-electron-'));
    try {
      return spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script)], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, DPO_DESK_SKIP_ELECTRON_DOWNLOAD: '1' },
        timeout: 30_000,
      });
    } finally {
      await fs.rm(emptyDist, { recursive: true, force: true });
    }
  };

  it('npm start says so in one line, points to the browser edition and exits 1', async () => {
    const result = await runWithoutElectron('start.mjs');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'DPO Desk: the Electron binary could not be downloaded on this machine; run "npm run web" to use the browser edition at http://127.0.0.1:5173.\n',
    );
  });

  it('npm run dist says so in one line and exits non-zero', async () => {
    const result = await runWithoutElectron('dist.mjs');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('the Electron binary could not be downloaded on this machine');
  });
});
