// Life moment « Je crée mon activité d'indépendant »: a first business, as a micro-entrepreneur or as
// another self-employed person, from the declaration to the end of the first year.
// Texts live in `locales/<lang>/selfEmployed.json`. Facts checked on 2026-11-23 against the official
// sources listed on each step; amounts are never written (they change every year). The IGAS report
// N°2024-006R is quoted for how often first declarations and payments go wrong.
import type { Moment } from '../schema';

const checked = '2026-11-23';
const src = (url: string) => ({ url, checked });

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
const ENT = 'https://entreprendre.service-public.fr/vosdroits/';

/** Not under the agricultural scheme: Urssaf, CPAM and CAF are the bodies. */
const notAgricultural = { not: { answer: 'agricultural', is: true } };

export const selfEmployed: Moment = {
  id: 'selfEmployed',
  icon: 'briefcase',
  anchors: ['startDate'],
  attentionne: {
    any: [
      { answer: 'needsHelp', is: true },
      { answer: 'under26', is: true },
    ],
  },
  related: ['jobLoss'],
  questions: [
    { id: 'startDate', kind: 'date', optional: true },
    { id: 'agricultural', kind: 'yesno' },
    { id: 'status', kind: 'choice', options: ['microEntrepreneur', 'otherSelfEmployed'], when: notAgricultural },
    { id: 'jobSeeker', kind: 'yesno' },
    { id: 'under26', kind: 'yesno' },
    { id: 'needsHelp', kind: 'yesno' },
  ],
  phases: ['beforeStart', 'firstWeeks', 'firstMonths', 'firstYear'],
  steps: [
    // ── Before the start ───────────────────────────────────────────────────────────────────
    {
      id: 'franceServicesHelp',
      phase: 'beforeStart',
      body: 'franceServices',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'needsHelp', is: true },
      channels: ['franceServices', 'inPerson'],
      actions: ['findCounter', 'gatherPapers', 'askAccounts'],
      documents: ['idDocument', 'proofOfAddress', 'carteVitale', 'rib'],
      sources: [src('https://www.service-public.fr/particuliers'), src('https://www.urssaf.fr/mespremiersmois')],
    },
    {
      id: 'jobSeekerChoice',
      phase: 'beforeStart',
      body: 'franceTravail',
      timing: { kind: 'window', to: { amount: 0, unit: 'day' } },
      deadline: false,
      when: { answer: 'jobSeeker', is: true },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['tellAdviser', 'compareOptions', 'declareEachMonth'],
      documents: ['franceTravailNotice'],
      sources: [src(`${SP}F15252`), src(`${SP}F14860`)],
    },
    {
      id: 'declareActivity',
      phase: 'beforeStart',
      body: 'guichetEntreprises',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' }, to: { amount: 0, unit: 'day' } },
      deadline: false,
      channels: ['online'],
      actions: ['chooseStatus', 'fillOnline', 'keepProof'],
      documents: ['idDocument', 'proofOfAddress'],
      sources: [src(`${ENT}F23961`), src('https://www.urssaf.fr/mespremiersmois')],
    },
    // ── The first weeks ────────────────────────────────────────────────────────────────────
    {
      id: 'acreRequest',
      phase: 'firstWeeks',
      body: 'urssaf',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          notAgricultural,
          {
            any: [
              { answer: 'jobSeeker', is: true },
              { answer: 'under26', is: true },
            ],
          },
        ],
      },
      channels: ['online', 'post'],
      actions: ['checkAcreConditions', 'sendAcreForm', 'keepAcreDecision'],
      documents: ['businessRegistrationProof', 'franceTravailNotice', 'idDocument'],
      sources: [src(`${ENT}F11677`), src('https://www.urssaf.fr/accueil/exoneration-acre-createur.html')],
    },
    {
      id: 'urssafFirstMonths',
      phase: 'firstWeeks',
      body: 'urssaf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['waitAffiliation', 'createUrssafAccount', 'subscribeNewsletter'],
      documents: ['businessRegistrationProof'],
      sources: [src('https://www.urssaf.fr/mespremiersmois')],
    },
    {
      id: 'urssafAdviser',
      phase: 'firstWeeks',
      body: 'urssaf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 2, unit: 'month' } },
      deadline: false,
      when: {
        all: [
          notAgricultural,
          {
            any: [
              { answer: 'needsHelp', is: true },
              { answer: 'under26', is: true },
            ],
          },
        ],
      },
      channels: ['phone', 'inPerson', 'online', 'franceServices'],
      actions: ['bookAppointment', 'prepareQuestions', 'keepContact'],
      documents: ['businessRegistrationProof', 'idDocument'],
      sources: [src('https://www.urssaf.fr/mespremiersmois')],
    },
    {
      id: 'taxOption',
      phase: 'firstWeeks',
      body: 'urssaf',
      // "Before the end of the 3rd month following the month of creation": 3 months after the start
      // is never later than that.
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: true,
      when: { all: [notAgricultural, { answer: 'status', is: 'microEntrepreneur' }] },
      channels: ['online'],
      actions: ['checkIncomeCondition', 'chooseOption', 'removeAdvance'],
      documents: ['taxNumber'],
      sources: [src(`${ENT}F23267`), src('https://entreprendre.service-public.fr/actualites/A16752')],
    },
    {
      id: 'healthCover',
      phase: 'firstWeeks',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkAffiliation', 'updateCarteVitale', 'openAmeli'],
      documents: ['carteVitale'],
      sources: [
        src(
          'https://www.ameli.fr/assure/droits-demarches/vie-professionnelle-retraite/emploi-independant-non-salarie/travailleur-independant/artisan-commercant',
        ),
      ],
    },
    {
      id: 'msaAffiliation',
      phase: 'firstWeeks',
      body: 'msa',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { answer: 'agricultural', is: true },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkMsaAccount', 'askStartAids', 'askRendezVous'],
      documents: ['businessRegistrationProof', 'carteVitale', 'rib'],
      sources: [src('https://www.msa.fr'), src(`${ENT}F23961`)],
    },
    // ── The first months ───────────────────────────────────────────────────────────────────
    {
      id: 'firstTurnoverDeclaration',
      phase: 'firstMonths',
      body: 'urssaf',
      // At least 90 days pass between the start and the first due date, which depends on the
      // monthly or quarterly rhythm: the exact date is in the person's Urssaf account.
      timing: { kind: 'window', from: { amount: 3, unit: 'month' }, to: { amount: 7, unit: 'month' } },
      deadline: false,
      when: { all: [notAgricultural, { answer: 'status', is: 'microEntrepreneur' }] },
      channels: ['online', 'phone'],
      actions: ['noteDueDate', 'declareTurnover', 'payContributions'],
      documents: [],
      sources: [src('https://www.urssaf.fr/mespremiersmois'), src(`${ENT}F23961`)],
    },
    {
      id: 'firstPayments',
      phase: 'firstMonths',
      body: 'urssaf',
      timing: { kind: 'window', from: { amount: 1, unit: 'month' }, to: { amount: 4, unit: 'month' } },
      deadline: false,
      when: { all: [notAgricultural, { answer: 'status', is: 'otherSelfEmployed' }] },
      channels: ['online', 'phone'],
      actions: ['readSchedule', 'setUpDirectDebit', 'estimateIncome'],
      documents: ['rib'],
      sources: [src('https://www.urssaf.fr/mespremiersmois'), src(`${ENT}F33841`)],
    },
    {
      id: 'activityBonus',
      phase: 'firstMonths',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 1, unit: 'month' }, to: { amount: 6, unit: 'month' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['simulateBonus', 'applyBonus', 'declareQuarterly'],
      documents: ['cafNumber', 'rib'],
      sources: [src(`${SP}F2882`), src('https://www.caf.fr')],
    },
    // ── The first year ─────────────────────────────────────────────────────────────────────
    {
      id: 'incomeTaxReturn',
      phase: 'firstYear',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 4, unit: 'month' }, to: { amount: 18, unit: 'month' } },
      deadline: false,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['declareProIncome', 'checkSocialPart', 'keepRecords'],
      documents: ['taxNumber'],
      sources: [src(`${ENT}F23267`), src('https://www.impots.gouv.fr/particulier')],
    },
    {
      id: 'pensionRights',
      phase: 'firstYear',
      body: 'assuranceRetraite',
      timing: { kind: 'window', from: { amount: 6, unit: 'month' }, to: { amount: 18, unit: 'month' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'phone'],
      actions: ['openRetirementAccount', 'checkCareer', 'understandQuarters'],
      documents: [],
      sources: [src(`${ENT}F23369`), src(`${ENT}F33841`), src('https://www.info-retraite.fr')],
    },
  ],
};
