import { describe, expect, it } from '@jest/globals';
import { Language, pickLanguage } from './language.js';

describe('pickLanguage', () => {
  const title = { en: 'Inclusion', fr: 'Intégration', es: 'Inclusión' };

  it('gives the requested language when a usable text exists', () => {
    expect(pickLanguage(Language.FR, title)).toEqual({ text: 'Intégration', language: Language.FR });
    expect(pickLanguage(Language.ES, title)).toEqual({ text: 'Inclusión', language: Language.ES });
  });

  it('falls back to English, and says so, when the text is missing or unverified', () => {
    expect(pickLanguage(Language.ES, { ...title, es: null })).toEqual({ text: 'Inclusion', language: Language.EN });
    expect(pickLanguage(Language.ES, title, { fr: true, es: false })).toEqual({ text: 'Inclusion', language: Language.EN });
    expect(pickLanguage(Language.FR, title, { fr: false, es: true })).toEqual({ text: 'Inclusion', language: Language.EN });
  });

  it('gives English, as English, when English is asked for', () => {
    expect(pickLanguage(Language.EN, title)).toEqual({ text: 'Inclusion', language: Language.EN });
    expect(pickLanguage(Language.EN, title, { fr: false, es: false })).toEqual({ text: 'Inclusion', language: Language.EN });
  });

  it('treats an empty translation as missing', () => {
    expect(pickLanguage(Language.FR, { ...title, fr: '' })).toEqual({ text: 'Inclusion', language: Language.EN });
  });

  it('judges only the requested language usable or not', () => {
    expect(pickLanguage(Language.FR, title, { fr: true, es: false })).toEqual({ text: 'Intégration', language: Language.FR });
    expect(pickLanguage(Language.ES, { ...title, fr: null }, { fr: false, es: true })).toEqual({
      text: 'Inclusión',
      language: Language.ES,
    });
  });
});
