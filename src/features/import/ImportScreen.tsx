// Route /importer#j=…: a journey handed over by QR code. The payload stays in the fragment (never
// sent to a server); it is checked, shown, and imported only if the person agrees. Works offline
// once Jalons is installed, since the service worker serves this screen.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { loadMoment } from '../../content/catalog';
import type { Moment } from '../../content/schema';
import { decodeHandoff, type Handoff, type HandoffError } from '../../domain/handoff';
import { usePageTitle } from '../../app/usePageTitle';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT, type PagesKey } from '../../i18n/useT';
import { Loading } from '../journey/Loading';
import { ImportPreview } from './ImportPreview';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; error: HandoffError | 'unknownMoment' }
  | { kind: 'ready'; handoff: Handoff; moment: Moment };

// The payload is read once, then removed from the address so it does not stay in the history.
function takeFragment(): string {
  const text = new URLSearchParams(location.hash.slice(1)).get('j') ?? '';
  history.replaceState(history.state, '', location.pathname);
  return text;
}

/** Import screen. */
export function ImportScreen() {
  const { t, tp } = useT();
  const { route } = useLocation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const momentReady = useNamespaces(
    state.kind === 'ready' ? ['catalog', 'pages', state.moment.id] : ['catalog', 'pages'],
  );
  usePageTitle(momentReady ? tp('import.title') : '');

  useEffect(() => {
    void (async () => {
      const result = await decodeHandoff(takeFragment());
      if (!result.ok) return setState({ kind: 'error', error: result.error });
      const moment = await loadMoment(result.handoff.m);
      if (!moment) return setState({ kind: 'error', error: 'unknownMoment' });
      setState({ kind: 'ready', handoff: result.handoff, moment });
    })();
  }, []);

  if (state.kind === 'loading' || !momentReady) return <Loading />;
  if (state.kind === 'error') {
    return (
      <article class="page">
        <h1>{tp('import.title')}</h1>
        <p class="error" role="alert">
          {tp(`import.errors.${state.error}` as PagesKey)}
        </p>
        <p>{tp('import.nothingChanged')}</p>
        <p>
          <a class="button button--quiet" href="/">
            {t('notFound.home')}
          </a>
        </p>
      </article>
    );
  }
  const importIt = async () => {
    const { handoff } = state;
    const { importJourney } = await import('../../storage/journeys');
    const id = await importJourney({
      momentId: handoff.m,
      answers: handoff.a,
      ticks: handoff.t ?? {},
      done: handoff.d ?? [],
      notes: handoff.n ?? {},
      signals: handoff.s ?? [],
    });
    route(`/parcours/${id}`, true);
  };
  return (
    <ImportPreview
      handoff={state.handoff}
      moment={state.moment}
      onImport={() => void importIt()}
      onCancel={() => route('/', true)}
    />
  );
}
