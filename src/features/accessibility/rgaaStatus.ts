// Jalons' status on each of the 106 RGAA 4.1 criteria, with the reason where a criterion does not
// apply or is not met. Criteria not listed here are met ("conforme"); the evidence is in the
// browser tests (axe on every screen, keyboard, 320 px, zoom, text spacing, touch targets).

/** Status of a criterion. */
export type RgaaStatus = 'C' | 'NC' | 'NA';

/** Reasons shown next to a status (texts: accessibility.reasons.<id>). */
export type RgaaReason =
  | 'noCaptcha'
  | 'noComplexImage'
  | 'noTextImage'
  | 'noFrames'
  | 'noMedia'
  | 'noTables'
  | 'noQuotes'
  | 'noHoverContent'
  | 'noOptgroup'
  | 'noPersonalFields'
  | 'noSiteMap'
  | 'noSearch'
  | 'noShortcuts'
  | 'noOfficeDocuments'
  | 'noCrypticContent'
  | 'noFlash'
  | 'noMovingContent'
  | 'noGestures'
  | 'noMotion'
  | 'notValidated'
  | 'langChanges';

const na = (reason: RgaaReason) => ({ status: 'NA' as const, reason });

/** Criteria that are not applicable or not met, by "<topic>_<number>". */
export const rgaaExceptions: Record<string, { status: RgaaStatus; reason: RgaaReason }> = {
  '1_4': na('noCaptcha'),
  '1_5': na('noCaptcha'),
  '1_6': na('noComplexImage'),
  '1_7': na('noComplexImage'),
  '1_8': na('noTextImage'),
  '2_1': na('noFrames'),
  '2_2': na('noFrames'),
  ...Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`4_${i + 1}`, na('noMedia')])),
  // The only data table is this page's grid: a simple table with a caption and header cells, so
  // the criteria about complex and layout tables do not apply (5.4, 5.6 and 5.7 are met).
  '5_1': na('noTables'),
  '5_2': na('noTables'),
  '5_3': na('noTables'),
  '5_5': na('noTables'),
  '5_8': na('noTables'),
  '8_2': { status: 'NC', reason: 'notValidated' },
  '8_7': { status: 'NC', reason: 'langChanges' },
  '9_4': na('noQuotes'),
  '10_13': na('noHoverContent'),
  '10_14': na('noHoverContent'),
  '11_8': na('noOptgroup'),
  '11_13': na('noPersonalFields'),
  '12_3': na('noSiteMap'),
  '12_4': na('noSiteMap'),
  '12_5': na('noSearch'),
  '12_10': na('noShortcuts'),
  '13_3': na('noOfficeDocuments'),
  '13_4': na('noOfficeDocuments'),
  '13_5': na('noCrypticContent'),
  '13_6': na('noCrypticContent'),
  '13_7': na('noFlash'),
  '13_8': na('noMovingContent'),
  '13_10': na('noGestures'),
  '13_12': na('noMotion'),
};

/** Status of a criterion. */
export function rgaaStatus(id: string): { status: RgaaStatus; reason?: RgaaReason } {
  return rgaaExceptions[id] ?? { status: 'C' };
}
