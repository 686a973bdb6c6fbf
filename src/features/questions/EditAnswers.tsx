// Route /parcours/:journeyId/questions/:questionId: change one answer of an existing journey.
// The answers are saved at once; ticks are stored per step, so they are kept.
import { useRoute } from 'preact-iso';
import { useJourney } from '../journey/useJourney';
import { Loading } from '../journey/Loading';
import { NotFound } from '../not-found/NotFound';
import { useSensitive } from '../safety/safety';
import { QuestionsScreen } from './QuestionsScreen';

/** Screen changing an answer. */
export function EditAnswers() {
  const { params } = useRoute();
  const journeyId = params.journeyId ?? '';
  const view = useJourney(journeyId);
  useSensitive(Boolean(view?.moment.sensitive));
  if (view === null) return <NotFound />;
  if (!view) return <Loading />;
  return (
    <QuestionsScreen
      moment={view.moment}
      initial={view.journey.answers}
      startAt={params.questionId}
      exit={`/parcours/${journeyId}`}
      editing
      save={async (answers) => {
        await (await import('../../storage/journeys')).saveAnswers(journeyId, answers);
        return journeyId;
      }}
    />
  );
}
