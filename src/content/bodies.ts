// The shared directory of public bodies met along the journeys. Texts live under `bodies.<id>.*`
// in `locales/<lang>/catalog.json`. A phone number is given only when it is a single national
// number we are sure of; `franceServices` is true when France Services counters help with the
// body's démarches.
import type { Body } from './schema';

export const bodies: Body[] = [
  { id: 'caf', website: 'https://www.caf.fr', phone: '3230', franceServices: true },
  { id: 'cpam', website: 'https://www.ameli.fr', phone: '3646', franceServices: true },
  // MSA phone numbers vary by region: none given here.
  { id: 'msa', website: 'https://www.msa.fr', franceServices: true },
  // No single website for town halls: the official directory finds yours.
  { id: 'mairie', website: 'https://lannuaire.service-public.fr', franceServices: false },
  { id: 'impots', website: 'https://www.impots.gouv.fr', phone: '0 809 401 401', franceServices: true },
  { id: 'franceTravail', website: 'https://www.francetravail.fr', franceServices: true },
  { id: 'urssaf', website: 'https://www.urssaf.fr', franceServices: true },
  // Protection maternelle et infantile: run by each département, no national website.
  { id: 'pmi', franceServices: false },
  // France Services has no single phone number; it is itself the counter, so `franceServices` is false.
  { id: 'franceServices', website: 'https://www.france-services.gouv.fr', franceServices: false },
  { id: 'employer', franceServices: false },
  { id: 'healthProfessional', franceServices: false },
  // The INPI-run single online desk for business formalities (creation, changes, closure).
  { id: 'guichetEntreprises', website: 'https://formalites.entreprises.gouv.fr', franceServices: false },
  { id: 'assuranceRetraite', website: 'https://www.lassuranceretraite.fr', phone: '3960', franceServices: true },
  // Missions locales (16-25 year-olds): local structures, no single national website or number.
  { id: 'missionLocale', franceServices: false },
  // Conseil départemental: each département has its own services (autonomy/APA, social services…), no national website.
  { id: 'departement', franceServices: false },
  // Maisons départementales des personnes handicapées: one per département; mdph.fr is their national portal.
  { id: 'mdph', website: 'https://www.mdph.fr', franceServices: false },
  // Centres communaux d'action sociale: run by each town (not every small town has one), no national website.
  { id: 'ccas', franceServices: false },
  // Plateformes d'accompagnement et de répit for carers: local; the national portal lists them.
  { id: 'carerPlatform', website: 'https://www.pour-les-personnes-agees.gouv.fr', franceServices: false },
  // Juge des contentieux de la protection (tribunal judiciaire): habilitation familiale, tutelle, curatelle.
  { id: 'protectionJudge', website: 'https://www.justice.fr', franceServices: false },
  // Police or gendarmerie: 17 (or 112) in an emergency; arretonslesviolences.gouv.fr for a written chat.
  { id: 'police', phone: '17', franceServices: false },
  // 3919 Violences Femmes Info: national listening line, free and anonymous; the government site presents it.
  { id: 'violenceLine', website: 'https://arretonslesviolences.gouv.fr', phone: '3919', franceServices: false },
  // 115 (Samu social): emergency shelter, one national number answered in each département.
  { id: 'samuSocial', phone: '115', franceServices: false },
  // 116 006 (France Victimes): national helpline for all victims, linked to local victim support associations.
  { id: 'victimSupport', phone: '116 006', franceServices: false },
  // Juge aux affaires familiales (tribunal judiciaire): divorce, children, child maintenance, protection orders.
  { id: 'familyCourt', website: 'https://www.justice.fr', franceServices: false },
  { id: 'lawyer', franceServices: false },
  // Family mediation services (many funded by the CAF): local, no national website.
  { id: 'familyMediation', franceServices: false },
  // Aripa: the child maintenance service of the CAF and the MSA (intermediation, recovery, enforceable titles).
  { id: 'aripa', website: 'https://www.pension-alimentaire.caf.fr', franceServices: true },
  // Préfecture: most residence-permit applications go through the ANEF online service (interieur.gouv.fr).
  { id: 'prefecture', website: 'https://administration-etrangers-en-france.interieur.gouv.fr', franceServices: false },
  // Office français de l'immigration et de l'intégration: integration contract, French classes, AGIR referral.
  { id: 'ofii', website: 'https://www.ofii.fr', franceServices: false },
  // CROUS: student grants and housing through the dossier social étudiant (etudiant.gouv.fr).
  { id: 'crous', website: 'https://www.etudiant.gouv.fr', franceServices: false },
  // Any bank; the Banque de France appoints one when an account is refused (droit au compte).
  { id: 'bank', franceServices: false },
  // Agence nationale des titres sécurisés: driving licences, ID pre-applications (online).
  { id: 'ants', website: 'https://ants.gouv.fr', franceServices: true },
  // GIP Union Retraite: the inter-scheme retirement portal (single online application); no counter.
  { id: 'infoRetraite', website: 'https://www.info-retraite.fr', franceServices: true },
  // Complementary pension of private-sector employees; phone numbers not given here.
  { id: 'agircArrco', website: 'https://www.agirc-arrco.fr', franceServices: false },
  // Any funeral company chosen by the family: no single website or number.
  { id: 'pompesFunebres', franceServices: false },
  { id: 'notaire', franceServices: false },
  // The landlord: private owner, letting agency or social landlord.
  { id: 'landlord', franceServices: false },
];
