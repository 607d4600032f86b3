import { zlibSync } from 'fflate';
import type { DataMapStatus } from '../../domain/data-map';
import {
  DATA_MAP_COLOURS,
  WORLD_MAP_BORDER,
  WORLD_MAP_LAND,
  WORLD_MAP_MARKER_RADIUS,
  type WorldMap,
} from './world-map';

/**
 * A PNG of the map, for the DOCX's fallback image: Word before 2016 and LibreOffice's older
 * releases show the fallback instead of the SVG. Rasterised here from the very rings the SVG draws
 * (an even-odd scanline fill per country, borders as one-pixel lines, dots as discs) and encoded
 * with fflate's zlib, because the export worker has no canvas to draw on in every runtime (Node,
 * the command-line tool, the tests) and a second rendering library would be a dependency for one
 * picture. No antialiasing: at twice the frame's size the edges print clean enough for a figure.
 */

type Rgb = readonly [number, number, number];
const rgb = (hex: string): Rgb => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/** Bounds the picture: a fallback image has no reason to be larger than a printed page. */
export const MAX_PNG_SIDE = 4000;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
};

/** Encodes 8-bit RGB pixels (row after row) as a PNG file. */
export const encodePng = (width: number, height: number, pixels: Uint8Array): Uint8Array => {
  if (pixels.length !== width * height * 3) throw new Error('The picture does not have width × height pixels.');
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }
  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    this.pixels[i] = c[0];
    this.pixels[i + 1] = c[1];
    this.pixels[i + 2] = c[2];
  }
  /** Even-odd fill of rings (a country's islands and holes), sampled at pixel centres. */
  fill(rings: readonly (readonly (readonly [number, number])[])[], c: Rgb): void {
    let minY = Infinity;
    let maxY = -Infinity;
    for (const r of rings)
      for (const [, y] of r) {
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    if (!Number.isFinite(minY)) return;
    const from = Math.max(0, Math.floor(minY));
    const to = Math.min(this.height - 1, Math.ceil(maxY));
    for (let py = from; py <= to; py++) {
      const sy = py + 0.5;
      const xs: number[] = [];
      for (const r of rings) {
        for (let i = 0; i < r.length; i++) {
          const a = r[i];
          const b = r[(i + 1) % r.length];
          if (a === undefined || b === undefined) continue;
          if (a[1] <= sy !== b[1] <= sy) xs.push(a[0] + ((sy - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
        }
      }
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const x0 = Math.max(0, Math.round(xs[k] ?? 0));
        const x1 = Math.min(this.width - 1, Math.round(xs[k + 1] ?? 0) - 1);
        for (let px = x0; px <= x1; px++) this.set(px, py, c);
      }
    }
  }
  line(x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
    for (let s = 0; s <= steps; s++)
      this.set(Math.floor(x0 + ((x1 - x0) * s) / steps), Math.floor(y0 + ((y1 - y0) * s) / steps), c);
  }
  disc(cx: number, cy: number, radius: number, c: Rgb): void {
    for (let y = Math.floor(cy - radius); y <= Math.ceil(cy + radius); y++)
      for (let x = Math.floor(cx - radius); x <= Math.ceil(cx + radius); x++)
        if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius * radius) this.set(x, y, c);
  }
}

/** The map as a PNG, `scale` times the frame's size. */
export const worldMapPng = (map: WorldMap, scale = 2): Uint8Array => {
  const width = Math.round(map.width * scale);
  const height = Math.round(map.height * scale);
  if (width < 1 || height < 1 || width > MAX_PNG_SIDE || height > MAX_PNG_SIDE)
    throw new Error(`The map picture would be ${width} × ${height} pixels; at most ${MAX_PNG_SIDE} a side.`);
  const canvas = new Canvas(width, height);
  const colour = (s: DataMapStatus | null): Rgb => rgb(s === null ? WORLD_MAP_LAND : DATA_MAP_COLOURS[s]);
  const border = rgb(WORLD_MAP_BORDER);
  for (const shape of map.shapes) {
    const rings = shape.rings.map((r) => r.map(([x, y]) => [x * scale, y * scale] as const));
    canvas.fill(rings, colour(shape.status));
    for (const r of rings)
      for (let i = 0; i < r.length; i++) {
        const a = r[i];
        const b = r[(i + 1) % r.length];
        if (a && b) canvas.line(a[0], a[1], b[0], b[1], border);
      }
  }
  const outline = rgb('#333333');
  for (const m of map.markers) {
    canvas.disc(m.x * scale, m.y * scale, (WORLD_MAP_MARKER_RADIUS + 1) * scale, outline);
    canvas.disc(m.x * scale, m.y * scale, WORLD_MAP_MARKER_RADIUS * scale, colour(m.status));
  }
  return encodePng(width, height, canvas.pixels);
};
