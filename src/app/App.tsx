// The application shell: settings context, header, routed main content, footer and banners.
import { ErrorBoundary, LocationProvider, Router, lazy } from 'preact-iso';
import { Footer } from '../shell/Footer';
import { Header } from '../shell/Header';
import { PwaBanners } from '../pwa/PwaBanners';
import { StorageNotice } from '../shell/StorageNotice';
import { Home } from '../features/home/Home';
import { SettingsContext } from './settings-context';
import { useSettingsState } from './useSettingsState';
import { RouteFocus } from './RouteFocus';
import { Announcer } from '../shell/Announcer';
import { QuickExit } from '../features/safety/QuickExit';
import { AdviserBanner } from '../features/adviser/AdviserBanner';

const PrivacyPage = lazy(() => import('../features/privacy/PrivacyPage').then((m) => m.PrivacyPage));
const AccessibilityPage = lazy(() =>
  import('../features/accessibility/AccessibilityPage').then((m) => m.AccessibilityPage),
);
const NotFound = lazy(() => import('../features/not-found/NotFound').then((m) => m.NotFound));
const StartJourney = lazy(() => import('../features/questions/StartJourney').then((m) => m.StartJourney));
const EditAnswers = lazy(() => import('../features/questions/EditAnswers').then((m) => m.EditAnswers));
const TimelineScreen = lazy(() => import('../features/timeline/TimelineScreen').then((m) => m.TimelineScreen));
const StepScreen = lazy(() => import('../features/step/StepScreen').then((m) => m.StepScreen));
const DocumentsScreen = lazy(() => import('../features/documents/DocumentsScreen').then((m) => m.DocumentsScreen));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen));
const AdviserHome = lazy(() => import('../features/adviser/AdviserHome').then((m) => m.AdviserHome));
const EndSession = lazy(() => import('../features/adviser/EndSession').then((m) => m.EndSession));
const ImportScreen = lazy(() => import('../features/import/ImportScreen').then((m) => m.ImportScreen));
const GlossaryScreen = lazy(() => import('../features/glossary/GlossaryScreen').then((m) => m.GlossaryScreen));
const PrintScreen = lazy(() => import('../features/print/PrintScreen').then((m) => m.PrintScreen));

/** Paths of the screens, in one place for links and tests. */
export const paths = {
  home: '/',
  privacy: '/donnees-personnelles',
  accessibility: '/accessibilite',
} as const;

/** The whole app, as rendered in the browser and prerendered at build time. */
export function App() {
  const settings = useSettingsState();
  return (
    <SettingsContext.Provider value={settings}>
      <LocationProvider>
        <QuickExit />
        <Header />
        <AdviserBanner />
        <PwaBanners />
        <StorageNotice />
        <main id="main" class="main" tabIndex={-1}>
          <RouteFocus />
          <ErrorBoundary>
            <Router>
              <Home path={paths.home} />
              <PrivacyPage path={paths.privacy} />
              <AccessibilityPage path={paths.accessibility} />
              <StartJourney path="/commencer/:momentId" />
              <TimelineScreen path="/parcours/:journeyId" />
              <EditAnswers path="/parcours/:journeyId/questions/:questionId?" />
              <StepScreen path="/parcours/:journeyId/etapes/:stepId" />
              <PrintScreen path="/parcours/:journeyId/imprimer" />
              <PrintScreen path="/imprimer" />
              <DocumentsScreen path="/documents" />
              <SettingsScreen path="/reglages" />
              <AdviserHome path="/conseiller" />
              <EndSession path="/conseiller/fin" />
              <ImportScreen path="/importer" />
              <GlossaryScreen path="/glossaire" />
              <NotFound default />
            </Router>
          </ErrorBoundary>
        </main>
        <Footer />
        <Announcer />
      </LocationProvider>
    </SettingsContext.Provider>
  );
}
