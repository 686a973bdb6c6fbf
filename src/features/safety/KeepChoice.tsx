// Before a sensitive journey starts: the person chooses whether anything is kept on this device.
import { useState } from 'preact/hooks';
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';

/** The keep-or-not choice; calls `onChoose(keep)` when the person continues. */
export function KeepChoice({ onChoose }: { onChoose: (keep: boolean) => void }) {
  const { t } = useT();
  const [keep, setKeep] = useState(false);
  usePageTitle(t('safety.keepTitle'));
  return (
    <form
      class="page"
      onSubmit={(e) => {
        e.preventDefault();
        onChoose(keep);
      }}
    >
      <h1>{t('safety.keepTitle')}</h1>
      <p class="lead">{t('safety.keepIntro')}</p>
      <fieldset class="question">
        <legend class="visually-hidden">{t('safety.keepTitle')}</legend>
        <div class="choices">
          <label class="choice">
            <input type="radio" name="keep" checked={!keep} onChange={() => setKeep(false)} />
            <span>{t('safety.keepNo')}</span>
          </label>
          <label class="choice">
            <input type="radio" name="keep" checked={keep} onChange={() => setKeep(true)} />
            <span>{t('safety.keepYes')}</span>
          </label>
        </div>
      </fieldset>
      <p class="hint">{t('safety.keepHint')}</p>
      <p class="actions">
        <button type="submit" class="button">
          {t('questions.next')}
        </button>
      </p>
    </form>
  );
}
