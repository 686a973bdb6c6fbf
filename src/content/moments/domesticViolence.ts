// Life moment « Je subis des violences conjugales »: safety first, then protection, then a new start.
// Texts live in `locales/<lang>/domesticViolence.json`. Facts checked on 2026-11-23 against the
// official sources listed on each step; amounts are never written. The moment is `sensitive`: the
// screens offer « Quitter rapidement » and the person chooses whether the journey is kept.
import type { Condition, Moment } from '../schema';

const checked = '2026-11-23';
const src = (url: string) => ({ url, checked });

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
/** service-public.fr « Violences conjugales »: numbers, complaint, protection order, support. */
const SP_VIOLENCE = `${SP}F12544`;
const PLATFORM = 'https://arretonslesviolences.gouv.fr';
/** Code civil, art. 515-11: the protection order and its 6-day limit for the judge. */
const PROTECTION_ORDER_LAW = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049715065';
const CAF_EMERGENCY_AID = 'https://www.caf.fr/allocataires/foire-aux-questions/vie-personnelle';
const CAF_SEPARATION =
  'https://www.caf.fr/allocataires/caf-des-yvelines/offre-de-service/vie-personnelle/l-accompagnement-en-cas-de-separation';
const IMPOTS_SEPARATION = 'https://www.impots.gouv.fr/portail/particulier/je-me-separe';

const agricultural: Condition = { answer: 'agricultural', is: true };
const notAgricultural: Condition = { not: agricultural };
const living: Condition = { answer: 'livingTogether', is: true };
/** The person has left, or wants to leave, the home shared with the violent partner. */
const leaving: Condition = {
  any: [
    { answer: 'livingTogether', is: false },
    { answer: 'wantsToLeave', is: true },
  ],
};
/** Human help first: immediate danger, no safe place to sleep, or démarches that are hard. */
const accompanied: Condition = {
  any: [
    { answer: 'immediateDanger', is: true },
    { answer: 'needsHousing', is: true },
    { answer: 'needsHelp', is: true },
  ],
};

