// On a journey during an adviser session: the signals that call for human help, the suggestions
// that follow, the person's own column in their language, and the hand-off to phone or paper.
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { HandoffPanel } from './HandoffPanel';
import { adviserSignals } from './signals';
import './adviser.css';
import { useNamespaces } from '../../i18n/useNamespaces';

/** The adviser's tools on the timeline. */
export function AdviserPanel({ view }: { view: JourneyView }) {
  const { tp } = useT();
  const ready = useNamespaces(['pages']);
  const signals = new Set(view.journey.signals ?? []);
  const toggle = async (signal: string, on: boolean) => {
    const next = adviserSignals.filter((s) => (s === signal ? on : signals.has(s)));
    await (await import('../../storage/journeys')).setSignals(view.journey.id, next);
  };
  if (!ready) return null;
  return (
    <section class="adviser-panel" aria-labelledby="adviser-panel-title">
      <h2 id="adviser-panel-title">{tp('adviser.panelTitle')}</h2>
      <fieldset class="question">
        <legend>
          <h3>{tp('adviser.signalsTitle')}</h3>
        </legend>
        <p class="hint">{tp('adviser.signalsHint')}</p>
        <ul class="checks">
          {adviserSignals.map((s) => (
            <li key={s} class="check">
              <input
                type="checkbox"
                id={`signal-${s}`}
                checked={signals.has(s)}
                onChange={(e) => void toggle(s, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={`signal-${s}`}>{tp(`adviser.signals.${s}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
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
