/**
 * Main-process entry, built by Vite as an ES module: package.json has "type": "module" and
 * Electron 42 loads an ESM main. The sandboxed preload is built separately as CommonJS.
 */
import { runApp } from './app';

runApp();
