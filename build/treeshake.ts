/**
 * Packages that do nothing when imported, only when called. Their package.json does not say so
 * (no "sideEffects": false), so a module that re-exports them through a barrel would otherwise keep
 * them in every bundle that imports the barrel: exceljs (spreadsheet exports and imports) and
 * date-holidays (request deadlines) made 1.5 MB of the first screen's script and of the backup worker.
 */
const SIDE_EFFECT_FREE_PACKAGES = /[\\/]node_modules[\\/](exceljs|date-holidays)[\\/]/;

/** Rollup's tree-shaking for the renderer and its workers, in the web and the desktop builds. */
export const treeshake = { moduleSideEffects: (id: string): boolean => !SIDE_EFFECT_FREE_PACKAGES.test(id) };
