// Route /parcours/:journeyId/imprimer: the person's own checklist on A4, to carry to appointments:
// steps with their dates, documents to bring, contacts, the date printed and the legal notice.
import { useRoute } from 'preact-iso';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDate } from '../../i18n/format';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { Loading } from '../journey/Loading';
import { useJourney } from '../journey/useJourney';
import { NotFound } from '../not-found/NotFound';
import { dateText } from '../timeline/dateText';
import { PrintContacts } from './PrintContacts';

/** Printable checklist. */
export function PrintScreen() {
  const { params } = useRoute();
  const view = useJourney(params.journeyId ?? '');
  const { t, tc, lang } = useT();
  const catalogReady = useNamespaces(['catalog']);
  usePageTitle(view ? t('print.title', { moment: tc(view.moment.id, 'title') }) : '');
  if (view === null) return <NotFound />;
  if (!view || !catalogReady) return <Loading />;
  const m = view.moment.id;
  const open = view.steps.filter((s) => s.status !== 'notConcerned');
  const docs = [...new Set(open.filter((s) => s.status !== 'done').flatMap((s) => s.step.documents))];

  return (
    <article class="page print-page">
      <p class="no-print actions">
        <button type="button" class="button" onClick={() => print()}>
          {t('print.button')}
        </button>
        <a class="button button--quiet" href={`/parcours/${view.journey.id}`}>
          {t('step.back')}
        </a>
      </p>
      <h1>{t('print.title', { moment: tc(m, 'title') })}</h1>
      <p class="print-date">{t('print.printedOn', { date: formatDate(view.today, lang) })}</p>
      <p class="print-notice">{t('print.notice')}</p>
      <h2>{t('print.steps')}</h2>
      <ol class="print-steps">
        {open.map((s) => (
          <li key={s.step.id}>
            <p class="print-step__title">
              <span aria-hidden="true">{s.status === 'done' ? '☑' : '☐'} </span>
              {tc(m, `steps.${s.step.id}.title`)}
              {s.status === 'done' && ` (${t('status.done')})`}
            </p>
            <p class="print-step__date">
              {dateText(s, view.today, lang, t)} — {tc('catalog', `bodies.${s.step.body}.name`)}
            </p>
            {s.status !== 'done' && (
              <ul class="print-actions">
                {s.step.actions.map((a) => (
                  <li key={a}>
                    <span aria-hidden="true">☐ </span>
                    {tc(m, `steps.${s.step.id}.actions.${a}`)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <h2>{t('print.documents')}</h2>
      <ul class="print-docs">
        {docs.map((d) => (
          <li key={d}>
            <span aria-hidden="true">☐ </span>
            {tc('catalog', `documents.${d}.name`)}
          </li>
        ))}
      </ul>
      <PrintContacts bodyIds={[...new Set(open.map((s) => s.step.body))]} />
    </article>
  );
}
