// Hand-off without a server: a QR code carrying the journey in the URL fragment (never sent to any
// server), notes only if the person agrees; or the checklist printed in the person's language.
import { useState } from 'preact/hooks';
import { encodeHandoff, handoffAccompanied, type Handoff } from '../../domain/handoff';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { QrCode } from '../print/QrCode';
import { useAdviserSession } from './session';

/** The journey as a hand-off payload. */
export function toHandoff(view: JourneyView, withNotes: boolean): Handoff {
  const ticks: Record<string, string[]> = {};
  const notes: Record<string, string> = {};
  const done: string[] = [];
  for (const [stepId, p] of Object.entries(view.progress)) {
    const actions = p.ticks.filter((x) => x.startsWith('action:')).map((x) => x.slice(7));
    if (actions.length) ticks[stepId] = actions;
    if (p.done) done.push(stepId);
    if (withNotes && p.note) notes[stepId] = p.note;
  }
  // The phone needs only the effect of the signals (human help first), not what the adviser noted:
  // a « Violences » signal must never sit on a phone someone else may read.
  const accompanied = (view.journey.signals ?? []).length > 0;
  return {
    v: 1,
    m: view.moment.id,
    a: Object.fromEntries(Object.entries(view.journey.answers)),
    ...(Object.keys(ticks).length ? { t: ticks } : {}),
    ...(done.length ? { d: done } : {}),
    ...(Object.keys(notes).length ? { n: notes } : {}),
    ...(accompanied ? { s: [handoffAccompanied] } : {}),
  };
}

/** QR code and print links for the person. */
export function HandoffPanel({ view }: { view: JourneyView }) {
  const { tp } = useT();
  const session = useAdviserSession();
  const [withNotes, setWithNotes] = useState(false);
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState(false);
  const show = async () => {
    try {
      setError(false);
      setUrl(`${location.origin}/importer#j=${await encodeHandoff(toHandoff(view, withNotes))}`);
    } catch {
      setUrl(undefined);
      setError(true);
    }
  };
  const lang = session?.personLang ?? 'fr';
  return (
    <div class="handoff">
      <h3>{tp('adviser.handoffTitle')}</h3>
      <div class="check">
        <input
          id="with-notes"
          type="checkbox"
          checked={withNotes}
          onChange={(e) => {
            setWithNotes((e.currentTarget as HTMLInputElement).checked);
            setUrl(undefined);
          }}
        />
        <label for="with-notes">{tp('adviser.withNotes')}</label>
      </div>
      <p class="actions">
        <button type="button" class="button" onClick={() => void show()}>
          {tp('adviser.showQr')}
        </button>
        <a
          class="button button--quiet"
          href={`/parcours/${view.journey.id}/imprimer?lng=${lang}${session?.personSimple ? '&simple=1' : ''}`}
        >
          {tp('adviser.printForPerson')}
        </a>
      </p>
      {error && (
        <p class="error" role="alert">
          {tp('adviser.qrTooLong')}
        </p>
      )}
      {url && (
        <figure class="handoff__qr">
          <QrCode text={url} label={tp('adviser.qrLabel')} size={300} />
          <figcaption>{tp('adviser.qrCaption')}</figcaption>
        </figure>
      )}
    </div>
  );
}
