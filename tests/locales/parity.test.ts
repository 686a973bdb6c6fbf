// Every offered language has exactly the French key set (with its own plural forms), the same
// placeholders, no empty text and nothing left in French outside proper names.
import { describe, expect, it } from 'vitest';
import { languages, sourceLanguage } from '../../src/i18n/languages';
import { namespaces, placeholders, readLocale } from './keys';
import { properName, sameWord } from './same-as-french';

const others = languages.filter((l) => l.code !== sourceLanguage);
const pluralSuffix = /_(zero|one|two|few|many|other)(?=(_simple)?$)/;
const base = (key: string) => key.replace(pluralSuffix, '_#');

describe.each(others.map((l) => l.code))('locale %s', (lang) => {
  it('has the same namespaces as French', () => {
    expect(namespaces(lang)).toEqual(namespaces(sourceLanguage));
  });

  describe.each(namespaces(sourceLanguage))('namespace %s', (ns) => {
    const fr = readLocale(sourceLanguage, ns);
    const texts = readLocale(lang, ns);
    const frByBase = Object.fromEntries(Object.entries(fr).map(([k, v]) => [base(k), v]));

    it("has exactly the French keys, with the language's plural forms", () => {
      expect([...new Set(Object.keys(texts).map(base))].sort()).toEqual([...new Set(Object.keys(fr).map(base))].sort());
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of Object.keys(frByBase).filter((k) => k.includes('_#')))
        for (const c of categories) expect(texts, `${lang}/${ns}`).toHaveProperty([key.replace('_#', `_${c}`)]);
    });

    it('keeps every placeholder, leaves no text empty and nothing in French', () => {
      for (const [key, text] of Object.entries(texts)) {
        const source = frByBase[base(key)] ?? '';
        expect(text.trim(), `${lang}/${ns}:${key}`).not.toBe('');
        expect(placeholders(text), `${lang}/${ns}:${key}`).toEqual(placeholders(source));
        // Glossary terms are the French names by design.
        const frenchName = ns === 'glossary' && /\.term(_simple)?$/.test(key);
        if (text === source && !properName.test(text) && !frenchName)
          expect(sameWord[lang] ?? [], `${lang}/${ns}:${key} = ${text}`).toContain(`${ns}:${key}`);
      }
    });
  });
});
