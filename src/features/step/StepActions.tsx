// Marking a step done, or as not concerning the person; both can be undone.
import type { StepStatus } from '../../domain/schedule';
import { useT } from '../../i18n/useT';
import { announce } from '../../shell/Announcer';

interface Props {
  journeyId: string;
  stepId: string;
  status: StepStatus;
}

/** The two buttons that close a step. */
export function StepActions({ journeyId, stepId, status }: Props) {
  const { t } = useT();
  const storage = () => import('../../storage/journeys');
  const done = status === 'done';
  const notConcerned = status === 'notConcerned';
  return (
    <section class="step-actions" aria-label={t('step.closeTitle')}>
      <button
        type="button"
        class="button"
        onClick={async () => {
          await (await storage()).setDone(journeyId, stepId, !done);
          announce(t(done ? 'step.reopened' : 'step.doneAnnounce'));
        }}
      >
        {done ? t('step.markUndone') : t('step.markDone')}
      </button>
      <button
        type="button"
        class="button button--quiet"
        onClick={async () => {
          await (await storage()).setNotConcerned(journeyId, stepId, !notConcerned);
          announce(t(notConcerned ? 'step.reopened' : 'step.notConcernedAnnounce'));
        }}
      >
        {notConcerned ? t('step.concernedAgain') : t('step.notConcerned')}
      </button>
    </section>
  );
}
