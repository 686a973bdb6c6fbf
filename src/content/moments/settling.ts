// Life moment « Je m'installe en France », for people from outside the European Union: from the arrival
// to the end of the first year (residence permit, integration contract, health cover, CAF, work,
// school, bank, driving licence). Texts live in `locales/<lang>/settling.json`. Facts checked on
// 2026-11-23 against the official sources listed on each step; amounts are never written.
// Seed-facts 2.K: ANEF digital documents keep rights like the old paper récépissés; for people granted
// international protection, the CAF extends rights for up to 24 months and the CPAM switches the
// temporary number (NNP) to a waiting number (NIA) on its own.
import type { Moment } from '../schema';

const checked = '2026-11-23';
const src = (url: string) => ({ url, checked });

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
const ANEF = 'https://administration-etrangers-en-france.interieur.gouv.fr';
/** CESEDA, the code on the entry and stay of foreign nationals. */
const CESEDA = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158/';
/** CESEDA, section « Délai pour présenter une demande de titre de séjour » (article R431-5). */
const CESEDA_DELAYS = 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070158/LEGISCTA000042807002/';
const CIR_PAGE =
  'https://www.immigration.interieur.gouv.fr/Integration-et-Acces-a-la-nationalite/Le-parcours-personnalise-d-integration-republicaine2/Le-contrat-d-integration-republicaine-CIR';
const AGIR_PAGE =
  'https://immigration.interieur.gouv.fr/Integration-et-Acces-a-la-nationalite/Lancement-d-AGIR-programme-d-accompagnement-vers-l-emploi-et-le-logement';
const AMELI_STUDENTS =
  'https://www.ameli.fr/assure/droits-demarches/europe-international/protection-sociale-france/vous-venez-etudier-en-france';

const notProtection = { not: { answer: 'reason', is: 'protection' } };
const littleFrench = { answer: 'french', in: ['some', 'none'] };

