// Route /parcours/:journeyId: the person's journey as a vertical timeline grouped by phase, with
// a "today" marker, the next step highlighted, dates written for people and the journey's progress.
import { useRoute } from 'preact-iso';
import { usePageTitle } from '../../app/usePageTitle';
import { nextSteps, progressOf } from '../../domain/progress';
import { useT } from '../../i18n/useT';
import { Loading } from '../journey/Loading';
import { useJourney } from '../journey/useJourney';
import { NotFound } from '../not-found/NotFound';
import { useSensitive } from '../safety/safety';
import { AnswersSummary } from './AnswersSummary';
import { JourneyHeader } from './JourneyHeader';
import { PhaseList } from './PhaseList';
import { JourneyEnd } from './JourneyEnd';
import { CalendarButton } from '../calendar/CalendarButton';
import { InstallPrompt } from '../../pwa/InstallPrompt';
import { AdviserPanel } from '../adviser/AdviserPanel';
import { Bilingual } from '../adviser/PersonColumn';
import { TimelineForPerson } from '../adviser/TimelineForPerson';
import { useAdviserSession } from '../adviser/session';

/** Timeline screen. */
export function TimelineScreen() {
  const { params } = useRoute();
  const view = useJourney(params.journeyId ?? '');
  useSensitive(Boolean(view?.moment.sensitive));
  const { t, tc } = useT();
  const session = useAdviserSession();
  usePageTitle(view ? tc(view.moment.id, 'title') : '');
  if (view === null) return <NotFound />;
  if (!view) return <Loading />;
  const { moment, journey } = view;
  const next = nextSteps(view.steps, 1)[0];
  const progress = progressOf(view.steps);
  const base = `/parcours/${journey.id}`;

  return (
    <article class="page page--wide timeline-page">
      <JourneyHeader view={view} progress={progress} />
      {next && (
        <section class="next-step" aria-labelledby="next-title">
          <h2 id="next-title">{t('timeline.next')}</h2>
          <p class="next-step__title">
            <a href={`${base}/etapes/${next.step.id}`}>{tc(moment.id, `steps.${next.step.id}.title`)}</a>
          </p>
        </section>
      )}
      <JourneyEnd view={view} />
      <p class="actions">
        <a class="button button--quiet" href={`${base}/imprimer`}>
          {t('timeline.print')}
        </a>
        <CalendarButton views={[view]} />
      </p>
      {session ? <AdviserPanel view={view} /> : <InstallPrompt />}
      <h2>{t('timeline.stepsTitle')}</h2>
      <Bilingual namespaces={['catalog', moment.id]} person={<TimelineForPerson view={view} />}>
        <PhaseList view={view} currentId={next?.step.id} />
      </Bilingual>
      <section aria-labelledby="after-title">
        <h2 id="after-title">{t('timeline.after')}</h2>
        <p>{tc(moment.id, 'next')}</p>
      </section>
      <AnswersSummary view={view} />
    </article>
  );
}
