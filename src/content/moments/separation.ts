// Life moment « Je me sépare »: divorce, end of a Pacs or of a union libre, with or without children.
// Texts live in `locales/<lang>/separation.json`. Facts checked on 2026-11-23 against the official
// sources listed on each step; amounts are never written (they change every year).
import type { Condition, Moment } from '../schema';

const checked = '2026-11-23';
const src = (url: string) => ({ url, checked });

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
const CAF_SEPARATION =
  'https://www.caf.fr/allocataires/caf-des-yvelines/offre-de-service/vie-personnelle/l-accompagnement-en-cas-de-separation';
const CAF_SOCIAL_WORK =
  'https://www.caf.fr/allocataires/caf-de-haute-loire/offre-de-service/vie-personnelle/separation/separation-familiale';
const MSA_SEPARATION = 'https://portesdebretagne.msa.fr/lfp/fr/pratique/changement-situation-maritale';
const AMELI_SEPARATION =
  'https://www.ameli.fr/assure/droits-demarches/famille/separation-couple-demarche-assurance-maladie';
const IMPOTS_SEPARATION = 'https://www.impots.gouv.fr/portail/particulier/je-me-separe';
const ARIPA = 'https://www.pension-alimentaire.caf.fr';
const ARIPA_TITLE = 'https://pension-alimentaire.caf.fr/web/guest/demander-un-titre-executoire-a-la-caf-ou-la-msa';
/** Code civil, art. 373-2-10: no family mediation ordered when violence is alleged. */
const MEDIATION_LAW = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042193469';

const agricultural: Condition = { answer: 'agricultural', is: true };
const notAgricultural: Condition = { not: agricultural };
const withChildren: Condition = { answer: 'children', is: true };
const agreed: Condition = { answer: 'agreement', is: true };
const notAgreed: Condition = { answer: 'agreement', is: false };
const violence: Condition = { answer: 'violence', is: true };
/** Human help first: démarches are hard, violence is mentioned, or a parent now raises the children alone. */
const accompanied: Condition = {
  any: [{ answer: 'needsHelp', is: true }, violence, { answer: 'childrenHome', is: 'withMe' }],
};

