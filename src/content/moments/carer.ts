// Life moment « Je deviens aidant »: helping a close one who is ill, disabled or losing autonomy.
// Texts live in `locales/<lang>/carer.json`. Facts checked on 2026-11-23 against the official
// sources listed on each step; amounts and day limits that change often are never written.
import type { Condition, Moment } from '../schema';

const checked = '2026-11-23';
const src = (url: string) => ({ url, checked });

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
const PA = 'https://www.pour-les-personnes-agees.gouv.fr';
const MPH = 'https://monparcourshandicap.gouv.fr';

/** The person helped is an adult (a parent or relative of 60 or more, or an adult with a disability). */
const adultHelped: Condition = { answer: 'helped', in: ['elderly', 'adult'] };
/** The carer works (employee, or another activity that opens the daily allowances). */
const working: Condition = {
  any: [
    { answer: 'employee', is: true },
    { answer: 'otherWork', is: true },
  ],
};
const agricultural: Condition = { answer: 'agricultural', is: true };
const notAgricultural: Condition = { not: agricultural };

export const carer: Moment = {
  id: 'carer',
  icon: 'hand-heart',
  anchors: ['startDate'],
  attentionne: {
    any: [
      { answer: 'tired', is: true },
      { answer: 'needsHelp', is: true },
    ],
  },
  questions: [
    { id: 'helped', kind: 'choice', options: ['elderly', 'adult', 'child'] },
    { id: 'startDate', kind: 'date', optional: true },
    { id: 'employee', kind: 'yesno' },
    { id: 'otherWork', kind: 'yesno', when: { answer: 'employee', is: false } },
    { id: 'agricultural', kind: 'yesno' },
    { id: 'hasAid', kind: 'yesno' },
    { id: 'livingTogether', kind: 'yesno', when: adultHelped },
    { id: 'tired', kind: 'yesno' },
    { id: 'needsHelp', kind: 'yesno' },
  ],
  phases: ['start', 'personHelped', 'work', 'lasting'],
  steps: [
    // ── Taking stock ───────────────────────────────────────────────────────────────────────
    {
      id: 'recognise',
      phase: 'start',
      body: 'carerPlatform',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['phone', 'inPerson'],
      actions: ['listHelp', 'findPlatform', 'talkToFamily'],
      documents: [],
      sources: [
        src(`${PA}/solutions-pour-les-aidants`),
        src(`${MPH}/aidant/allocation-journaliere-du-proche-aidant-ajpa`),
      ],
    },
    {
      id: 'franceServicesHelp',
      phase: 'start',
      body: 'franceServices',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'needsHelp', is: true },
      channels: ['franceServices', 'inPerson'],
      actions: ['findCounter', 'gatherPapers', 'askAccounts'],
      documents: ['idDocument', 'carteVitale', 'cafNumber', 'taxNumber', 'rib'],
      sources: [src('https://www.service-public.fr/particuliers')],
    },
    {
      id: 'socialWorker',
      phase: 'start',
      body: 'ccas',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        any: [
          { answer: 'tired', is: true },
          { answer: 'needsHelp', is: true },
        ],
      },
      channels: ['inPerson', 'phone'],
      actions: ['askAppointment', 'explainSituation', 'keepContact'],
      documents: ['idDocument'],
      sources: [src(`${PA}/solutions-pour-les-aidants`), src('https://www.service-public.fr/particuliers')],
    },
    {
      id: 'actForPerson',
      phase: 'start',
      body: 'protectionJudge',
      timing: { kind: 'asap' },
      deadline: false,
      when: adultHelped,
      channels: ['inPerson', 'post'],
      actions: ['agreeTogether', 'askProcuration', 'learnProtection'],
      documents: [],
      sources: [
        src(`${PA}/preserver-son-autonomie-s-informer-et-anticiper/les-mesures-de-protection/lhabilitation-familiale`),
      ],
    },
    // ── Help for the person helped ─────────────────────────────────────────────────────────
    {
      id: 'apaRequest',
      phase: 'personHelped',
      body: 'departement',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          { answer: 'helped', is: 'elderly' },
          { answer: 'hasAid', is: false },
        ],
      },
      channels: ['online', 'post', 'inPerson'],
      actions: ['getApaForm', 'fillApaForm', 'prepareVisit'],
      documents: ['apaForm', 'idDocument', 'taxNotice', 'rib'],
      sources: [src(`${SP}F10009`), src(PA)],
    },
    {
      id: 'mdphAdult',
      phase: 'personHelped',
      body: 'mdph',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          { answer: 'helped', is: 'adult' },
          { answer: 'hasAid', is: false },
        ],
      },
      channels: ['online', 'post', 'inPerson'],
      actions: ['getMdphForm', 'bookDoctor', 'fillCarerPart', 'sendMdph'],
      documents: ['mdphForm', 'mdphMedicalCertificate', 'idDocument', 'proofOfAddress'],
      sources: [src(`${SP}F14202`), src(MPH), src('https://www.mdph.fr')],
    },
    {
      id: 'mdphChild',
      phase: 'personHelped',
      body: 'mdph',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          { answer: 'helped', is: 'child' },
          { answer: 'hasAid', is: false },
        ],
      },
      channels: ['online', 'post', 'inPerson'],
      actions: ['getMdphForm', 'bookDoctor', 'fillCarerPart', 'sendMdph'],
      documents: ['mdphForm', 'mdphMedicalCertificate', 'idDocument', 'proofOfAddress'],
      sources: [src(`${SP}F14809`), src(MPH), src('https://www.mdph.fr')],
    },
    {
      id: 'apaReview',
      phase: 'personHelped',
      body: 'departement',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          { answer: 'helped', is: 'elderly' },
          { answer: 'hasAid', is: true },
        ],
      },
      channels: ['phone', 'post', 'inPerson'],
      actions: ['reviewPlan', 'askRespiteBoost', 'reportChange'],
      documents: ['aidDecision'],
      sources: [
        src(`${SP}F10009`),
        src(`${PA}/solutions-pour-les-aidants/soutien-financier/l-aide-au-repit-dans-le-cadre-de-l-apa`),
      ],
    },
    {
      id: 'mdphReview',
      phase: 'personHelped',
      body: 'mdph',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          { answer: 'helped', in: ['adult', 'child'] },
          { answer: 'hasAid', is: true },
        ],
      },
      channels: ['online', 'post', 'inPerson'],
      actions: ['checkEndDate', 'reportChange', 'askCarerNeeds'],
      documents: ['aidDecision', 'mdphForm', 'mdphMedicalCertificate'],
      sources: [src(`${SP}F14202`), src(MPH)],
    },
    {
      id: 'homeSupport',
      phase: 'personHelped',
      body: 'ccas',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' } },
      deadline: false,
      when: { all: [adultHelped, { answer: 'livingTogether', is: false }] },
      channels: ['inPerson', 'phone'],
      actions: ['askHomeServices', 'askAlarm', 'planVisits'],
      documents: [],
      sources: [src(PA), src(`${SP}F10009`)],
    },
    {
      id: 'taxesHosting',
      phase: 'personHelped',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' } },
      deadline: false,
      when: { all: [adultHelped, { answer: 'livingTogether', is: true }] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkTaxRules', 'declareNextReturn'],
      documents: ['taxNumber'],
      sources: [src(`${SP}F5`), src('https://www.impots.gouv.fr/particulier')],
    },
    // ── Work and income ────────────────────────────────────────────────────────────────────
    {
      id: 'carerLeave',
      phase: 'work',
      body: 'employer',
      // At least one month's notice before the leave starts (unless a collective agreement
      // says otherwise, or in an emergency certified by a doctor).
      timing: { kind: 'window', to: { amount: -1, unit: 'month' } },
      deadline: true,
      when: { all: [adultHelped, { answer: 'employee', is: true }] },
      channels: ['inPerson', 'post'],
      actions: ['checkAgreement', 'writeEmployer', 'attachProofs', 'planRenewal'],
      documents: ['carerStatement', 'aidDecision'],
      sources: [src(`${SP}F16920`), src(`${MPH}/aidant/allocation-journaliere-du-proche-aidant-ajpa`)],
    },
    {
      id: 'ajpa',
      phase: 'work',
      body: 'caf',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' } },
      deadline: false,
      when: { all: [adultHelped, working, notAgricultural] },
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['applyAjpa', 'declareDays', 'checkLimits'],
      documents: ['aidDecision', 'carerStatement', 'rib'],
      sources: [src(`${MPH}/aidant/allocation-journaliere-du-proche-aidant-ajpa`), src('https://www.caf.fr')],
    },
    {
      id: 'ajpaMsa',
      phase: 'work',
      body: 'msa',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' } },
      deadline: false,
      when: { all: [adultHelped, working, agricultural] },
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['applyAjpa', 'declareDays', 'checkLimits'],
      documents: ['aidDecision', 'carerStatement', 'rib'],
      sources: [src(`${MPH}/aidant/allocation-journaliere-du-proche-aidant-ajpa`), src('https://www.msa.fr')],
    },
    {
      id: 'parentalLeave',
      phase: 'work',
      body: 'employer',
      // At least 15 days' notice before the congé de présence parentale starts.
      timing: { kind: 'window', to: { amount: -15, unit: 'day' } },
      deadline: true,
      when: {
        all: [
          { answer: 'helped', is: 'child' },
          { answer: 'employee', is: true },
        ],
      },
      channels: ['inPerson', 'post'],
      actions: ['askDoctorCertificate', 'writeEmployer', 'warnEachDay'],
      documents: ['childMedicalCertificate'],
      sources: [src(`${SP}F15132`)],
    },
    {
      id: 'ajpp',
      phase: 'work',
      body: 'caf',
      timing: { kind: 'window', from: { amount: -15, unit: 'day' } },
      deadline: false,
      when: { all: [{ answer: 'helped', is: 'child' }, working, notAgricultural] },
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['askDoctorCertificate', 'applyAjpp', 'declareDays'],
      documents: ['childMedicalCertificate', 'rib'],
      sources: [src(`${SP}F15132`), src('https://www.caf.fr')],
    },
    {
      id: 'ajppMsa',
      phase: 'work',
      body: 'msa',
      timing: { kind: 'window', from: { amount: -15, unit: 'day' } },
      deadline: false,
      when: { all: [{ answer: 'helped', is: 'child' }, working, agricultural] },
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['askDoctorCertificate', 'applyAjpp', 'declareDays'],
      documents: ['childMedicalCertificate', 'rib'],
      sources: [src(`${SP}F15132`), src('https://www.msa.fr')],
    },
    // ── Lasting over time ──────────────────────────────────────────────────────────────────
    {
      id: 'respite',
      phase: 'lasting',
      body: 'carerPlatform',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' } },
      deadline: false,
      channels: ['phone', 'inPerson'],
      actions: ['findPlatform', 'askDayCare', 'askShortStay', 'planBreak'],
      documents: [],
      sources: [
        src(`${PA}/solutions-pour-les-aidants`),
        src(`${PA}/solutions-pour-les-aidants/soutien-financier/l-aide-au-repit-dans-le-cadre-de-l-apa`),
        src(MPH),
      ],
    },
    {
      id: 'carerHealth',
      phase: 'lasting',
      body: 'healthProfessional',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'tired', is: true },
      channels: ['inPerson'],
      actions: ['bookDoctor', 'sayCarer', 'askSupportGroup'],
      documents: ['carteVitale'],
      sources: [src(`${PA}/solutions-pour-les-aidants`), src('https://www.ameli.fr')],
    },
    {
      id: 'oldAgeInsurance',
      phase: 'lasting',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkAutomatic', 'applyAva', 'checkCareer'],
      documents: ['aidDecision', 'cafNumber'],
      sources: [
        src(`${MPH}/aides/affiliation-des-aidants-lassurance-vieillesse-du-parent-au-foyer-avpf`),
        src('https://www.caf.fr'),
      ],
    },
    {
      id: 'oldAgeInsuranceMsa',
      phase: 'lasting',
      body: 'msa',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' } },
      deadline: false,
      when: agricultural,
      channels: ['online', 'post', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkAutomatic', 'applyAva', 'checkCareer'],
      documents: ['aidDecision'],
      sources: [
        src(`${MPH}/aides/affiliation-des-aidants-lassurance-vieillesse-du-parent-au-foyer-avpf`),
        src('https://www.msa.fr'),
      ],
    },
  ],
};
