// One journey on the dashboard: progress, next step, and pause / finish / delete (with undo).
import { useState } from 'preact/hooks';
import { nextSteps, progressOf } from '../../domain/progress';
import { useT } from '../../i18n/useT';
import { showToast } from '../../shell/Toast';
import type { Journey } from '../../storage/records';
import type { JourneyView } from '../journey/buildView';

const storage = () => import('../../storage/journeys');

/** Dashboard card of a journey. */
export function JourneyCard({ view }: { view: JourneyView }) {
  const { t, tc } = useT();
  const [confirming, setConfirming] = useState(false);
  const { journey, moment } = view;
  const progress = progressOf(view.steps);
  const next = nextSteps(view.steps, 1)[0];
  const titleId = `journey-${journey.id}`;
  const setStatus = async (status: Journey['status']) => (await storage()).setStatus(journey.id, status);
  const remove = async () => {
    const { deleteJourney, restoreJourney } = await storage();
    const deleted = await deleteJourney(journey.id);
    if (deleted) showToast(t('dashboard.deleted'), { label: t('dashboard.undo'), run: () => restoreJourney(deleted) });
  };

  return (
    <li class={`card journey-card journey-card--${journey.status}`} aria-labelledby={titleId}>
      <h3 id={titleId} class="card__title">
        <a href={`/parcours/${journey.id}`}>{tc(moment.id, 'title')}</a>
      </h3>
      {journey.status !== 'active' && <p class="tag">{t(`dashboard.status.${journey.status}`)}</p>}
      <p class="progress-text">{t('timeline.progress', { count: progress.finished, total: progress.total })}</p>
      <progress max={progress.total} value={progress.finished} aria-hidden="true" />
      {next && journey.status === 'active' && (
        <p>
          {t('timeline.next')} :{' '}
          <a href={`/parcours/${journey.id}/etapes/${next.step.id}`}>{tc(moment.id, `steps.${next.step.id}.title`)}</a>
        </p>
      )}
      <div class="card__actions">
        {journey.status === 'active' ? (
          <button type="button" class="button button--quiet" onClick={() => setStatus('paused')}>
            {t('dashboard.pause')}
          </button>
        ) : (
          <button type="button" class="button button--quiet" onClick={() => setStatus('active')}>
            {t('dashboard.resume')}
          </button>
        )}
        {journey.status !== 'done' && (
          <button type="button" class="button button--quiet" onClick={() => setStatus('done')}>
            {t('dashboard.finish')}
          </button>
        )}
        {!confirming ? (
          <button type="button" class="button button--quiet" onClick={() => setConfirming(true)}>
            {t('dashboard.delete')}
          </button>
        ) : (
          <span class="confirm-inline" role="group" aria-label={t('dashboard.deleteConfirm')}>
            <span>{t('dashboard.deleteConfirm')}</span>
            <button type="button" class="button button--danger" onClick={remove}>
              {t('dashboard.deleteYes')}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
              {t('privacy.eraseNo')}
            </button>
          </span>
        )}
      </div>
    </li>
  );
}
