// Route /documents: « Mes documents », every document the person's journeys need, listed once,
// with the steps that need it; ticking "Je l'ai" here ticks it in every journey.
import { useEffect, useState } from 'preact/hooks';
import { usePageTitle } from '../../app/usePageTitle';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { i18n } from '../../i18n/i18n';
import { useJourneyViews } from '../dashboard/useJourneyViews';
import { Loading } from '../journey/Loading';
import { useOwnedDocuments } from './useOwnedDocuments';

interface Need {
  journeyId: string;
  momentId: string;
  stepId: string;
}

/** Documents screen. */
export function DocumentsScreen() {
  const { t, tc } = useT();
  usePageTitle(t('documents.title'));
  const views = useJourneyViews();
  const ready = useNamespaces(['catalog']);
  const { owned, setOwned } = useOwnedDocuments();
  // Shown at once, even if a re-render comes before the write is confirmed (see Checklist).
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const ownedKey = [...owned].sort().join('|');
  useEffect(() => setPending({}), [ownedKey]);
  if (!views || !ready) return <Loading />;
  const needs = new Map<string, Need[]>();
  for (const v of views.filter((x) => x.journey.status !== 'done'))
    for (const s of v.steps.filter((x) => x.status !== 'notConcerned'))
      for (const d of s.step.documents)
        needs.set(d, [...(needs.get(d) ?? []), { journeyId: v.journey.id, momentId: v.moment.id, stepId: s.step.id }]);
  const ids = [...needs.keys()];

  return (
    <article class="page page--wide">
      <h1>{t('documents.title')}</h1>
      <p class="lead">{t('documents.intro')}</p>
      {ids.length === 0 ? (
        <p class="empty">{t('documents.empty')}</p>
      ) : (
        <>
          <p class="progress-text">
            {t('documents.count', {
              count: ids.filter((d) => owned.has(d)).length,
              have: ids.filter((d) => owned.has(d)).length,
              total: ids.length,
            })}
          </p>
          <ul class="doc-list">
            {ids.map((d) => (
              <li key={d} class="doc">
                <div class="check">
                  <input
                    type="checkbox"
                    id={`own-${d}`}
                    checked={pending[d] ?? owned.has(d)}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      setPending((p) => ({ ...p, [d]: on }));
                      void setOwned(d, on);
                    }}
                  />
                  <label for={`own-${d}`}>
                    <strong>{tc('catalog', `documents.${d}.name`)}</strong> — {t('documents.have')}
                  </label>
                </div>
                {i18n.exists(`documents.${d}.hint`, { ns: 'catalog' }) && (
                  <p class="hint">{tc('catalog', `documents.${d}.hint`)}</p>
                )}
                <p class="muted">{t('documents.neededFor')}</p>
                <ul class="doc__steps">
                  {needs.get(d)!.map((n) => (
                    <li key={`${n.journeyId}-${n.stepId}`}>
                      <a href={`/parcours/${n.journeyId}/etapes/${n.stepId}`}>
                        {tc(n.momentId, `steps.${n.stepId}.title`)}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <p class="actions">
            <a class="button button--quiet" href="/imprimer?documents">
              {t('documents.print')}
            </a>
          </p>
        </>
      )}
    </article>
  );
}
