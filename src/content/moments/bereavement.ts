// Life moment « Je perds un proche »: from the death to the succession, for the family left behind.
// Texts live in `locales/<lang>/bereavement.json`. Facts checked on 2026-11-23 against the official
// sources listed on each step; amounts are never written (they change every year), and each right
// (capital décès, réversion, allocation veuvage, ASF) is pointed to with its conditions, never promised.
import type { Moment } from '../schema';

const checked = '2026-11-23';
const src = (url: string) => ({ url, checked });

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
const LAR_DEATH = 'https://www.lassuranceretraite.fr/portail-info/hors-menu/newsletter/demarches-deces-retraite.html';
const LAR_WIDOW =
  'https://www.lassuranceretraite.fr/portail-info/home/actif/travailleur-independant/veuvage/pension-reversion-veuvage.html';
const AMELI_DEATH = 'https://www.ameli.fr/assure/droits-demarches/fin-de-vie-deuil/deces-proche-capital-deces';
const IMPOTS_QUESTION =
  'https://www.impots.gouv.fr/particulier/questions/quelles-demarches-dois-je-accomplir-en-cas-de-deces-dun-proche';
// Code général des collectivités territoriales (funeral time limits, art. R2213-33 and R2213-35).
const CGCT = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633/';
// Code monétaire et financier (funeral costs paid from the deceased's accounts, art. L312-1-4).
const CMF = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072026/';
// Loi n° 89-462 du 6 juillet 1989 (transfer of the lease on the tenant's death, art. 14).
const LEASE_LAW = 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000509310/';

const married = { answer: 'partnerStatus', is: 'married' };
const coupleForTax = { answer: 'partnerStatus', in: ['married', 'pacs'] };

