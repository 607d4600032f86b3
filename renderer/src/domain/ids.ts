/** A new random UUID (v4). crypto.randomUUID exists in browsers, workers, Electron and Node ≥ 19. */
export const newId = (): string => globalThis.crypto.randomUUID();
