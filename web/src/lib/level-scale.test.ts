import { describe, expect, it } from 'vitest';
import { changeColour, LEVEL_STOPS, levelColour, NO_DATA_COLOUR, textColourOn } from './level-scale';

describe('level colour scale', () => {
  it('maps the ends and the stops of the scale to the stop colours', () => {
    expect(levelColour(0)).toBe(LEVEL_STOPS[0]);
    expect(levelColour(0.75)).toBe(LEVEL_STOPS[1]);
    expect(levelColour(1.5)).toBe(LEVEL_STOPS[2]);
    expect(levelColour(2.25)).toBe(LEVEL_STOPS[3]);
    expect(levelColour(3)).toBe(LEVEL_STOPS[4]);
  });

  it('interpolates between stops', () => {
    // Halfway between #6baed6 (1.5) and #3182bd (2.25): channel means, rounded.
    expect(levelColour(1.875)).toBe('#4e98ca');
  });

  it('gets darker as the level rises', () => {
    const lightness = (hex: string) => [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);
    const levels = [0, 0.5, 1, 1.5, 2, 2.5, 3];
    const values = levels.map((l) => lightness(levelColour(l)));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
  });

  it('clamps levels outside 0..3 and shows no data in grey, never as level 0', () => {
    expect(levelColour(-1)).toBe(LEVEL_STOPS[0]);
    expect(levelColour(7)).toBe(LEVEL_STOPS[4]);
    expect(levelColour(null)).toBe(NO_DATA_COLOUR);
    expect(levelColour(undefined)).toBe(NO_DATA_COLOUR);
    expect(levelColour(Number.NaN)).toBe(NO_DATA_COLOUR);
    expect(NO_DATA_COLOUR).not.toBe(levelColour(0));
  });

  it('picks the text colour that contrasts more', () => {
    expect(textColourOn(LEVEL_STOPS[0])).toBe('#000000');
    expect(textColourOn(LEVEL_STOPS[4])).toBe('#ffffff');
  });
});

describe('change colour scale', () => {
  it('is neutral at no change, blue for a rise, red for a fall, saturating at 1.5 levels', () => {
    expect(changeColour(0)).toBe('#f7f7f7');
    expect(changeColour(1.5)).toBe('#2166ac');
    expect(changeColour(3)).toBe('#2166ac');
    expect(changeColour(-1.5)).toBe('#b2182b');
    const blue = (hex: string) => parseInt(hex.slice(5, 7), 16) - parseInt(hex.slice(1, 3), 16);
    expect(blue(changeColour(0.5))).toBeGreaterThan(0);
    expect(blue(changeColour(-0.5))).toBeLessThan(0);
    expect(changeColour(null)).toBe(NO_DATA_COLOUR);
  });
});
