// The person's own note on a step (appointment date, file number, name of the person they spoke
// to), kept on the device.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { announce } from '../../shell/Announcer';

interface Props {
  journeyId: string;
  stepId: string;
  note: string | undefined;
}

/** A labelled text area saved when the person presses the button or leaves the field. */
export function StepNote({ journeyId, stepId, note }: Props) {
  const { t } = useT();
  const [text, setText] = useState(note ?? '');
  const [saved, setSaved] = useState(true);
  useEffect(() => {
    setText(note ?? '');
    setSaved(true);
  }, [note]);
  const save = async () => {
    if (saved) return;
    await (await import('../../storage/journeys')).setNote(journeyId, stepId, text);
    setSaved(true);
    announce(t('step.noteSaved'));
  };
  return (
    <section class="note" aria-labelledby="note-title">
      <h2 id="note-title">
        <label for="step-note">{t('step.note')}</label>
      </h2>
      <p id="note-hint" class="hint">
        {t('step.noteHint')}
      </p>
      <textarea
        id="step-note"
        rows={4}
        value={text}
        aria-describedby="note-hint"
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setSaved(false);
        }}
        onBlur={save}
      />
      <p class="actions">
        <button type="button" class="button button--quiet" onClick={save} disabled={saved}>
          {saved && note ? t('step.noteSavedShort') : t('step.noteSave')}
        </button>
      </p>
    </section>
  );
}
