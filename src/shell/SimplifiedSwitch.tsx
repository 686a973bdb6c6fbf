// The "Langage simplifié" switch: every content text has a simplified variant it turns on.
import { useContext } from 'preact/hooks';
import { SettingsContext } from '../app/settings-context';
import { useT } from '../i18n/useT';

/** A switch (checkbox with role switch) bound to the simplified-language setting. */
export function SimplifiedSwitch() {
  const { t } = useT();
  const { simple, setSimple } = useContext(SettingsContext);
  return (
    <div class="field field--inline switch">
      <input
        id="simple"
        type="checkbox"
        role="switch"
        checked={simple}
        aria-describedby="simple-hint"
        onChange={(event) => setSimple((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for="simple">{t('shell.simple')}</label>
      <span id="simple-hint" class="visually-hidden">
        {t('shell.simpleHint')}
      </span>
    </div>
  );
}
