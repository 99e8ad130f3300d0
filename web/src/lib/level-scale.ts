/**
 * The colour scale of implementation levels (0 NOT_STARTED to 3 COMPLETE), shared by the heat
 * map, the world map and their legends: a sequential blue scale (colour-blind safe, light to
 * dark), interpolated between five stops. Cells without counted entries are neutral grey and
 * patterned in tables by their dash, never mistaken for level 0.
 */
export const LEVEL_MIN = 0;
export const LEVEL_MAX = 3;
export const NO_DATA_COLOUR = '#e9ecef';

/** Stops at levels 0, 0.75, 1.5, 2.25 and 3 (ColorBrewer "Blues", 5 classes). */
export const LEVEL_STOPS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

const hex = (c: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
const toHex = (rgb: number[]): string => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The colour of a mean level; levels outside 0..3 are clamped, null (nothing counted) is grey. */
export function levelColour(level: number | null | undefined): string {
  if (level === null || level === undefined || Number.isNaN(level)) return NO_DATA_COLOUR;
  const clamped = Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, level));
  const position = ((clamped - LEVEL_MIN) / (LEVEL_MAX - LEVEL_MIN)) * (LEVEL_STOPS.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(LEVEL_STOPS.length - 1, lower + 1);
  const t = position - lower;
  const a = hex(LEVEL_STOPS[lower]);
  const b = hex(LEVEL_STOPS[upper]);
  return toHex(a.map((v, i) => v + (b[i] - v) * t));
}

/** Relative luminance (WCAG 2). */
function luminance(colour: string): number {
  const [r, g, b] = hex(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text, whichever contrasts more with the background. */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Diverging scale for a change in mean level (−3..+3): red for a fall, white for none, blue for a rise. */
const FALL = '#b2182b';
const NONE = '#f7f7f7';
const RISE = '#2166ac';

export function changeColour(change: number | null | undefined): string {
  if (change === null || change === undefined || Number.isNaN(change)) return NO_DATA_COLOUR;
  const t = Math.min(1, Math.abs(change) / 1.5);
  const [a, b] = [hex(NONE), hex(change < 0 ? FALL : RISE)];
  return toHex(a.map((v, i) => v + (b[i] - v) * t));
}
