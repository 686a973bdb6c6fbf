// The shared catalogue of documents asked for along the journeys. Each document is listed once;
// its name and hint (where to get it) live under `documents.<id>.*` in `locales/<lang>/catalog.json`.
import type { DocumentEntry } from './schema';

export const documents: DocumentEntry[] = [
  { id: 'idDocument' },
  { id: 'proofOfAddress' },
  { id: 'carteVitale' },
  { id: 'rib' },
  { id: 'livretFamille' },
  { id: 'pregnancyDeclaration' },
  { id: 'deliveryCertificate' },
  { id: 'birthCertificate' },
  { id: 'recognitionCertificate' },
  { id: 'nameChoiceDeclaration' },
  { id: 'adoptionProof' },
  { id: 'childHealthBook' },
  { id: 'cafNumber' },
  { id: 'taxNumber' },
];
