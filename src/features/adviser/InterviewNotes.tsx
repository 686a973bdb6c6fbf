// The adviser's side of the interview: what to look for at each question, what the answer can
// change in the journey (read from the content's conditions), and the attention signals.
import type { Moment, Question } from '../../content/schema';
import { questionImpact } from '../../domain/questionImpact';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { SignalsFieldset } from './SignalsFieldset';
import { updateSession, useAdviserSession } from './session';
import './adviser.css';

/** The note under a question, shown only during an adviser session. */
export function AdviserNote({ moment, question }: { moment: Moment; question: Question }) {
  const { tp, tc } = useT();
  const session = useAdviserSession();
  const ready = useNamespaces(['pages', 'advice', moment.id]);
  if (!session || !ready) return null;
  const impact = questionImpact(moment, question.id);
  const changes = impact.steps.length > 0 || impact.followUps.length > 0 || impact.accompanied;
  return (
    <aside class="adviser-note" aria-labelledby="adviser-note-title" data-testid="adviser-note">
      <h2 id="adviser-note-title">{tp('adviser.noteTitle')}</h2>
      <p>
        <strong>{tp('adviser.lookFor')}</strong> {tc('advice', `${moment.id}.${question.id}.lookFor`)}
      </p>
      {impact.accompanied && <p>{tp('adviser.impactAccompanied')}</p>}
      {impact.followUps.length > 0 && (
        <>
          <p>{tp('adviser.impactFollowUps')}</p>
          <ul>
            {impact.followUps.map((id) => (
              <li key={id}>{tc(moment.id, `questions.${id}.label`)}</li>
            ))}
          </ul>
        </>
      )}
      {impact.steps.length > 0 && (
        // A long list would push the question's buttons off screen: it opens on request.
        <details key={question.id} open={impact.steps.length <= 4}>
          <summary>
            {tp('adviser.impactSteps')} ({impact.steps.length})
          </summary>
          <ul>
            {impact.steps.map((id) => (
              <li key={id}>{tc(moment.id, `steps.${id}.title`)}</li>
            ))}
          </ul>
        </details>
      )}
      {!changes && <p>{tp('adviser.impactNone')}</p>}
    </aside>
  );
}

/** The signals during the interview: kept in the session, given to each journey it starts. */
export function SessionSignals() {
  const session = useAdviserSession();
  const ready = useNamespaces(['pages']);
  if (!session || !ready) return null;
  return (
    <div class="adviser-panel">
      <SignalsFieldset
        selected={new Set(session.signals)}
        onChange={(signals) => updateSession({ signals })}
        idPrefix="session-signal"
      />
    </div>
  );
}
