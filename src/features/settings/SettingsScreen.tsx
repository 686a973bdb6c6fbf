// Route /reglages: display preferences (theme, text size), language and simplified language.
import { useContext } from 'preact/hooks';
import { SettingsContext } from '../../app/settings-context';
import type { TextSize, Theme } from '../../app/display';
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';

const themes: Theme[] = ['system', 'light', 'dark'];
const sizes: TextSize[] = [100, 125, 150];

/** Settings screen. */
export function SettingsScreen() {
  const { t } = useT();
  const settings = useContext(SettingsContext);
  usePageTitle(t('settings.title'));
  return (
    <article class="page">
      <h1>{t('settings.title')}</h1>
      <p class="lead">{t('settings.intro')}</p>
      <fieldset class="question">
        <legend>
          <h2>{t('settings.theme')}</h2>
        </legend>
        <div class="choices">
          {themes.map((value) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="theme"
                checked={settings.theme === value}
                onChange={() => settings.setTheme(value)}
              />
              <span>{t(`settings.themes.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="question">
        <legend>
          <h2>{t('settings.textSize')}</h2>
        </legend>
        <div class="choices">
          {sizes.map((value) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="textSize"
                checked={settings.textSize === value}
                onChange={() => settings.setTextSize(value)}
              />
              <span style={{ fontSize: `${value}%` }}>{t(`settings.sizes.s${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        <a href="/donnees-personnelles">{t('privacy.title')}</a>
      </p>
    </article>
  );
}
