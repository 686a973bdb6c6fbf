// Every offered language has exactly the French key set, the same placeholders and no empty text.
import { describe, expect, it } from 'vitest';
import { languages, sourceLanguage } from '../../src/i18n/languages';
import { namespaces, placeholders, readLocale } from './keys';

const others = languages.filter((l) => l.code !== sourceLanguage);

describe.each(others.map((l) => l.code))('locale %s', (lang) => {
  it('has the same namespaces as French', () => {
    expect(namespaces(lang)).toEqual(namespaces(sourceLanguage));
  });

  describe.each(namespaces(sourceLanguage))('namespace %s', (ns) => {
    const fr = readLocale(sourceLanguage, ns);
    const texts = readLocale(lang, ns);

    it('has exactly the French keys', () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(fr).sort());
    });

    it('keeps every placeholder and leaves no text empty', () => {
      for (const [key, text] of Object.entries(texts)) {
        expect(text.trim(), `${lang}/${ns}:${key}`).not.toBe('');
        expect(placeholders(text), `${lang}/${ns}:${key}`).toEqual(placeholders(fr[key] ?? ''));
      }
    });
  });
});
