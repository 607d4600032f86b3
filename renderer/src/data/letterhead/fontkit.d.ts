/** The one call of fontkit (the font engine pdfkit draws with) the letterhead font check makes; the package ships no types. */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
