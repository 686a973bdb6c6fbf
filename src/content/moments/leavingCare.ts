// Life moment « J'ai bientôt 18 ans et je suis accompagné(e) par l'aide sociale à l'enfance »:
// from the interview before majority to the end of the support for young adults (21 at the latest).
// Texts live in `locales/<lang>/leavingCare.json`. Facts checked on 2026-11-23 against the official
// sources listed on each step; amounts are never written (they change every year).
// The joint CAF + CPAM appointments come from a local trial (Lot, seed-facts 2.D): they are shown as
// something that exists "in some départements", never as a right.
import type { Moment } from '../schema';

const checked = '2026-11-23';
const src = (url: string) => ({ url, checked });

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
/** Code de l'action sociale et des familles (articles L222-5, L222-5-1, L263-3…). */
const CASF = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069/';
/** Loi n° 2022-140 du 7 février 2022 relative à la protection des enfants (loi « Taquet »). */
const TAQUET = 'https://www.legifrance.gouv.fr/loda/id/LEGITEXT000045134301/';
/** CESEDA, section « Délai pour présenter une demande de titre de séjour » (article R431-5). */
const CESEDA_DELAYS = 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070158/LEGISCTA000042807002/';
const ANEF = 'https://administration-etrangers-en-france.interieur.gouv.fr';
const YOUNG_ADULTS_PERMIT =
  'https://immigration.interieur.gouv.fr/fr/Immigration/L-immigration-familiale/Le-sejour-des-mineurs-etrangers/La-delivrance-d-un-titre-de-sejour-aux-jeunes-majeurs-entres-mineurs-en-France';

/** Human help first: the young person asked for it, or has no home or no income after 18. */
const accompanied = {
  any: [
    { answer: 'needsHelp', is: true },
    { answer: 'housing', is: false },
    { answer: 'income', is: false },
  ],
};

