import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatLevel, formatNumber } from './format';

// Intl puts a narrow no-break space (U+202F) before the French decimal groups and a no-break space before units.
const spaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('number formatting per language', () => {
  it('groups thousands and writes decimals as each language does', () => {
    expect(formatNumber(12345.5, 'en', 1)).toBe('12,345.5');
    expect(spaces(formatNumber(12345.5, 'fr', 1))).toBe('12 345,5');
    expect(formatNumber(12345.5, 'es', 1)).toBe('12.345,5');
  });

  it('writes mean levels with two decimals, and a dash when nothing was counted', () => {
    expect(formatLevel(1.5, 'en')).toBe('1.50');
    expect(formatLevel(1.5, 'fr')).toBe('1,50');
    expect(formatLevel(null, 'es')).toBe('–');
  });

  it('signs changes', () => {
    expect(formatChange(0.25, 'en')).toBe('+0.25');
    expect(formatChange(-0.5, 'fr')).toBe('-0,50');
    expect(formatChange(0, 'en')).toBe('0.00');
  });

  it('writes dates in the language, as UTC days', () => {
    expect(formatDate('2024-03-05', 'en')).toBe('Mar 5, 2024');
    expect(formatDate('2024-03-05', 'fr')).toBe('5 mars 2024');
    expect(formatDate('2024-03-05', 'es')).toBe('5 mar 2024');
  });
});
