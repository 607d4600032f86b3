import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PACKAGED_FUSES } from './electron/packaging/fuses';

/**
 * Electron Forge drives development (`npm start` → `electron-forge start`, renderer on the Vite
 * dev server with hot reload). Installers are made by electron-builder (build/electron-builder.json,
 * `npm run dist`), which flips the same fuses.
 */
const config: ForgeConfig = {
  packagerConfig: {
    name: 'DPO Desk',
    executableName: 'dpo-desk',
    appBundleId: 'eu.dpodesk.app',
    appCategoryType: 'public.app-category.productivity',
    // Required by the OnlyLoadAppFromAsar and asar-integrity fuses below.
    asar: true,
    // Packager adds .icns / .ico / .png per platform.
    icon: 'assets/icons/icon',
  },
  rebuildConfig: {},
  makers: [],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/index.ts', config: 'build/vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/index.ts', config: 'build/vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'build/vite.renderer.config.ts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: PACKAGED_FUSES.runAsNode,
      [FuseV1Options.EnableCookieEncryption]: PACKAGED_FUSES.enableCookieEncryption,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: PACKAGED_FUSES.enableNodeOptionsEnvironmentVariable,
      [FuseV1Options.EnableNodeCliInspectArguments]: PACKAGED_FUSES.enableNodeCliInspectArguments,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: PACKAGED_FUSES.enableEmbeddedAsarIntegrityValidation,
      [FuseV1Options.OnlyLoadAppFromAsar]: PACKAGED_FUSES.onlyLoadAppFromAsar,
    }),
  ],
};

export default config;
