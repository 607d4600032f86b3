/**
 * Electron Fuses for packaged builds (Electron security checklist), flipped in the binary itself
 * so they hold whatever the environment says. Named as electron-builder's `electronFuses` names
 * them; forge.config.ts maps the same table onto @electron/fuses, and a test keeps
 * build/electron-builder.json identical to it.
 */
export const PACKAGED_FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node runtime. */
  runAsNode: false,
  /** Chromium's cookie store encrypted with the OS keychain, as Chrome does. */
  enableCookieEncryption: true,
  /** NODE_OPTIONS could inject code (--require) into the main process. */
  enableNodeOptionsEnvironmentVariable: false,
  /** --inspect would let anyone attach a debugger to the main process. */
  enableNodeCliInspectArguments: false,
  /** Refuse an app.asar that was modified after signing (macOS, Windows). */
  enableEmbeddedAsarIntegrityValidation: true,
  /** Load the app only from app.asar, never from a loose folder placed beside it. */
  onlyLoadAppFromAsar: true,
} as const;

export type PackagedFuse = keyof typeof PACKAGED_FUSES;
