import { describe, expect, it } from 'vitest';
import { findLanguage, languages, sourceLanguage } from '../../src/i18n/languages';

describe('languages', () => {
  it('offers French first, as the source language', () => {
    expect(languages[0]?.code).toBe(sourceLanguage);
  });

  it('finds a language by code, ignoring region and case', () => {
    expect(findLanguage('EN-gb')?.code).toBe('en');
    expect(findLanguage('fr')?.name).toBe('Français');
  });

  it('returns undefined for a language it does not offer', () => {
    expect(findLanguage('xx')).toBeUndefined();
    expect(findLanguage('')).toBeUndefined();
    expect(findLanguage(null)).toBeUndefined();
  });
});
