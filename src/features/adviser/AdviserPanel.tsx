// On a journey during an adviser session: the signals that call for human help, the suggestions
// that follow, the person's own column in their language, and the hand-off to phone or paper.
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { HandoffPanel } from './HandoffPanel';
import { SignalsFieldset } from './SignalsFieldset';
import { updateSession } from './session';
import './adviser.css';
import { useNamespaces } from '../../i18n/useNamespaces';

/** The adviser's tools on the timeline. */
export function AdviserPanel({ view }: { view: JourneyView }) {
  const { tp } = useT();
  const ready = useNamespaces(['pages']);
  const signals = new Set(view.journey.signals ?? []);
  // The signals describe the person: later journeys of the session start with them too.
  const save = async (next: string[]) => {
    updateSession({ signals: next });
    await (await import('../../storage/journeys')).setSignals(view.journey.id, next);
  };
  if (!ready) return null;
  return (
    <section class="adviser-panel" aria-labelledby="adviser-panel-title">
      <h2 id="adviser-panel-title">{tp('adviser.panelTitle')}</h2>
      <SignalsFieldset selected={signals} onChange={(next) => void save(next)} idPrefix="signal" />
      {signals.size > 0 && (
        <div class="callout">
          <h3>{tp('adviser.humanHelpTitle')}</h3>
          <ul>
            <li>{tp('adviser.humanHelpAppointment')}</li>
            <li>{tp('adviser.humanHelpSocialWorker')}</li>
            <li>{tp('adviser.humanHelpFollowUp')}</li>
          </ul>
        </div>
      )}
      <HandoffPanel view={view} />
    </section>
  );
}
