// "Documents à apporter": every document of the printed journeys once, ticked when the person has it.
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';

/** Printed list of documents. */
export function PrintDocuments({ views, owned }: { views: JourneyView[]; owned: Set<string> }) {
  const { t, tc } = useT();
  const docs = [
    ...new Set(
      views.flatMap((v) =>
        v.steps.filter((s) => s.status !== 'done' && s.status !== 'notConcerned').flatMap((s) => s.step.documents),
      ),
    ),
  ];
  return (
    <section aria-labelledby="print-docs">
      <h2 id="print-docs">{t('print.documents')}</h2>
      {docs.length === 0 ? (
        <p>{t('documents.empty')}</p>
      ) : (
        <ul class="print-docs">
          {docs.map((d) => (
            <li key={d}>
              <span aria-hidden="true">{owned.has(d) ? '☑' : '☐'} </span>
              {tc('catalog', `documents.${d}.name`)}
              {owned.has(d) && ` (${t('documents.haveShort')})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
