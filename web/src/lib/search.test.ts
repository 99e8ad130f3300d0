import { describe, expect, it } from 'vitest';
import { foldText, matchesSearch } from './search';

describe('accent-insensitive search', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldText('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(foldText('  TÜRKIYE ')).toBe('turkiye');
    expect(foldText('Perú')).toBe('peru');
  });

  it('finds a country typed without its accents, in any of its names', () => {
    expect(matchesSearch('cote', ['Côte d’Ivoire', "Côte d'Ivoire", 'Côte d’Ivoire'])).toBe(true);
    expect(matchesSearch('mexico', ['Mexico', 'Mexique', 'México'])).toBe(true);
    expect(matchesSearch('méxico', ['Mexico'])).toBe(true);
    expect(matchesSearch('maroc', ['Morocco', 'Maroc', 'Marruecos'])).toBe(true);
  });

  it('needs every word, and an empty query matches all', () => {
    expect(matchesSearch('south africa', ['South Africa'])).toBe(true);
    expect(matchesSearch('south peru', ['South Africa', 'Peru'])).toBe(true);
    expect(matchesSearch('north africa', ['South Africa'])).toBe(false);
    expect(matchesSearch('   ', ['Anything'])).toBe(true);
    expect(matchesSearch('zz', [null, undefined, 'Chad'])).toBe(false);
  });
});
