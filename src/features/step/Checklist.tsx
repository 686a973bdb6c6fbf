// The checklist of a step: actions to do and documents to gather, each ticked and kept on the
// device at once; ticks are announced to screen readers.
import { useEffect, useState } from 'preact/hooks';
import type { Step } from '../../content/schema';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { i18n } from '../../i18n/i18n';
import { announce } from '../../shell/Announcer';
import type { JourneyView } from '../journey/useJourney';
import { useOwnedDocuments } from '../documents/useOwnedDocuments';
import { showToast } from '../../shell/Toast';

interface Props {
  view: JourneyView;
  step: Step;
  ticks: string[];
}

/** Actions and documents with checkboxes. */
export function Checklist({ view, step, ticks }: Props) {
  const { t, tc } = useT();
  useNamespaces(['catalog']);
  const m = view.moment.id;
  const { owned, setOwned } = useOwnedDocuments();
  // Documents are owned once for all journeys on the device; a journey kept only in memory keeps
  // its document ticks to itself, so nothing about it is written to the device.
  const memoryOnly = view.journey.id.startsWith('mem-');
  const stored = new Set([...ticks, ...(memoryOnly ? [] : [...owned].map((d) => `doc:${d}`))]);
  // What the person just ticked shows at once, even if the page re-renders (an update from another
  // tab, say) before the write is confirmed; the stored state takes over once it changes.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const storedKey = [...stored].sort().join('|');
  useEffect(() => setPending({}), [storedKey]);
  const isTicked = (item: string) => pending[item] ?? stored.has(item);
  const save = async (item: string, on: boolean) => {
    if (item.startsWith('doc:') && !memoryOnly) return setOwned(item.slice(4), on);
    const { setTick } = await import('../../storage/journeys');
    return setTick(view.journey.id, step.id, item, on);
  };
  const toggle = async (item: string, label: string, on: boolean) => {
    setPending((p) => ({ ...p, [item]: on }));
    await save(item, on);
    const message = t(on ? 'step.tickedOn' : 'step.tickedOff', { label });
    announce(message);
    showToast(message, { label: t('dashboard.undo'), run: () => save(item, !on) });
  };
  const box = (item: string, label: string, hint?: string) => (
    <li key={item} class="check">
      <input
        type="checkbox"
        id={`check-${item}`}
        checked={isTicked(item)}
        aria-describedby={hint ? `hint-${item}` : undefined}
        onChange={(e) => void toggle(item, label, (e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={`check-${item}`}>{label}</label>
      {hint && (
        <p id={`hint-${item}`} class="hint">
          {hint}
        </p>
      )}
    </li>
  );
  const docHint = (id: string) =>
    i18n.exists(`documents.${id}.hint`, { ns: 'catalog' }) ? tc('catalog', `documents.${id}.hint`) : undefined;

  return (
    <section aria-labelledby="checklist-title" class="checklist">
      <h2 id="checklist-title">{t('step.checklist')}</h2>
      <h3>{t('step.actions')}</h3>
      <ul class="checks">{step.actions.map((a) => box(`action:${a}`, tc(m, `steps.${step.id}.actions.${a}`)))}</ul>
      {step.documents.length > 0 && (
        <>
          <h3>{t('step.documents')}</h3>
          <ul class="checks">
            {step.documents.map((d) => box(`doc:${d}`, tc('catalog', `documents.${d}.name`), docHint(d)))}
          </ul>
        </>
      )}
    </section>
  );
}