export const separation: Moment = {
  id: 'separation',
  icon: 'split',
  anchors: ['separationDate'],
  attentionne: accompanied,
  related: ['domesticViolence'],
  questions: [
    { id: 'unionType', kind: 'choice', options: ['married', 'pacs', 'unionLibre'] },
    { id: 'separationDate', kind: 'date', optional: true },
    { id: 'children', kind: 'yesno' },
    { id: 'childrenHome', kind: 'choice', options: ['withMe', 'alternating', 'withOther'], when: withChildren },
    { id: 'agreement', kind: 'yesno' },
    { id: 'leavesHome', kind: 'choice', options: ['iLeave', 'partnerLeaves', 'undecided'] },
    { id: 'agricultural', kind: 'yesno' },
    { id: 'violence', kind: 'yesno' },
    { id: 'needsHelp', kind: 'yesno' },
  ],
  phases: ['organise', 'declare', 'children', 'after'],
  steps: [
    // ── Organising the separation ──────────────────────────────────────────────────────────
    {
      id: 'safetyFirst',
      phase: 'organise',
      body: 'violenceLine',
      timing: { kind: 'asap' },
      deadline: false,
      when: violence,
      channels: ['phone', 'online'],
      actions: ['emergencyNumbers', 'call3919', 'openViolenceJourney'],
      documents: [],
      sources: [src(`${SP}F12544`), src('https://arretonslesviolences.gouv.fr')],
    },
    {
      id: 'franceServicesHelp',
      phase: 'organise',
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
      id: 'cafSupport',
      phase: 'organise',
      body: 'caf',
      timing: { kind: 'asap' },
      deadline: false,
      when: { all: [accompanied, notAgricultural] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['askSocialWorker', 'askInfoSession', 'explainSituation'],
      documents: ['cafNumber'],
      sources: [src(CAF_SOCIAL_WORK), src(CAF_SEPARATION)],
    },
    {
      id: 'msaSupport',
      phase: 'organise',
      body: 'msa',
      timing: { kind: 'asap' },
      deadline: false,
      when: { all: [accompanied, agricultural] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['askAppointment', 'explainSituation'],
      documents: ['idDocument'],
      sources: [src(MSA_SEPARATION), src('https://www.msa.fr')],
    },
    {
      id: 'mediation',
      phase: 'organise',
      body: 'familyMediation',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { all: [notAgreed, { not: violence }] },
      channels: ['inPerson', 'phone'],
      actions: ['findMediator', 'freeFirstMeeting', 'writeAgreement'],
      documents: [],
      sources: [src(`${SP}F34355`), src('https://www.caf.fr/partenaires/mediation-familiale'), src(MEDIATION_LAW)],
    },
    {
      id: 'divorceAgreed',
      phase: 'organise',
      body: 'lawyer',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 6, unit: 'month' } },
      deadline: false,
      when: { all: [{ answer: 'unionType', is: 'married' }, agreed] },
      channels: ['inPerson'],
      actions: ['oneLawyerEach', 'agreeOnEverything', 'reflectionPeriod', 'notaryDeposit'],
      documents: ['idDocument', 'livretFamille'],
      sources: [src(`${SP}F10567`)],
    },
    {
      id: 'divorceCourt',
      phase: 'organise',
      body: 'familyCourt',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 6, unit: 'month' } },
      deadline: false,
      when: { all: [{ answer: 'unionType', is: 'married' }, notAgreed] },
      channels: ['inPerson'],
      actions: ['chooseLawyer', 'askLegalAid', 'askTemporaryMeasures'],
      documents: ['idDocument', 'livretFamille'],
      sources: [src(`${SP}F10567`), src(`${SP}F991`)],
    },
    {
      id: 'pacsEnd',
      phase: 'organise',
      body: 'mairie',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'unionType', is: 'pacs' },
      channels: ['post', 'inPerson'],
      actions: ['jointDeclaration', 'aloneThroughBailiff', 'keepConfirmation'],
      documents: ['pacsDissolutionForm', 'idDocument'],
      sources: [src(`${SP}F1620`)],
    },
    {
      id: 'newHome',
      phase: 'organise',
      body: 'caf',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { all: [{ answer: 'leavesHome', is: 'iLeave' }, notAgricultural] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['tellLandlord', 'applyHousingAid', 'changeAddress'],
      documents: ['proofOfAddress', 'rib'],
      sources: [
        src('https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement'),
        src(CAF_SEPARATION),
      ],
    },
    {
      id: 'keepHome',
      phase: 'organise',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { all: [{ answer: 'leavesHome', is: 'partnerLeaves' }, notAgricultural] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkLease', 'updateHousingAid', 'checkInsurance'],
      documents: ['rib'],
      sources: [
        src('https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement'),
        src(CAF_SEPARATION),
      ],
    },
    {
      id: 'stillTogether',
      phase: 'organise',
      body: 'caf',
      timing: { kind: 'asap' },
      deadline: false,
      when: { all: [{ answer: 'leavesHome', is: 'undecided' }, notAgricultural] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['declareAnyway', 'sendProof'],
      documents: ['cafNumber'],
      sources: [src(CAF_SEPARATION)],
    },
    // ── Declaring the change ───────────────────────────────────────────────────────────────
    {
      id: 'cafDeclaration',
      phase: 'declare',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'phone', 'post', 'inPerson', 'franceServices'],
      actions: ['declareSeparation', 'changeBankDetails', 'checkNewRights'],
      documents: ['cafNumber', 'rib'],
      sources: [src(CAF_SEPARATION), src(CAF_SOCIAL_WORK)],
    },
    {
      id: 'msaDeclaration',
      phase: 'declare',
      body: 'msa',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: agricultural,
      channels: ['online', 'phone', 'post', 'inPerson', 'franceServices'],
      actions: ['declareSeparationMsa', 'childrenOnBothCards', 'askHousingAndFamilyAid', 'askC2sMsa'],
      documents: ['idDocument', 'rib', 'proofOfAddress'],
      sources: [src(MSA_SEPARATION), src(`${SP}F815`)],
    },
    {
      id: 'healthInsurance',
      phase: 'declare',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 2, unit: 'month' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'phone', 'post', 'inPerson', 'franceServices'],
      actions: ['updateAmeli', 'childrenOnBothCards', 'checkMutuelle'],
      documents: ['carteVitale', 'proofOfAddress', 'rib'],
      sources: [src(AMELI_SEPARATION)],
    },
    {
      id: 'c2s',
      phase: 'declare',
      body: 'cpam',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'post', 'inPerson', 'franceServices'],
      actions: ['simulateC2s', 'applyC2s'],
      documents: ['carteVitale', 'taxNotice'],
      sources: [src(`${SP}F10027`), src(AMELI_SEPARATION)],
    },
    {
      id: 'taxSituation',
      phase: 'declare',
      body: 'impots',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 60, unit: 'day' } },
      deadline: true,
      when: { answer: 'unionType', in: ['married', 'pacs'] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['declareChangeTax', 'estimateOwnIncome', 'giveOwnBankDetails', 'keepAddressPrivate'],
      documents: ['taxNumber', 'rib'],
      sources: [src(IMPOTS_SEPARATION)],
    },
    // ── The children and the pension ──────────────────────────────────────────────────────
    {
      id: 'parentalAgreement',
      phase: 'children',
      body: 'aripa',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { all: [withChildren, agreed, { answer: 'unionType', in: ['pacs', 'unionLibre'] }] },
      channels: ['online', 'post', 'inPerson', 'franceServices'],
      actions: ['estimatePension', 'fillParentalAgreement', 'askEnforceableTitle'],
      documents: ['idDocument', 'birthCertificate'],
      sources: [src(ARIPA_TITLE), src(`${SP}F991`)],
    },
    {
      id: 'familyJudge',
      phase: 'children',
      body: 'familyCourt',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { all: [withChildren, notAgreed] },
      channels: ['post', 'inPerson'],
      actions: ['askJudge', 'gatherIncomeProof', 'askLegalAid'],
      documents: ['idDocument', 'birthCertificate', 'livretFamille'],
      sources: [src(`${SP}F991`)],
    },
    {
      id: 'intermediation',
      phase: 'children',
      body: 'aripa',
      timing: { kind: 'window', from: { amount: 0, unit: 'month' }, to: { amount: 4, unit: 'month' } },
      deadline: false,
      when: withChildren,
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['checkTitle', 'askIntermediation', 'reportUnpaid'],
      documents: ['childSupportTitle', 'rib'],
      sources: [src(`${SP}F36407`), src(ARIPA)],
    },
    {
      id: 'asf',
      phase: 'children',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 2, unit: 'month' } },
      deadline: false,
      when: { all: [{ answer: 'childrenHome', is: 'withMe' }, notAgricultural] },
      channels: ['online', 'post', 'inPerson', 'franceServices'],
      actions: ['applyAsf', 'startPensionSteps', 'tellNewCouple'],
      documents: ['cafNumber', 'childSupportTitle'],
      sources: [src(`${SP}F815`), src(CAF_SEPARATION)],
    },
    {
      id: 'sharedAllowances',
      phase: 'children',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 2, unit: 'month' } },
      deadline: false,
      when: { all: [{ answer: 'childrenHome', is: 'alternating' }, notAgricultural] },
      channels: ['online', 'post', 'inPerson', 'franceServices'],
      actions: ['declareAlternating', 'chooseSharing'],
      documents: ['cafNumber'],
      sources: [
        src(
          'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-personnelle/les-allocations-familiales-af',
        ),
      ],
    },
    // ── After the separation ───────────────────────────────────────────────────────────────
    {
      id: 'taxReturn',
      phase: 'after',
      body: 'impots',
      // Spring of the year after the separation: between about 3 and 17 months after it.
      timing: { kind: 'window', from: { amount: 3, unit: 'month' }, to: { amount: 17, unit: 'month' } },
      deadline: false,
      when: { any: [{ answer: 'unionType', in: ['married', 'pacs'] }, withChildren] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['fileOwnReturn', 'declarePension', 'declareChildren'],
      documents: ['taxNumber', 'childSupportTitle'],
      sources: [src(IMPOTS_SEPARATION)],
    },
  ],
};
