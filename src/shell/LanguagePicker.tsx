// Language choice, each language written in its own name so people find theirs.
import { useContext } from 'preact/hooks';
import { SettingsContext } from '../app/settings-context';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/useT';

/** A labelled select listing every offered language by its autonym. */
export function LanguagePicker() {
  const { t } = useT();
  const { language, setLanguage } = useContext(SettingsContext);
  return (
    <div class="field field--inline">
      <label for="language">{t('shell.language')}</label>
      <select
        id="language"
        value={language}
        onChange={(event) => setLanguage((event.currentTarget as HTMLSelectElement).value)}
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
