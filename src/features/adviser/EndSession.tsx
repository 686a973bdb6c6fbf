// Route /conseiller/fin: two quick questions to the person, in their language, then everything from
// the session is erased. Only the moment, the language and the day are kept, anonymously.
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { usePageTitle } from '../../app/usePageTitle';
import { todayIn } from '../../domain/dates';
import { TextOverride } from '../../i18n/TextOverride';
import { useT } from '../../i18n/useT';
import { adviserSession, endSession, useAdviserSession } from './session';
import { Loading } from '../journey/Loading';
import { useNamespaces } from '../../i18n/useNamespaces';

type Satisfaction = 'good' | 'medium' | 'bad';

function Questions({ onDone }: { onDone: (answers?: { satisfaction: Satisfaction; simple: 'yes' | 'no' }) => void }) {
  const { t, tp } = useT();
  const [satisfaction, setSatisfaction] = useState<Satisfaction>();
  const [simple, setSimple] = useState<'yes' | 'no'>();
  const radio = (name: string, value: string, checked: boolean, set: () => void, label: string) => (
    <label class="choice" key={value}>
      <input type="radio" name={name} checked={checked} onChange={set} />
      <span>{label}</span>
    </label>
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onDone(satisfaction && simple ? { satisfaction, simple } : undefined);
      }}
    >
      <fieldset class="question">
        <legend>
          <h2>{tp('adviser.q1')}</h2>
        </legend>
        <div class="choices">
          {(['good', 'medium', 'bad'] as const).map((v) =>
            radio('satisfaction', v, satisfaction === v, () => setSatisfaction(v), tp(`adviser.satisfaction.${v}`)),
          )}
        </div>
      </fieldset>
      <fieldset class="question">
        <legend>
          <h2>{tp('adviser.q2')}</h2>
        </legend>
        <div class="choices">
          {(['yes', 'no'] as const).map((v) =>
            radio('simple', v, simple === v, () => setSimple(v), t(v === 'yes' ? 'questions.yes' : 'questions.no')),
          )}
        </div>
      </fieldset>
      <p class="actions">
        <button type="submit" class="button">
          {tp('adviser.feedbackSend')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => onDone(undefined)}>
          {tp('adviser.feedbackSkip')}
        </button>
      </p>
    </form>
  );
}

/** End of session screen. */
export function EndSession() {
  const { t, tp } = useT();
  const { route } = useLocation();
  const session = useAdviserSession();
  const ready = useNamespaces(['pages']);
  usePageTitle(ready ? tp('adviser.endTitle') : '');
  const finish = async (answers?: { satisfaction: Satisfaction; simple: 'yes' | 'no' }) => {
    const s = adviserSession();
    if (answers && s) {
      const { getJourney } = await import('../../storage/journeys');
      const first = s.journeys[0] ? await getJourney(s.journeys[0]) : undefined;
      const { addFeedback } = await import('../../storage/feedback');
      await addFeedback({
        date: todayIn(undefined),
        momentId: first?.momentId ?? 'none',
        lang: s.personLang,
        ...answers,
      });
    }
    await endSession();
    route('/conseiller?fin=1', true);
  };
  if (!ready) return <Loading />;
  if (!session) {
    return (
      <article class="page">
        <h1>{tp('adviser.endTitle')}</h1>
        <p>{tp('adviser.noSession')}</p>
        <p>
          <a class="button button--quiet" href="/conseiller">
            {t('adviser.title')}
          </a>
        </p>
      </article>
    );
  }
  return (
    <article class="page">
      <h1>{tp('adviser.endTitle')}</h1>
      <p class="lead">{tp('adviser.endIntro')}</p>
      <TextOverride lang={session.personLang} simple={session.personSimple} namespaces={['pages']}>
        <Questions onDone={(a) => void finish(a)} />
      </TextOverride>
    </article>
  );
}