export const leavingCare: Moment = {
  id: 'leavingCare',
  icon: 'key',
  anchors: ['birthday18'],
  attentionne: accompanied,
  questions: [
    { id: 'birthday18', kind: 'date' },
    { id: 'foreign', kind: 'yesno' },
    { id: 'placedBefore16', kind: 'yesno', when: { answer: 'foreign', is: true } },
    { id: 'activity', kind: 'choice', options: ['school', 'higherEducation', 'apprenticeship', 'none'] },
    { id: 'housing', kind: 'yesno' },
    { id: 'income', kind: 'yesno' },
    { id: 'needsHelp', kind: 'yesno' },
  ],
  phases: ['before18', 'turning18', 'after18'],
  steps: [
    // ── Before 18 ──────────────────────────────────────────────────────────────────────────
    {
      id: 'franceServicesHelp',
      phase: 'before18',
      body: 'franceServices',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'needsHelp', is: true },
      channels: ['franceServices', 'inPerson'],
      actions: ['findCounter', 'gatherPapers', 'askAccounts'],
      documents: ['idDocument', 'carteVitale', 'rib'],
      sources: [src('https://www.service-public.fr/particuliers')],
    },
    {
      id: 'autonomyInterview',
      phase: 'before18',
      body: 'departement',
      // CASF L222-5-1: at the latest one year before majority, i.e. by the 17th birthday.
      timing: { kind: 'window', to: { amount: -12, unit: 'month' } },
      deadline: false,
      channels: ['inPerson'],
      actions: ['askInterview', 'chooseTrustedPerson', 'prepareQuestions', 'buildProject'],
      documents: [],
      sources: [src(CASF), src(TAQUET)],
    },
    {
      id: 'jointAppointment',
      phase: 'before18',
      body: 'caf',
      // Lot trial: joint CAF + CPAM appointment in the quarter before the 18th birthday.
      timing: { kind: 'window', from: { amount: -3, unit: 'month' }, to: { amount: 0, unit: 'day' } },
      deadline: false,
      when: accompanied,
      channels: ['inPerson', 'phone'],
      actions: ['askEducator', 'askAppointment', 'keepContacts'],
      documents: ['idDocument', 'carteVitale'],
      sources: [src('https://www.caf.fr'), src('https://www.ameli.fr')],
    },
    {
      id: 'youngAdultSupport',
      phase: 'before18',
      body: 'departement',
      timing: { kind: 'window', from: { amount: -6, unit: 'month' }, to: { amount: 0, unit: 'day' } },
      deadline: false,
      channels: ['inPerson', 'post'],
      actions: ['askSupport', 'listNeeds', 'keepDecision'],
      documents: ['idDocument'],
      sources: [src(CASF), src(TAQUET)],
    },
    {
      id: 'permitBefore16',
      phase: 'before18',
      body: 'prefecture',
      // CESEDA R431-5: for the card of young people placed with the ASE by their 16th birthday,
      // the application is due at the latest the day before the 19th birthday (364 days after 18).
      timing: { kind: 'window', from: { amount: -6, unit: 'month' }, to: { amount: 364, unit: 'day' } },
      deadline: true,
      when: {
        all: [
          { answer: 'foreign', is: true },
          { answer: 'placedBefore16', is: true },
        ],
      },
      channels: ['online', 'inPerson'],
      actions: ['prepareWithEducator', 'gatherCivilStatus', 'applyOnline', 'keepReceipt'],
      documents: ['passport', 'civilStatusDocument', 'schoolCertificate', 'idPhoto', 'proofOfAddress'],
      sources: [src(`${SP}F31037`), src(CESEDA_DELAYS), src(ANEF)],
    },
    {
      id: 'permitAfter16',
      phase: 'before18',
      body: 'prefecture',
      // CESEDA R431-5: otherwise, at the latest two months after the 18th birthday.
      timing: { kind: 'window', from: { amount: -6, unit: 'month' }, to: { amount: 2, unit: 'month' } },
      deadline: true,
      when: {
        all: [{ answer: 'foreign', is: true }, { not: { answer: 'placedBefore16', is: true } }],
      },
      channels: ['online', 'inPerson'],
      actions: ['prepareWithEducator', 'gatherCivilStatus', 'applyOnline', 'keepReceipt'],
      documents: ['passport', 'civilStatusDocument', 'schoolCertificate', 'idPhoto', 'proofOfAddress'],
      sources: [src(`${SP}F31037`), src(CESEDA_DELAYS), src(YOUNG_ADULTS_PERMIT)],
    },
    {
      id: 'identityCard',
      phase: 'before18',
      body: 'mairie',
      timing: { kind: 'window', from: { amount: -6, unit: 'month' }, to: { amount: 0, unit: 'day' } },
      deadline: false,
      when: { answer: 'foreign', is: false },
      channels: ['online', 'inPerson'],
      actions: ['checkValidity', 'preApply', 'bookTownHall'],
      documents: ['idPhoto', 'proofOfAddress', 'civilStatusDocument'],
      sources: [src(`${SP}F1341`)],
    },
    {
      id: 'findHousing',
      phase: 'before18',
      body: 'departement',
      timing: { kind: 'window', from: { amount: -6, unit: 'month' }, to: { amount: 0, unit: 'day' } },
      deadline: false,
      when: { answer: 'housing', is: false },
      channels: ['inPerson', 'phone'],
      actions: ['raiseHousing', 'askYouthHousing', 'knowEmergencyNumber'],
      documents: [],
      sources: [src(CASF), src(TAQUET)],
    },
    // ── Turning 18 ─────────────────────────────────────────────────────────────────────────
    {
      id: 'bankAccount',
      phase: 'turning18',
      body: 'bank',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      channels: ['inPerson', 'online'],
      actions: ['openAccount', 'askRefusalLetter', 'askBanqueDeFrance'],
      documents: ['idDocument', 'proofOfAddress'],
      sources: [src(`${SP}F2417`)],
    },
    {
      id: 'ownHealthInsurance',
      phase: 'turning18',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['createAmeliAccount', 'addRib', 'updateCarteVitale', 'chooseDoctor'],
      documents: ['carteVitale', 'rib', 'idDocument'],
      sources: [src('https://www.ameli.fr')],
    },
    {
      id: 'c2s',
      phase: 'turning18',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' }, to: { amount: 2, unit: 'month' } },
      deadline: false,
      channels: ['online', 'post', 'inPerson', 'franceServices'],
      actions: ['checkCurrentC2s', 'applyC2s', 'noteRenewal'],
      documents: ['carteVitale', 'idDocument'],
      sources: [src(`${SP}F10027`), src('https://www.ameli.fr')],
    },
    {
      id: 'housingAid',
      phase: 'turning18',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['createCafAccount', 'simulateAid', 'applyHousingAid'],
      documents: ['idDocument', 'rib', 'proofOfAddress'],
      sources: [src(`${SP}F12006`), src('https://www.caf.fr')],
    },
    {
      id: 'missionLocale',
      phase: 'turning18',
      body: 'missionLocale',
      timing: { kind: 'window', from: { amount: -3, unit: 'month' }, to: { amount: 6, unit: 'month' } },
      deadline: false,
      when: { answer: 'activity', in: ['apprenticeship', 'none'] },
      channels: ['inPerson', 'phone'],
      actions: ['findMissionLocale', 'askCej', 'talkProject'],
      documents: ['idDocument'],
      sources: [src(CASF), src('https://www.francetravail.fr')],
    },
    {
      id: 'studentGrant',
      phase: 'turning18',
      body: 'crous',
      timing: { kind: 'window', from: { amount: -6, unit: 'month' }, to: { amount: 12, unit: 'month' } },
      deadline: false,
      when: { answer: 'activity', is: 'higherEducation' },
      channels: ['online'],
      actions: ['fillDse', 'mentionAse', 'askHousingCrous'],
      documents: ['idDocument', 'rib'],
      sources: [src(`${SP}F12214`)],
    },
    {
      id: 'activityBonus',
      phase: 'turning18',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'income', is: true },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['simulateBonus', 'applyBonus', 'declareQuarterly'],
      documents: ['rib'],
      sources: [src('https://www.caf.fr'), src('https://www.mesdroitssociaux.gouv.fr')],
    },
    {
      id: 'youthFund',
      phase: 'turning18',
      body: 'departement',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'income', is: false },
      channels: ['inPerson'],
      actions: ['askSocialWorker', 'explainNeed'],
      documents: ['idDocument'],
      sources: [src(CASF)],
    },
    // ── After 18, up to 21 ─────────────────────────────────────────────────────────────────
    {
      id: 'firstTaxReturn',
      phase: 'after18',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 3, unit: 'month' }, to: { amount: 15, unit: 'month' } },
      deadline: false,
      channels: ['online', 'post', 'inPerson', 'franceServices'],
      actions: ['declareSpring', 'keepNotice'],
      documents: ['idDocument'],
      sources: [src(`${SP}F369`)],
    },
    {
      id: 'permitRenewal',
      phase: 'after18',
      body: 'prefecture',
      timing: { kind: 'window', from: { amount: 6, unit: 'month' }, to: { amount: 12, unit: 'month' } },
      deadline: false,
      when: { answer: 'foreign', is: true },
      channels: ['online'],
      actions: ['noteEndDate', 'applyRenewal', 'keepAttestation'],
      documents: ['residencePermit', 'passport', 'proofOfAddress', 'schoolCertificate'],
      sources: [src(CESEDA_DELAYS), src(ANEF)],
    },
    {
      id: 'jointAppointment19',
      phase: 'after18',
      body: 'caf',
      // Lot trial: second joint appointment two months before the 19th birthday.
      timing: { kind: 'window', from: { amount: 10, unit: 'month' }, to: { amount: 12, unit: 'month' } },
      deadline: false,
      when: accompanied,
      channels: ['inPerson', 'phone'],
      actions: ['askAppointment', 'reviewRights'],
      documents: ['carteVitale'],
      sources: [src('https://www.caf.fr'), src('https://www.ameli.fr')],
    },
    {
      id: 'supportReview',
      phase: 'after18',
      body: 'departement',
      timing: { kind: 'window', from: { amount: 6, unit: 'month' }, to: { amount: 30, unit: 'month' } },
      deadline: false,
      channels: ['inPerson'],
      actions: ['reviewPlan', 'askAgain', 'finishSchoolYear'],
      documents: [],
      sources: [src(CASF)],
    },
    {
      id: 'endOfSupport',
      phase: 'after18',
      body: 'departement',
      // The support for young adults ends at 21 at the latest.
      timing: { kind: 'window', from: { amount: 30, unit: 'month' }, to: { amount: 36, unit: 'month' } },
      deadline: false,
      channels: ['inPerson'],
      actions: ['planEnd', 'checkRights', 'keepContacts'],
      documents: [],
      sources: [src(CASF), src(TAQUET)],
    },
  ],
};
