import { describe, expect, it } from 'vitest';
import { unzlibSync } from 'fflate';
import { buildWorldMap, DATA_MAP_COLOURS, loadWorldTopology, worldMapSvg, WORLD_MAP_LAND } from './world-map';
import { encodePng, worldMapPng } from './world-map-png';

const pngPixels = (png: Uint8Array): { width: number; height: number; at: (x: number, y: number) => string } => {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  // One IDAT chunk (encodePng writes one): length at 33, data from 41.
  const length = view.getUint32(33);
  const raw = unzlibSync(png.subarray(41, 41 + length));
  const at = (x: number, y: number): string => {
    const i = y * (width * 3 + 1) + 1 + x * 3;
    return `#${[raw[i], raw[i + 1], raw[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
  };
  return { width, height, at };
};

describe('world map geometry', () => {
  it('colours the destination countries, places small ones as dots and leaves the rest as land', async () => {
    const topology = await loadWorldTopology();
    const map = buildWorldMap(topology, [
      { country: 'US', status: 'partial' },
      { country: 'FR', status: 'eea' },
      { country: 'MT', status: 'eea' },
      { country: 'IN', status: 'not_adequate' },
      { country: 'CH', status: 'adequate' },
    ]);
    const statusOf = (code: string) => map.shapes.find((s) => s.code === code)?.status;
    expect(statusOf('US')).toBe('partial');
    expect(statusOf('FR')).toBe('eea');
    expect(statusOf('IN')).toBe('not_adequate');
    expect(statusOf('DE')).toBeNull();
    expect(map.shapes.some((s) => s.name === 'Antarctica')).toBe(false);
    // Switzerland is a shape at 1:110m, but a few pixels wide: it gets a dot as well as its colour.
    expect(statusOf('CH')).toBe('adequate');
    expect(map.markers.map((m) => m.code).sort()).toEqual(['CH', 'MT']);
    expect(map.unplaced).toEqual([]);
    for (const s of map.shapes)
      for (const r of s.rings)
        for (const [x, y] of r) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(map.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(map.height);
        }
    const svg = worldMapSvg(map, 'Where the data goes & why');
    expect(svg).toContain(`fill="${DATA_MAP_COLOURS.partial}"`);
    expect(svg).toContain('<title>Where the data goes &amp; why</title>');
    expect(svg.match(/<path /g)?.length).toBe(map.shapes.filter((s) => s.d !== '').length);
  });

  it('lists a destination it cannot place rather than dropping it', async () => {
    const map = buildWorldMap(await loadWorldTopology(), [{ country: 'TV', status: 'not_adequate' }]);
    expect(map.unplaced).toEqual(['TV']);
  });
});

describe('PNG fallback', () => {
  it('rasterises the same shapes: inside the US is its colour, the Pacific stays white', async () => {
    const map = buildWorldMap(await loadWorldTopology(), [{ country: 'US', status: 'partial' }]);
    const png = worldMapPng(map, 1);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { width, height, at } = pngPixels(png);
    expect([width, height]).toEqual([map.width, map.height]);
    const us = map.shapes.find((s) => s.code === 'US');
    const mainland = us?.rings.reduce((a, b) => (b.length > a.length ? b : a), []) ?? [];
    const xs = mainland.map(([x]) => x);
    const ys = mainland.map(([, y]) => y);
    // The middle of the mainland's box is Kansas, well inside.
    const cx = Math.round((Math.min(...xs) + Math.max(...xs)) / 2);
    const cy = Math.round((Math.min(...ys) + Math.max(...ys)) / 2);
    expect(at(cx, cy)).toBe(DATA_MAP_COLOURS.partial);
    expect(at(5, Math.round(height / 2))).toBe('#ffffff');
    const de = map.shapes.find((s) => s.code === 'DE')?.rings[0] ?? [];
    const dx = de.reduce((n, [x]) => n + x, 0) / de.length;
    const dy = de.reduce((n, [, y]) => n + y, 0) / de.length;
    expect(at(Math.round(dx), Math.round(dy))).toBe(WORLD_MAP_LAND);
  });

  it('refuses pixels that do not match the size, and a picture larger than a page needs', () => {
    expect(() => encodePng(2, 2, new Uint8Array(5))).toThrow(/width × height/);
    expect(() => worldMapPng({ width: 960, height: 440, shapes: [], markers: [], unplaced: [] }, 10)).toThrow(
      /at most 4000/,
    );
  });
});
