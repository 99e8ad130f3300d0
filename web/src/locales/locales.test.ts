import { describe, expect, it } from 'vitest';
import { resources } from './resources';

/** Every key path of a nested resource, e.g. "layout.signIn". */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('UI texts', () => {
  const languages = Object.keys(resources) as (keyof typeof resources)[];

  it('exist in English, French and Spanish', () => {
    expect(languages.sort()).toEqual(['en', 'es', 'fr']);
  });

  for (const namespace of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
    it(`"${namespace}" has the same keys in every language, none empty`, () => {
      const english = keys(resources.en[namespace]).sort();
      for (const lng of languages) {
        const own = keys(resources[lng][namespace]).sort();
        expect({ lng, missing: english.filter((k) => !own.includes(k)), extra: own.filter((k) => !english.includes(k)) }).toEqual({
          lng,
          missing: [],
          extra: [],
        });
        const empty = own.filter((k) => {
          const text = k.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown>)[part], resources[lng][namespace]);
          return typeof text !== 'string' || text.trim() === '';
        });
        expect({ lng, empty }).toEqual({ lng, empty: [] });
      }
    });

    it(`"${namespace}" keeps the same {{placeholders}} in every language`, () => {
      for (const key of keys(resources.en[namespace])) {
        const textOf = (lng: keyof typeof resources) =>
          String(key.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown>)[part], resources[lng][namespace]));
        const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
        for (const lng of languages)
          expect({ key, lng, p: placeholders(textOf(lng)) }).toEqual({ key, lng, p: placeholders(textOf('en')) });
      }
    });
  }
});
