// One list of every screen, for the accessibility tests: new screens added here are covered by
// axe, the 320 px, zoom, text-spacing and touch-target checks automatically.
import type { Page } from '@playwright/test';
import { startChildJourney } from './flows';

/** A screen: its address, given the journey the test created. */
export interface Screen {
  name: string;
  path: (journey: string) => string;
}

/** Every screen of the app. */
export const screens: Screen[] = [
  { name: 'home', path: () => '/' },
  { name: 'questions', path: () => '/commencer/child' },
  { name: 'timeline', path: (j) => j },
  { name: 'step', path: (j) => `${j}/etapes/birthDeclaration` },
  { name: 'change answer', path: (j) => `${j}/questions/married` },
  { name: 'print', path: (j) => `${j}/imprimer` },
  { name: 'print all', path: () => '/imprimer' },
  { name: 'documents', path: () => '/documents' },
  { name: 'glossary', path: () => '/glossaire' },
  { name: 'settings', path: () => '/reglages' },
  { name: 'privacy', path: () => '/donnees-personnelles' },
  { name: 'accessibility', path: () => '/accessibilite' },
  { name: 'adviser', path: () => '/conseiller' },
  { name: 'import (bad code)', path: () => '/importer#j=x' },
  { name: 'violence: keep choice', path: () => '/commencer/domesticViolence' },
  { name: 'not found', path: () => '/nulle-part' },
];

/** Creates the journey the journey screens need (in French), and returns its address. */
export async function prepareJourney(page: Page): Promise<string> {
  return startChildJourney(page);
}
