// Route /commencer/:momentId: the questions of a new journey, saved only once all are answered.
import { useRoute } from 'preact-iso';
import { useMoment } from '../journey/useMoment';
import { NotFound } from '../not-found/NotFound';
import { Loading } from '../journey/Loading';
import { QuestionsScreen } from './QuestionsScreen';

/** Screen starting a journey. */
export function StartJourney() {
  const { params } = useRoute();
  const { moment, ready } = useMoment(params.momentId);
  if (moment === null) return <NotFound />;
  if (!moment || !ready) return <Loading />;
  return (
    <QuestionsScreen
      moment={moment}
      initial={{}}
      exit="/"
      editing={false}
      save={async (answers) => (await import('../../storage/journeys')).createJourney(moment.id, answers)}
    />
  );
}
