import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';

/** M49 codes as the API writes them (three digits, e.g. "004"). */
export const m49Key = (code: string | number): string => String(code).padStart(3, '0');

export interface WorldShapes {
  geojson: FeatureCollection<Geometry, { name: string }>;
  /** A point inside each country's largest polygon, by M49 code: where a champion marker goes. */
  anchors: Map<string, [number, number]>;
}

const ringArea = (ring: Position[]): number => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(sum / 2);
};

function anchorOf(geometry: Geometry | null): [number, number] | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  const polygons = geometry.type === 'Polygon' ? [(geometry as Polygon).coordinates] : (geometry as MultiPolygon).coordinates;
  const outer = polygons.map((p) => p[0]).sort((a, b) => ringArea(b) - ringArea(a))[0];
  if (!outer?.length) return null;
  const [x, y] = outer.reduce(([sx, sy], [px, py]) => [sx + px, sy + py], [0, 0]);
  return [x / outer.length, y / outer.length];
}

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from -180 to 180 and would
 * draw a line across the whole map: their western longitudes are moved east of 180 instead.
 */
function unwrapAntimeridian(geometry: Geometry | null): Geometry | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return geometry;
  const fixRing = (ring: Position[]): Position[] => {
    const lons = ring.map((p) => p[0]);
    return Math.max(...lons) - Math.min(...lons) > 180 ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(fixRing) };
  return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(fixRing)) };
}

let loading: Promise<WorldShapes> | null = null;

/**
 * Country shapes from the world-atlas package (Natural Earth, 1:110m), served by this server
 * as a static file and fetched once. Each feature is named by its M49 code, the key the API's
 * countries carry (Country.m49Code), so shapes and data meet without a name lookup.
 */
export function loadWorldShapes(): Promise<WorldShapes> {
  loading ??= fetch(worldUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`map shapes: HTTP ${res.status}`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
      const anchors = new Map<string, [number, number]>();
      const features = collection.features
        // Antarctica (M49 010) is no country and would take a third of the map.
        .filter((f: Feature<Geometry, { name: string }>) => f.id !== undefined && m49Key(f.id as string) !== '010')
        .map((f) => {
          const key = m49Key(f.id as string);
          const anchor = anchorOf(f.geometry);
          if (anchor) anchors.set(key, anchor);
          return { ...f, geometry: unwrapAntimeridian(f.geometry), properties: { name: key } };
        });
      return { geojson: { type: 'FeatureCollection', features }, anchors } as WorldShapes;
    });
  return loading;
}

/** The shapes, registered with ECharts as the map "world" (both loaded on first use). */
export async function loadWorldMap(): Promise<WorldShapes> {
  const [{ echarts }, shapes] = await Promise.all([import('./echarts'), loadWorldShapes()]);
  if (!echarts.getMap('world')) echarts.registerMap('world', shapes.geojson as unknown as Parameters<typeof echarts.registerMap>[1]);
  return shapes;
}
