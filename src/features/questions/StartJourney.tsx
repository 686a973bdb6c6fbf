// Route /commencer/:momentId: the questions of a new journey, saved only once all are answered.
import { useRoute } from 'preact-iso';
import { useMoment } from '../journey/useMoment';
import { NotFound } from '../not-found/NotFound';
import { Loading } from '../journey/Loading';
import { QuestionsScreen } from './QuestionsScreen';
import { useState } from 'preact/hooks';
import { KeepChoice } from '../safety/KeepChoice';
import { useSensitive } from '../safety/safety';
import { adviserSession, updateSession } from '../adviser/session';

/** Screen starting a journey. */
export function StartJourney() {
  const { params } = useRoute();
  const { moment, ready } = useMoment(params.momentId);
  const [keep, setKeep] = useState<boolean>();
  useSensitive(Boolean(moment?.sensitive));
  if (moment === null) return <NotFound />;
  if (!moment || !ready) return <Loading />;
  if (moment.sensitive && keep === undefined && !adviserSession()) return <KeepChoice onChoose={setKeep} />;
  return (
    <QuestionsScreen
      moment={moment}
      initial={{}}
      exit="/"
      editing={false}
      save={async (answers) => {
        // In an adviser session nothing is written to the shared computer.
        const session = adviserSession();
        const { createJourney } = await import('../../storage/journeys');
        const id = await createJourney(moment.id, answers, {
          keep: session ? false : (keep ?? true),
          signals: session?.signals,
        });
        if (session) updateSession({ journeys: [...session.journeys, id] });
        return id;
      }}
    />
  );
}
