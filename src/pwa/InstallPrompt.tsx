// "Installer Jalons" card, offered once the person follows a journey and only if they have not
// declined before: the app then opens from the home screen like any other, offline.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { canInstall, install, onInstallChange } from './install';

/** The install offer, or nothing. */
export function InstallPrompt() {
  const { t } = useT();
  const [, setVersion] = useState(0);
  const refresh = () => setVersion((n) => n + 1);
  const [dismissed, setDismissed] = useState<boolean>();
  useEffect(() => onInstallChange(refresh), []);
  useEffect(() => {
    void import('../storage/settings').then(async ({ readSettings }) =>
      setDismissed((await readSettings()).installPromptDismissed ?? false),
    );
  }, []);
  if (dismissed !== false || !canInstall()) return null;
  const decline = async () => {
    setDismissed(true);
    await (await import('../storage/settings')).writeSetting('installPromptDismissed', true);
  };
  return (
    <aside class="callout install" aria-labelledby="install-title">
      <h2 id="install-title">{t('install.title')}</h2>
      <p>{t('install.body')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={async () => (await install()) && refresh()}>
          {t('install.yes')}
        </button>
        <button type="button" class="button button--quiet" onClick={decline}>
          {t('install.no')}
        </button>
      </div>
    </aside>
  );
}
