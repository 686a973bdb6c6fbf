// Route /parcours/:journeyId/etapes/:stepId: what, why, who and how for one step, its deadline,
// the checklist to tick, and the official sources.
import { useRoute } from 'preact-iso';
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';
import { Loading } from '../journey/Loading';
import { useJourney } from '../journey/useJourney';
import { NotFound } from '../not-found/NotFound';
import { useSensitive } from '../safety/safety';
import { dateText } from '../timeline/dateText';
import { StatusBadge } from '../timeline/StatusBadge';
import { BodyContact } from './BodyContact';
import { Checklist } from './Checklist';
import { Deadline } from './Deadline';
import { HowToDo } from './HowToDo';
import { Sources } from './Sources';
import { StepActions } from './StepActions';
import { StepNote } from './StepNote';
import { Bilingual } from '../adviser/PersonColumn';
import { StepForPerson } from '../adviser/StepForPerson';
import { Glossed } from '../glossary/Glossed';
import { ReadAloud } from '../readaloud/ReadAloud';

/** Step screen. */
export function StepScreen() {
  const { params } = useRoute();
  const view = useJourney(params.journeyId ?? '');
  useSensitive(Boolean(view?.moment.sensitive));
  const { t, tc, lang } = useT();
  const scheduled = view?.steps.find((s) => s.step.id === params.stepId);
  const m = view?.moment.id ?? '';
  const key = `steps.${params.stepId}`;
  usePageTitle(scheduled ? tc(m, `${key}.title`) : '');
  if (view === null || (view && !scheduled)) return <NotFound />;
  if (!view || !scheduled) return <Loading />;
  const { step } = scheduled;
  const progress = view.progress[step.id];

  return (
    <article class="page step-page">
      <p>
        <a href={`/parcours/${view.journey.id}`} class="back-link">
          {t('step.back')}
        </a>
      </p>
      <p class="eyebrow">{tc(m, `phases.${step.phase}.title`)}</p>
      <h1>{tc(m, `${key}.title`)}</h1>
      <p class="step-page__meta">
        <StatusBadge status={scheduled.status} /> <span>{dateText(scheduled, view.today, lang, t)}</span>
      </p>
      <ReadAloud
        texts={[
          tc(m, `${key}.title`),
          tc(m, `${key}.what`),
          tc(m, `${key}.why`),
          tc(m, view.accompanied ? `${key}.accompanied` : `${key}.online`),
        ]}
      />
      <Bilingual namespaces={['catalog', m]} person={<StepForPerson momentId={m} step={step} />}>
        <h2>{t('step.what')}</h2>
        <p>
          <Glossed text={tc(m, `${key}.what`)} />
        </p>
        <h2>{t('step.why')}</h2>
        <p>
          <Glossed text={tc(m, `${key}.why`)} />
        </p>
      </Bilingual>
      {step.deadline && <Deadline momentId={m} scheduled={scheduled} today={view.today} />}
      <Checklist view={view} step={step} ticks={progress?.ticks ?? []} />
      <HowToDo momentId={m} step={step} accompanied={view.accompanied} />
      <BodyContact bodyId={step.body} />
      <StepNote journeyId={view.journey.id} stepId={step.id} note={progress?.note} />
      <StepActions journeyId={view.journey.id} stepId={step.id} status={scheduled.status} />
      <Sources sources={step.sources} />
    </article>
  );
}