export const settling: Moment = {
  id: 'settling',
  icon: 'globe',
  anchors: ['arrivalDate'],
  attentionne: {
    any: [{ answer: 'reason', is: 'protection' }, littleFrench, { answer: 'needsHelp', is: true }],
  },
  questions: [
    { id: 'arrivalDate', kind: 'date' },
    { id: 'reason', kind: 'choice', options: ['work', 'family', 'studies', 'protection', 'other'] },
    { id: 'visa', kind: 'choice', options: ['vlsts', 'vls', 'unknown'], when: notProtection },
    { id: 'children', kind: 'yesno' },
    { id: 'french', kind: 'choice', options: ['fluent', 'some', 'none'] },
    { id: 'job', kind: 'yesno' },
    { id: 'drives', kind: 'yesno' },
    { id: 'needsHelp', kind: 'yesno' },
  ],
  phases: ['arrival', 'firstMonths', 'firstYear'],
  steps: [
    // ── The first weeks ────────────────────────────────────────────────────────────────────
    {
      id: 'franceServicesHelp',
      phase: 'arrival',
      body: 'franceServices',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        any: [
          { answer: 'needsHelp', is: true },
          { answer: 'french', is: 'none' },
        ],
      },
      channels: ['franceServices', 'inPerson'],
      actions: ['findCounter', 'gatherPapers', 'askAccounts'],
      documents: ['passport', 'residencePermit', 'proofOfAddress'],
      sources: [src('https://www.service-public.fr/particuliers')],
    },
    {
      id: 'languageHelp',
      phase: 'arrival',
      body: 'ofii',
      timing: { kind: 'asap' },
      deadline: false,
      when: littleFrench,
      channels: ['inPerson'],
      actions: ['bringSomeone', 'askTranslatedContract', 'findFrenchClasses'],
      documents: [],
      sources: [src(`${SP}F17048`), src('https://www.ofii.fr')],
    },
    {
      id: 'validateVisa',
      phase: 'arrival',
      body: 'prefecture',
      // A long-stay visa that is worth a residence permit must be validated online within 3 months.
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: true,
      when: { all: [notProtection, { answer: 'visa', in: ['vlsts', 'unknown'] }] },
      channels: ['online'],
      actions: ['checkVisaMention', 'validateOnline', 'payTax', 'keepValidation'],
      documents: ['passport', 'proofOfAddress'],
      sources: [src(ANEF), src(CESEDA)],
    },
    {
      id: 'firstPermit',
      phase: 'arrival',
      body: 'prefecture',
      // A long-stay visa marked « carte de séjour à solliciter »: apply within the time written on it.
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 2, unit: 'month' } },
      deadline: true,
      when: { all: [notProtection, { answer: 'visa', in: ['vls', 'unknown'] }] },
      channels: ['online', 'inPerson'],
      actions: ['checkVisaMention', 'applyPermit', 'keepAttestation'],
      documents: ['passport', 'idPhoto', 'proofOfAddress', 'civilStatusDocument'],
      sources: [src(ANEF), src(CESEDA_DELAYS)],
    },
    {
      id: 'protectionPermit',
      phase: 'arrival',
      body: 'prefecture',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'reason', is: 'protection' },
      channels: ['online', 'inPerson'],
      actions: ['applyProtectionPermit', 'keepReceipt', 'sendCivilStatusForm'],
      documents: ['protectionDecision', 'idPhoto', 'proofOfAddress'],
      sources: [src(ANEF), src(CESEDA)],
    },
    {
      id: 'bankAccount',
      phase: 'arrival',
      body: 'bank',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['inPerson', 'online'],
      actions: ['openAccount', 'askRefusalLetter', 'askBanqueDeFrance'],
      documents: ['passport', 'residencePermit', 'proofOfAddress'],
      sources: [src(`${SP}F2417`)],
    },
    {
      id: 'healthNow',
      phase: 'arrival',
      body: 'cpam',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'reason', in: ['work', 'family', 'studies', 'protection'] },
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['applyAffiliation', 'studentsOnline', 'createAmeliAccount', 'askC2s'],
      documents: ['passport', 'residencePermit', 'civilStatusDocument', 'proofOfAddress', 'rib'],
      sources: [src(`${SP}F34308`), src(`${SP}F13842`), src(AMELI_STUDENTS)],
    },
    {
      id: 'school',
      phase: 'arrival',
      body: 'mairie',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'children', is: true },
      channels: ['inPerson'],
      actions: ['registerTownHall', 'registerSchool', 'askSecondary'],
      documents: ['idDocument', 'civilStatusDocument', 'proofOfAddress'],
      sources: [src(`${SP}F1866`)],
    },
    // ── The first months ───────────────────────────────────────────────────────────────────
    {
      id: 'healthAfter3Months',
      phase: 'firstMonths',
      body: 'cpam',
      // Health cover on residence grounds: after 3 months of stable and regular residence.
      timing: { kind: 'window', from: { amount: 3, unit: 'month' }, to: { amount: 4, unit: 'month' } },
      deadline: false,
      when: { answer: 'reason', is: 'other' },
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['gatherProofs', 'applyAffiliation', 'createAmeliAccount'],
      documents: ['passport', 'residencePermit', 'civilStatusDocument', 'proofOfAddress', 'rib'],
      sources: [src(`${SP}F34308`), src(`${SP}F13842`)],
    },
    {
      id: 'integrationContract',
      phase: 'firstMonths',
      body: 'ofii',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'reason', in: ['work', 'family', 'protection'] },
      channels: ['inPerson'],
      actions: ['answerInvitation', 'signContract', 'followCivicTraining', 'followLanguageCourse'],
      documents: ['passport', 'residencePermit'],
      sources: [src(`${SP}F17048`), src(CIR_PAGE), src('https://www.ofii.fr')],
    },
    {
      id: 'refugeeSupport',
      phase: 'firstMonths',
      body: 'ofii',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'reason', is: 'protection' },
      channels: ['inPerson'],
      actions: ['askAgir', 'meetReferent', 'planHousingWork'],
      documents: ['protectionDecision'],
      sources: [src(AGIR_PAGE), src('https://www.ofii.fr')],
    },
    {
      id: 'cafRights',
      phase: 'firstMonths',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['createCafAccount', 'simulateRights', 'applyHousingAid'],
      documents: ['passport', 'residencePermit', 'rib', 'proofOfAddress'],
      sources: [src('https://www.caf.fr'), src(`${SP}F12006`), src('https://www.mesdroitssociaux.gouv.fr')],
    },
    {
      id: 'cafChildren',
      phase: 'firstMonths',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'children', is: true },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['declareChildren', 'sendChildrenProofs'],
      documents: ['civilStatusDocument', 'residencePermit'],
      sources: [src('https://www.caf.fr')],
    },
    {
      id: 'protectionRights',
      phase: 'firstMonths',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'reason', is: 'protection' },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['updateCaf', 'checkRsa', 'keepDocumentsUpToDate'],
      documents: ['protectionDecision', 'residencePermit', 'rib'],
      sources: [src('https://www.caf.fr'), src('https://www.mesdroitssociaux.gouv.fr')],
    },
    {
      id: 'protectionHealth',
      phase: 'firstMonths',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'reason', is: 'protection' },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkNumber', 'downloadAttestation', 'askC2s'],
      documents: ['protectionDecision', 'residencePermit'],
      sources: [src(`${SP}F34308`), src(`${SP}F10027`), src('https://www.ameli.fr')],
    },
    {
      id: 'franceTravail',
      phase: 'firstMonths',
      body: 'franceTravail',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: {
        all: [
          { answer: 'job', is: false },
          { answer: 'reason', in: ['work', 'family', 'protection'] },
        ],
      },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkWorkRight', 'registerJobSeeker', 'askDiplomaRecognition'],
      documents: ['residencePermit', 'rib'],
      sources: [src('https://www.francetravail.fr')],
    },
    // ── The first year ─────────────────────────────────────────────────────────────────────
    {
      id: 'drivingLicence',
      phase: 'firstYear',
      body: 'ants',
      // A non-European licence is valid for 1 year after settling; the exchange must be asked within it.
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 12, unit: 'month' } },
      deadline: true,
      when: {
        all: [{ answer: 'drives', is: true }, { not: { answer: 'reason', is: 'studies' } }],
      },
      channels: ['online', 'franceServices'],
      actions: ['checkCountryList', 'getTranslation', 'applyExchange'],
      documents: ['foreignDrivingLicence', 'residencePermit', 'proofOfAddress', 'idPhoto'],
      sources: [src(`${SP}F1460`)],
    },
    {
      id: 'taxReturn',
      phase: 'firstYear',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 3, unit: 'month' }, to: { amount: 15, unit: 'month' } },
      deadline: false,
      channels: ['post', 'online', 'inPerson', 'franceServices'],
      actions: ['declareNextSpring', 'usePaperFirst', 'keepNotice'],
      documents: ['passport', 'proofOfAddress'],
      sources: [
        src(
          'https://www.impots.gouv.fr/international-particulier/questions/je-reviens-en-france-apres-un-sejour-letranger',
        ),
      ],
    },
    {
      id: 'renewPermit',
      phase: 'firstYear',
      body: 'prefecture',
      timing: { kind: 'window', from: { amount: 2, unit: 'month' }, to: { amount: 12, unit: 'month' } },
      deadline: false,
      when: notProtection,
      channels: ['online'],
      actions: ['noteEndDate', 'applyRenewal', 'keepAttestation'],
      documents: ['passport', 'residencePermit', 'proofOfAddress', 'idPhoto'],
      sources: [src(CESEDA_DELAYS), src(ANEF)],
    },
  ],
};
