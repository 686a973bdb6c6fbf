// The glossary: bodies, benefits and terms that appear in the content, explained in every language.
// Their French names stay in Latin letters in every translation, so one pattern finds them anywhere.

/** A glossary entry; texts under `glossary.json`: `<id>.term`, `<id>.definition` (+ `_simple`). */
export interface GlossaryTerm {
  id: string;
  /** How the term is written in texts (whole words, case-sensitive). */
  pattern: RegExp;
}

/** Every glossary term, in alphabetical order of the French term. */
export const glossary: readonly GlossaryTerm[] = [
  { id: 'aah', pattern: /\bAAH\b/ },
  { id: 'acre', pattern: /\bACRE\b/ },
  { id: 'anef', pattern: /\bANEF\b/ },
  { id: 'apa', pattern: /\bAPA\b/ },
  { id: 'are', pattern: /\bARE\b/ },
  { id: 'aripa', pattern: /\b(ARIPA|Aripa)\b/ },
  { id: 'ase', pattern: /\bASE\b/ },
  { id: 'asf', pattern: /\bASF\b/ },
  { id: 'aspa', pattern: /\bASPA\b/ },
  { id: 'assuranceMaladie', pattern: /\bAssurance Maladie\b/ },
  { id: 'c2s', pattern: /\bC2S\b/ },
  { id: 'caf', pattern: /\bCAF\b/ },
  { id: 'carteVitale', pattern: /\bcarte Vitale\b/i },
  { id: 'ccas', pattern: /\bCCAS\b/ },
  { id: 'cpam', pattern: /\bCPAM\b/ },
  { id: 'franceServices', pattern: /\bFrance Services\b/ },
  { id: 'franceTravail', pattern: /\bFrance Travail\b/ },
  { id: 'mdph', pattern: /\bMDPH\b/ },
  { id: 'missionLocale', pattern: /\b[Mm]ission locale\b/ },
  { id: 'msa', pattern: /\bMSA\b/ },
  { id: 'ofii', pattern: /\bOFII\b/ },
  { id: 'pacs', pattern: /\bPacs\b|\bPACS\b/ },
  { id: 'pch', pattern: /\bPCH\b/ },
  { id: 'pmi', pattern: /\bPMI\b/ },
  { id: 'rsa', pattern: /\bRSA\b/ },
  { id: 'urssaf', pattern: /\b(Urssaf|URSSAF)\b/ },
];
