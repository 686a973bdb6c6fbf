// Texts that may stay identical to French: proper names and acronyms that stay in French on
// purpose, and a few words that are spelt the same in another language.

/** Whole texts that are names or acronyms. */
export const properName =
  /^(CAF|MSA|URSSAF|Urssaf|ANEF|OFII|CROUS|ANTS|MDPH|CCAS|PMI|APA|PCH|AJPA|AJPP|AEEH|ASF|ARIPA|Aripa|C2S|RSA|AAH|ASPA|ACRE|ARE|ARCE|CPF|CEJ|Jalons|France Services|France Travail|Info Retraite|Agirc-Arrco|Pajemploi|OK|[\d\s–-]+|\W*)$/;

/** Per language, keys whose text is legitimately the same word as in French. */
export const sameWord: Record<string, string[]> = {
  en: [
    'pages:import.notes_one',
    'pages:import.notes_other',
    'common:step.documents',
    'common:print.contacts',
    'catalog:bodies.violenceLine.name',
    'catalog:bodies.victimSupport.name',
    'selfEmployed:questions.status.options.microEntrepreneur',
    'selfEmployed:questions.status.options.microEntrepreneur_simple',
  ],
  es: ['common:timeline.end'],
};
