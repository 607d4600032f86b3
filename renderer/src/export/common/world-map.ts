import { geoEqualEarth, geoPath, type GeoContext } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import mapCountries from '../../../../assets/reference-data/world-map-countries.json';
import type { DataDestination, DataMapStatus } from '../../domain/data-map';

/**
 * The map of where the data goes, as geometry both the app and the documents draw: countries of
 * Natural Earth 1:110m (npm `world-atlas`, drawn offline) projected with d3-geo's Equal Earth (an
 * equal-area projection, so no country looks bigger than it is), each ring a list of points in a
 * fixed frame. The app renders the paths as React SVG, the PDF as a pdfmake `svg` node, the DOCX as
 * an SVG image with the PNG fallback that `worldMapPng` rasterises from the same rings.
 */

export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The world geometry (108 KB) is read only when a map is drawn, so it stays out of the first bundle. */
export const loadWorldTopology = async (): Promise<WorldTopology> => {
  const mod = (await import('world-atlas/countries-110m.json')) as unknown as { default: WorldTopology };
  return mod.default;
};

export const WORLD_MAP_WIDTH = 960;
export const WORLD_MAP_HEIGHT = 440;
/** Below this projected area (square px at the default size, about 8 × 8) a country is hard to see: it gets a dot too. */
const MIN_VISIBLE_AREA = 64;

/** Colours of the statuses, readable on white and on a dark surface, and apart for common colour blindness. */
export const DATA_MAP_COLOURS: Record<DataMapStatus, string> = {
  eea: '#2f6fb3',
  adequate: '#2e8b57',
  partial: '#e0a100',
  not_adequate: '#c0392b',
};
/** Countries the data does not go to, on paper. */
export const WORLD_MAP_LAND = '#d9dde3';
export const WORLD_MAP_BORDER = '#ffffff';

type Point = readonly [number, number];

export interface WorldMapShape {
  /** ISO 3166-1 alpha-2, or null for the few shapes without one (N. Cyprus, Somaliland, Kosovo). */
  code: string | null;
  /** Natural Earth's English name, for shapes without a code. */
  name: string;
  status: DataMapStatus | null;
  rings: Point[][];
  /** SVG path data of the rings, coordinates rounded to 0.1. */
  d: string;
}

/** A destination too small to be drawn at 1:110m (Malta, Singapore, Jersey…), shown as a dot. */
export interface WorldMapMarker {
  code: string;
  status: DataMapStatus;
  x: number;
  y: number;
}

export interface WorldMap {
  width: number;
  height: number;
  shapes: WorldMapShape[];
  markers: WorldMapMarker[];
  /** Destinations with neither a shape nor a marker: they are in the text list only. */
  unplaced: string[];
}

const NUMERIC_TO_ALPHA2: Record<string, string> = mapCountries.numericToAlpha2;
const SMALL_COUNTRIES: Record<string, number[]> = mapCountries.smallCountries;
const DRAWN_CODES = new Set([...Object.values(NUMERIC_TO_ALPHA2), ...Object.keys(SMALL_COUNTRIES)]);
/** Whether the map can show a country, as a shape or a dot (known without loading the geometry). */
export const isOnWorldMap = (code: string): boolean => DRAWN_CODES.has(code);

/** Antarctica takes a sixth of the frame and receives no data from a register. */
const ANTARCTICA = '010';

/** Collects a projected path as rings of points instead of drawing it. */
class RingRecorder implements GeoContext {
  rings: Point[][] = [];
  private current: Point[] = [];
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current.push([x, y]);
  }
  beginPath(): void {}
  closePath(): void {}
  arc(): void {}
}

const round = (v: number): string => (Math.round(v * 10) / 10).toString();
const pathData = (rings: readonly Point[][]): string =>
  rings
    .filter((r) => r.length > 2)
    .map((r) => `M${r.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`)
    .join('');

export const buildWorldMap = (
  topology: WorldTopology,
  destinations: readonly Pick<DataDestination, 'country' | 'status'>[],
  width = WORLD_MAP_WIDTH,
  height = WORLD_MAP_HEIGHT,
): WorldMap => {
  const statusOf = new Map(destinations.map((d) => [d.country, d.status]));
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features: Feature<Geometry, { name: string }>[] = all.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [2, 2],
      [width - 2, height - 2],
    ],
    { type: 'FeatureCollection', features },
  );
  const shapes = features.map((f): WorldMapShape => {
    const recorder = new RingRecorder();
    geoPath(projection, recorder)(f);
    const code = typeof f.id === 'string' ? (NUMERIC_TO_ALPHA2[f.id] ?? null) : null;
    return {
      code,
      name: f.properties.name,
      status: code === null ? null : (statusOf.get(code) ?? null),
      rings: recorder.rings,
      d: pathData(recorder.rings),
    };
  });
  // A destination drawn as a shape but too small to see at this scale (Switzerland, Luxembourg)
  // also gets a dot at its centre, so every coloured destination of the legend shows on the map.
  const measure = geoPath(projection);
  const visible = new Set<string>();
  const markers: WorldMapMarker[] = [];
  for (const f of features) {
    const code = typeof f.id === 'string' ? (NUMERIC_TO_ALPHA2[f.id] ?? null) : null;
    if (code === null) continue;
    const status = statusOf.get(code);
    if (status === undefined || measure.area(f) >= MIN_VISIBLE_AREA) {
      visible.add(code);
      continue;
    }
    const [x, y] = measure.centroid(f);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      markers.push({ code, status, x, y });
      visible.add(code);
    }
  }
  const unplaced: string[] = [];
  for (const d of destinations) {
    if (visible.has(d.country)) continue;
    const at = SMALL_COUNTRIES[d.country];
    const xy = at !== undefined && at.length === 2 ? projection([at[0] ?? 0, at[1] ?? 0]) : null;
    if (xy) markers.push({ code: d.country, status: d.status, x: xy[0], y: xy[1] });
    else unplaced.push(d.country);
  }
  return { width, height, shapes, markers, unplaced };
};

const MARKER_RADIUS = 5;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The map as a standalone SVG document (for pdfmake's `svg` node and DOCX's SVG image). Only shapes
 * and dots: the legend and the list of countries are the document's own text, so they are
 * searchable, translated and in the document's embedded font.
 */
export const worldMapSvg = (map: WorldMap, title: string): string => {
  const fill = (s: DataMapStatus | null): string => (s === null ? WORLD_MAP_LAND : DATA_MAP_COLOURS[s]);
  const paths = map.shapes
    .filter((s) => s.d !== '')
    .map((s) => `<path d="${s.d}" fill="${fill(s.status)}" stroke="${WORLD_MAP_BORDER}" stroke-width="0.5"/>`);
  const dots = map.markers.map(
    (m) =>
      `<circle cx="${round(m.x)}" cy="${round(m.y)}" r="${MARKER_RADIUS}" fill="${fill(m.status)}" stroke="#333333" stroke-width="1"/>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}">` +
    `<title>${escapeXml(title)}</title>${paths.join('')}${dots.join('')}</svg>`
  );
};

export { MARKER_RADIUS as WORLD_MAP_MARKER_RADIUS };