export const domesticViolence: Moment = {
  id: 'domesticViolence',
  icon: 'shield',
  sensitive: true,
  anchors: ['departureDate'],
  attentionne: accompanied,
  related: ['separation'],
  questions: [
    { id: 'immediateDanger', kind: 'yesno' },
    { id: 'livingTogether', kind: 'yesno' },
    { id: 'wantsToLeave', kind: 'yesno', when: living },
    { id: 'departureDate', kind: 'date', optional: true, when: leaving },
    { id: 'children', kind: 'yesno' },
    { id: 'needsHousing', kind: 'yesno' },
    { id: 'agricultural', kind: 'yesno' },
    { id: 'needsHelp', kind: 'yesno' },
  ],
  phases: ['safety', 'protection', 'newStart'],
  steps: [
    // ── Being safe ─────────────────────────────────────────────────────────────────────────
    {
      id: 'emergency',
      phase: 'safety',
      body: 'police',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'immediateDanger', is: true },
      channels: ['phone'],
      actions: ['call17', 'sms114', 'goToSafePlace'],
      documents: [],
      sources: [src(SP_VIOLENCE), src(PLATFORM)],
    },
    {
      id: 'shelter',
      phase: 'safety',
      body: 'samuSocial',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'needsHousing', is: true },
      channels: ['phone'],
      actions: ['call115', 'askSpecialisedShelter', 'trustedPerson'],
      documents: [],
      sources: [src(SP_VIOLENCE)],
    },
    {
      id: 'listening',
      phase: 'safety',
      body: 'violenceLine',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['phone'],
      actions: ['call3919', 'askLocalAssociation'],
      documents: [],
      sources: [src(SP_VIOLENCE), src(PLATFORM)],
    },
    {
      id: 'policeChat',
      phase: 'safety',
      body: 'police',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['online'],
      actions: ['useSafeDevice', 'openChat', 'eraseConversation'],
      documents: [],
      sources: [src(PLATFORM)],
    },
    {
      id: 'socialWorker',
      phase: 'safety',
      body: 'departement',
      timing: { kind: 'asap' },
      deadline: false,
      when: accompanied,
      channels: ['inPerson', 'phone'],
      actions: ['findSocialWorker', 'askInterpreter', 'planTogether'],
      documents: [],
      sources: [src(SP_VIOLENCE)],
    },
    {
      id: 'prepareDeparture',
      phase: 'safety',
      body: 'violenceLine',
      timing: { kind: 'window', from: { amount: -1, unit: 'month' }, to: { amount: 0, unit: 'day' } },
      deadline: false,
      when: { all: [living, { answer: 'wantsToLeave', is: true }] },
      channels: ['phone', 'inPerson'],
      actions: ['copyPapers', 'emergencyBag', 'planWhereToGo', 'reportDeparture'],
      documents: ['idDocument', 'livretFamille', 'carteVitale', 'childHealthBook', 'rib'],
      sources: [src(SP_VIOLENCE)],
    },
    {
      id: 'stayingSafe',
      phase: 'safety',
      body: 'violenceLine',
      timing: { kind: 'asap' },
      deadline: false,
      when: { all: [living, { answer: 'wantsToLeave', is: false }] },
      channels: ['phone', 'online'],
      actions: ['keepNumbers', 'agreeSignal', 'askEviction'],
      documents: [],
      sources: [src(SP_VIOLENCE), src(PROTECTION_ORDER_LAW)],
    },
    // ── Being protected ────────────────────────────────────────────────────────────────────
    {
      id: 'medicalCertificate',
      phase: 'protection',
      body: 'healthProfessional',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['inPerson'],
      actions: ['seeDoctor', 'keepCertificate', 'keepEvidence'],
      documents: ['carteVitale'],
      sources: [src(SP_VIOLENCE)],
    },
    {
      id: 'complaint',
      phase: 'protection',
      body: 'police',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['inPerson', 'post'],
      actions: ['fileComplaint', 'askReceipt', 'mainCourante'],
      documents: ['idDocument', 'violenceMedicalCertificate'],
      sources: [src(`${SP}F1435`), src(SP_VIOLENCE)],
    },
    {
      id: 'protectionOrder',
      phase: 'protection',
      body: 'familyCourt',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['inPerson', 'post'],
      actions: ['askProtectionOrder', 'bringEvidence', 'askLegalAid', 'hideAddress'],
      documents: ['idDocument', 'violenceMedicalCertificate', 'complaintReceipt'],
      sources: [src(PROTECTION_ORDER_LAW), src(SP_VIOLENCE)],
    },
    {
      id: 'victimSupport',
      phase: 'protection',
      body: 'victimSupport',
      timing: { kind: 'asap' },
      deadline: false,
      channels: ['phone', 'inPerson'],
      actions: ['call116006', 'askLegalHelp', 'askPsychologicalHelp'],
      documents: [],
      sources: [src(SP_VIOLENCE)],
    },
    {
      id: 'childrenProtection',
      phase: 'protection',
      body: 'familyCourt',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'children', is: true },
      channels: ['inPerson', 'phone'],
      actions: ['childrenToo', 'askJudgeChildren', 'call119'],
      documents: ['livretFamille', 'childHealthBook'],
      sources: [src(PROTECTION_ORDER_LAW), src(CAF_EMERGENCY_AID)],
    },
    // ── A new start ────────────────────────────────────────────────────────────────────────
    {
      id: 'emergencyAid',
      phase: 'newStart',
      body: 'caf',
      timing: { kind: 'asap' },
      deadline: false,
      when: notAgricultural,
      channels: ['online', 'inPerson', 'phone'],
      actions: ['getProof', 'applyEmergencyAid', 'giveOwnAccount'],
      documents: ['complaintReceipt', 'protectionOrder', 'idDocument', 'rib'],
      sources: [src(CAF_EMERGENCY_AID), src(SP_VIOLENCE)],
    },
    {
      id: 'emergencyAidMsa',
      phase: 'newStart',
      body: 'msa',
      timing: { kind: 'asap' },
      deadline: false,
      when: agricultural,
      channels: ['online', 'inPerson', 'phone'],
      actions: ['getProof', 'applyEmergencyAidMsa', 'declareSituationMsa'],
      documents: ['complaintReceipt', 'protectionOrder', 'idDocument', 'rib'],
      sources: [src(SP_VIOLENCE), src('https://www.msa.fr')],
    },
    {
      id: 'cafSituation',
      phase: 'newStart',
      body: 'caf',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 1, unit: 'month' } },
      deadline: false,
      when: { all: [leaving, notAgricultural] },
      channels: ['online', 'phone', 'inPerson', 'franceServices'],
      actions: ['declareSeparation', 'changeBankDetails', 'askSocialWorkerCaf'],
      documents: ['cafNumber', 'rib'],
      sources: [src(CAF_SEPARATION)],
    },
    {
      id: 'housing',
      phase: 'newStart',
      body: 'departement',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } },
      deadline: false,
      when: { answer: 'needsHousing', is: true },
      channels: ['online', 'inPerson'],
      actions: ['applySocialHousing', 'sayPriority', 'applyHousingAidViolence'],
      documents: ['idDocument', 'complaintReceipt', 'protectionOrder'],
      sources: [
        src(`${SP}F869`),
        src('https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement'),
      ],
    },
    {
      id: 'separationSteps',
      phase: 'newStart',
      body: 'lawyer',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 6, unit: 'month' } },
      deadline: false,
      when: leaving,
      channels: ['inPerson'],
      actions: ['openSeparationJourney', 'pensionThroughCaf', 'taxAddressPrivate'],
      documents: ['livretFamille', 'protectionOrder'],
      sources: [src(`${SP}F36407`), src(IMPOTS_SEPARATION), src(`${SP}F991`)],
    },
  ],
};
