// Routes /parcours/:journeyId/imprimer and /imprimer (all journeys); `?documents` prints only the
// documents to bring. A4, black and white, dated, with the legal notice and a QR code to the app.
import { useLocation, useRoute } from 'preact-iso';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDate } from '../../i18n/format';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { todayIn } from '../../domain/dates';
import { useJourneyViews } from '../dashboard/useJourneyViews';
import { useOwnedDocuments } from '../documents/useOwnedDocuments';
import type { JourneyView } from '../journey/buildView';
import { Loading } from '../journey/Loading';
import { useJourney } from '../journey/useJourney';
import { NotFound } from '../not-found/NotFound';
import { useSensitive } from '../safety/safety';
import { PrintContacts } from './PrintContacts';
import { PrintDocuments } from './PrintDocuments';
import { PrintJourney } from './PrintJourney';
import { QrCode } from './QrCode';
import { findLanguage } from '../../i18n/languages';
import { TextOverride } from '../../i18n/TextOverride';
import { momentCatalog } from '../../content/catalog';
import { adviserSession } from '../adviser/session';

/**
 * Printable checklist of one journey or of all; `?lng=xx&simple=1` prints it in the person's
 * language and reading mode (adviser hand-off on paper).
 */
export function PrintScreen() {
  const { query } = useLocation();
  const lang = findLanguage(query.lng)?.code;
  if (!lang) return <PrintContent />;
  return (
    <TextOverride
      lang={lang}
      simple={query.simple === '1'}
      namespaces={['catalog', ...momentCatalog.filter((m) => m.load).map((m) => m.id)]}
    >
      <PrintContent />
    </TextOverride>
  );
}

function PrintContent() {
  const { params } = useRoute();
  const { query } = useLocation();
  // One journey or all: each hook reads only when it is the one in use.
  const one = useJourney(params.journeyId ?? '');
  const all = useJourneyViews(!params.journeyId);
  const { t, tc, lang } = useT();
  const catalogReady = useNamespaces(['catalog']);
  const { owned } = useOwnedDocuments();
  const single = Boolean(params.journeyId);
  const views: JourneyView[] | null | undefined = single
    ? one && [one]
    : all?.filter((v) => v.journey.status === 'active');
  const documentsOnly = 'documents' in query;
  useSensitive(Boolean(views?.some((v) => v.moment.sensitive)));
  const subject = single && views?.[0] ? tc(views[0].moment.id, 'title') : t('print.allJourneys');
  const title = t(documentsOnly ? 'print.documentsTitle' : 'print.title', { moment: subject });
  usePageTitle(views ? title : '');
  if (views === null) return <NotFound />;
  if (!views || !catalogReady) return <Loading />;

  return (
    <article class="page print-page">
      <header class="print-header">
        <div>
          <h1>{title}</h1>
          <p class="print-date">{t('print.printedOn', { date: formatDate(todayIn(undefined), lang) })}</p>
        </div>
        <figure class="print-qr">
          <QrCode text={location.origin} label={t('print.qrLabel')} />
          <figcaption>{t('print.qrCaption', { address: location.host })}</figcaption>
        </figure>
      </header>
      <p class="no-print actions">
        <button type="button" class="button" onClick={() => print()}>
          {t('print.button')}
        </button>
        <a class="button button--quiet" href={single ? `/parcours/${params.journeyId}` : '/'}>
          {t('step.back')}
        </a>
      </p>
      <p class="print-notice">{t('print.notice')}</p>
      {adviserSession()?.contact && (
        <p class="print-orientation">
          <strong>{t('adviser.orientation')} :</strong> {adviserSession()?.contact}
        </p>
      )}
      {views.length === 0 && <p class="empty">{t('print.empty')}</p>}
      {!documentsOnly && views.map((v) => <PrintJourney key={v.journey.id} view={v} heading={!single} />)}
      <PrintDocuments views={views} owned={owned} />
      {!documentsOnly && (
        <PrintContacts bodyIds={[...new Set(views.flatMap((v) => v.steps.map((s) => s.step.body)))]} />
      )}
    </article>
  );
}
