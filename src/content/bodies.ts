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
];