export const bereavement: Moment = {
  id: 'bereavement',
  icon: 'flower',
  anchors: ['deathDate'],
  attentionne: {
    any: [
      { answer: 'needsHelp', is: true },
      { answer: 'minorChildren', is: true },
      { answer: 'relationship', is: 'child' },
    ],
  },
  questions: [
    { id: 'deathDate', kind: 'date' },
    { id: 'relationship', kind: 'choice', options: ['partner', 'parent', 'child', 'other'] },
    {
      id: 'partnerStatus',
      kind: 'choice',
      options: ['married', 'pacs', 'cohabiting'],
      when: { answer: 'relationship', is: 'partner' },
    },
    {
      id: 'survivorUnder55',
      kind: 'yesno',
      when: { all: [{ answer: 'relationship', is: 'partner' }, married] },
    },
    { id: 'deceasedActivity', kind: 'choice', options: ['working', 'jobSeeker', 'retired', 'none'] },
    { id: 'minorChildren', kind: 'yesno' },
    { id: 'sameHome', kind: 'yesno' },
    { id: 'needsHelp', kind: 'yesno' },
  ],
  phases: ['firstDays', 'firstWeeks', 'rights', 'afterwards'],
  steps: [
    // ── The first days ─────────────────────────────────────────────────────────────────────
    {
      id: 'franceServicesHelp',
      phase: 'firstDays',
      body: 'franceServices',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'needsHelp', is: true },
      channels: ['franceServices', 'inPerson'],
      actions: ['findCounter', 'bringPapers', 'listBodiesTogether'],
      documents: ['deathRecord', 'idDocument', 'livretFamille'],
      sources: [src('https://www.service-public.fr/particuliers'), src(LAR_DEATH)],
    },
    {
      id: 'declareDeath',
      phase: 'firstDays',
      body: 'mairie',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'day' } },
      deadline: true,
      channels: ['inPerson'],
      actions: ['getCertificate', 'declareOrDelegate', 'askCopies'],
      documents: ['deathCertificate', 'idDocument', 'livretFamille'],
      sources: [src(`${SP}F909`)],
    },
    {
      id: 'funeral',
      phase: 'firstDays',
      body: 'pompesFunebres',
      timing: { kind: 'window', from: { amount: 1, unit: 'day' }, to: { amount: 14, unit: 'day' } },
      deadline: true,
      channels: ['inPerson', 'phone'],
      actions: ['checkWishes', 'compareQuotes', 'chooseCeremony'],
      documents: ['deathRecord'],
      sources: [src(CGCT), src(`${SP}F909`)],
    },
    {
      id: 'cafSocialWorker',
      phase: 'firstDays',
      body: 'caf',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        any: [
          { answer: 'minorChildren', is: true },
          { answer: 'relationship', is: 'child' },
        ],
      },
      channels: ['phone', 'online', 'inPerson', 'franceServices'],
      actions: ['askSocialWorker', 'explainLoss'],
      documents: ['cafNumber'],
      sources: [src('https://www.caf.fr')],
    },
    // ── The first weeks: informing the bodies ──────────────────────────────────────────────
    {
      id: 'listBodies',
      phase: 'firstWeeks',
      body: 'franceServices',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { not: { answer: 'needsHelp', is: true } },
      channels: ['online', 'franceServices'],
      actions: ['useGuide', 'gatherNumbers'],
      documents: ['deathRecord'],
      sources: [src(LAR_DEATH), src('https://www.service-public.fr/particuliers')],
    },
    {
      id: 'informEmployer',
      phase: 'firstWeeks',
      body: 'employer',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { answer: 'deceasedActivity', is: 'working' },
      channels: ['post', 'inPerson'],
      actions: ['tellEmployer', 'askFinalPay', 'askCompanyInsurance'],
      documents: ['deathRecord'],
      sources: [src('https://www.service-public.fr/particuliers'), src(AMELI_DEATH)],
    },
    {
      id: 'informFranceTravail',
      phase: 'firstWeeks',
      body: 'franceTravail',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { answer: 'deceasedActivity', is: 'jobSeeker' },
      channels: ['phone', 'post', 'inPerson', 'franceServices'],
      actions: ['tellFranceTravail', 'askAmountsDue'],
      documents: ['deathRecord'],
      sources: [src('https://www.francetravail.fr'), src(AMELI_DEATH)],
    },
    {
      id: 'informPension',
      phase: 'firstWeeks',
      body: 'assuranceRetraite',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { answer: 'deceasedActivity', is: 'retired' },
      channels: ['post', 'online', 'phone'],
      actions: ['writeToFund', 'tellOtherFunds', 'askSumsDue'],
      documents: ['deathRecord'],
      sources: [src(LAR_DEATH), src(LAR_WIDOW)],
    },
    {
      id: 'informHealthInsurance',
      phase: 'firstWeeks',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      channels: ['online', 'phone', 'post', 'inPerson', 'franceServices'],
      actions: ['tellHealthInsurance', 'lastReimbursements', 'tellMutuelle'],
      documents: ['deathRecord'],
      sources: [src(AMELI_DEATH)],
    },
    {
      id: 'bank',
      phase: 'firstWeeks',
      body: 'bank',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      channels: ['inPerson', 'post', 'phone'],
      actions: ['tellBank', 'payFuneralFromAccount', 'tellInsurers'],
      documents: ['deathRecord', 'funeralInvoice', 'idDocument'],
      sources: [src(CMF), src('https://www.service-public.fr/particuliers')],
    },
    {
      id: 'informCaf',
      phase: 'firstWeeks',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: {
        any: [
          { answer: 'minorChildren', is: true },
          { answer: 'sameHome', is: true },
        ],
      },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['declareChange', 'checkHousingAid'],
      documents: ['deathRecord', 'cafNumber'],
      sources: [src('https://www.caf.fr')],
    },
    {
      id: 'taxSpouse',
      phase: 'firstWeeks',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 60, unit: 'day' } },
      deadline: true,
      when: coupleForTax,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['signalDeath', 'updateIncome', 'twoReturns'],
      documents: ['taxNumber', 'rib'],
      sources: [src('https://www.impots.gouv.fr/particulier/votre-conjointe-est-decedee'), src(IMPOTS_QUESTION)],
    },
    {
      id: 'taxDeceased',
      phase: 'firstWeeks',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { not: coupleForTax },
      channels: ['online', 'post', 'inPerson', 'franceServices'],
      actions: ['updateAddress', 'declareDeceasedIncome'],
      documents: ['taxNumber'],
      sources: [src('https://www.impots.gouv.fr/particulier/un-de-vos-parents-est-decede'), src(IMPOTS_QUESTION)],
    },
    // ── What the family may claim ──────────────────────────────────────────────────────────
    {
      id: 'capitalDeces',
      phase: 'rights',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { answer: 'deceasedActivity', in: ['working', 'jobSeeker'] },
      channels: ['online', 'post', 'phone', 'franceServices'],
      actions: ['checkCapitalConditions', 'sendCapitalForm'],
      documents: ['deathRecord', 'idDocument', 'livretFamille', 'rib'],
      sources: [src(AMELI_DEATH)],
    },
    {
      id: 'reversion',
      phase: 'rights',
      body: 'infoRetraite',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 12, unit: 'month' } },
      deadline: false,
      when: married,
      channels: ['online', 'phone', 'post', 'franceServices'],
      actions: ['simulateReversion', 'applyReversion'],
      documents: ['deathRecord', 'idDocument', 'livretFamille', 'taxNotice', 'rib'],
      sources: [src('https://www.info-retraite.fr'), src(LAR_WIDOW)],
    },
    {
      id: 'widowAllowance',
      phase: 'rights',
      body: 'assuranceRetraite',
      // Two years from the first day of the month of the death: 23 months from the death date
      // always falls inside that limit.
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 23, unit: 'month' } },
      deadline: true,
      when: {
        all: [married, { answer: 'survivorUnder55', is: true }],
      },
      channels: ['online', 'post', 'phone', 'franceServices'],
      actions: ['checkWidowConditions', 'applyWidowAllowance'],
      documents: ['deathRecord', 'idDocument', 'livretFamille', 'rib'],
      sources: [src(LAR_WIDOW)],
    },
    {
      id: 'asfOrphan',
      phase: 'rights',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'minorChildren', is: true },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['applyAsf', 'sendDeathRecord'],
      documents: ['deathRecord', 'livretFamille', 'cafNumber'],
      sources: [src(`${SP}F815`), src('https://www.caf.fr')],
    },
    {
      id: 'pensionFundSupport',
      phase: 'rights',
      body: 'assuranceRetraite',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          { answer: 'relationship', is: 'partner' },
          {
            any: [
              { answer: 'needsHelp', is: true },
              { answer: 'minorChildren', is: true },
            ],
          },
        ],
      },
      channels: ['phone', 'inPerson', 'franceServices'],
      actions: ['callPensionFund', 'askAppointment'],
      documents: ['deathRecord'],
      sources: [src(LAR_WIDOW), src(LAR_DEATH)],
    },
    // ── Afterwards: housing and succession ─────────────────────────────────────────────────
    {
      id: 'leaseContinue',
      phase: 'afterwards',
      body: 'landlord',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { answer: 'sameHome', is: true },
      channels: ['post', 'inPerson'],
      actions: ['checkLease', 'writeToLandlord'],
      documents: ['leaseContract', 'deathRecord'],
      sources: [src(LEASE_LAW)],
    },
    {
      id: 'leaseEnd',
      phase: 'afterwards',
      body: 'landlord',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { not: { answer: 'sameHome', is: true } },
      channels: ['post', 'inPerson'],
      actions: ['tellLandlord', 'emptyHome', 'stopContracts'],
      documents: ['leaseContract', 'deathRecord'],
      sources: [src(LEASE_LAW)],
    },
    {
      id: 'notary',
      phase: 'afterwards',
      body: 'notaire',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      channels: ['inPerson', 'phone'],
      actions: ['chooseNotary', 'bringFamilyPapers', 'askHomeRights'],
      documents: ['deathRecord', 'livretFamille', 'idDocument'],
      sources: [src(`${SP}F14198`), src(IMPOTS_QUESTION)],
    },
    {
      id: 'successionDeclaration',
      phase: 'afterwards',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 6, unit: 'month' } },
      deadline: true,
      channels: ['inPerson', 'post'],
      actions: ['askIfNeeded', 'fileDeclaration', 'askPaymentTerms'],
      documents: ['deathRecord'],
      sources: [src(`${SP}F14198`), src(IMPOTS_QUESTION)],
    },
  ],
};
