// Simplified adviser notes are shown as plain text (no glossary links, so the adviser never leaves
// the interview): each acronym must be spelled out in brackets where it first appears in a note.
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { completeLanguages } from '../../src/i18n/languages';
import { readLocale } from '../tools/read-locales.mjs';

// Glossary entries written as capitals (CAF, MSA, AAH…), not names like « France Travail ».
const acronyms = glossary.map((g) => g.pattern.source.match(/^\\b([A-Z0-9]{2,})\\b$/)?.[1]).filter(Boolean) as string[];

// Notes whose own sentence defines the term (« L'ASPA est une aide pour les retraités… »),
// or where a word sits between the acronym and its brackets (« a PMI centre (…) »): read and kept.
const definedInSentence = new Set(['retirement.lowResources:ASPA', 'child.dueDate:PMI']);

/** The first use of each acronym in a note that is not followed (within four words) by brackets. */
function unexplained(note: string): string[] {
  return acronyms.filter((ac) => {
    // Latin letters only around the acronym: Ge'ez and Arabic scripts attach prefixes to it (ብMSA).
    const at = new RegExp(`(?<![A-Za-z0-9])${ac}(?![A-Za-z0-9])`).exec(note);
    if (!at) return false;
    const after = note.slice(at.index + ac.length).split(/[.?!።؟]/u)[0] ?? '';
    return !/^(?:['’]\p{L}+)?(?:\s*\S+){0,4}?\s*[(（]/u.test(after);
  });
}

describe('simplified adviser notes explain their acronyms', () => {
  it('finds the acronyms of the glossary', () => {
    expect(acronyms).toEqual(expect.arrayContaining(['CAF', 'MSA', 'AAH', 'ASE', 'RSA']));
    expect(acronyms).not.toContain('Urssaf');
  });

  it('flags an acronym left bare, accepts one explained in brackets', () => {
    expect(unexplained('Elle prévient la CAF tout de suite.')).toEqual(['CAF']);
    expect(unexplained('Elle prévient la CAF (caisse d’allocations familiales). Puis la CAF répond.')).toEqual([]);
    expect(unexplained("CAF'a (aile yardımları kurumu) sorun.")).toEqual([]);
    expect(unexplained('ኩሉ ብMSA (ማሕበራዊ ውሕስና ሕርሻ) ይሓልፍ።')).toEqual([]);
  });

  it.each(completeLanguages)('%s', (lang) => {
    const notes = readLocale(lang, 'advice') as Record<string, Record<string, { lookFor_simple: string }>>;
    const bare = Object.entries(notes).flatMap(([moment, questions]) =>
      Object.entries(questions).flatMap(([question, note]) =>
        unexplained(note.lookFor_simple)
          .map((ac) => `${moment}.${question}:${ac}`)
          .filter((key) => !definedInSentence.has(key)),
      ),
    );
    expect(bare).toEqual([]);
  });
});
