// Explains, without jargon, that nothing can be kept on this device when IndexedDB is unavailable.
import { useContext } from 'preact/hooks';
import { SettingsContext } from '../app/settings-context';
import { useT } from '../i18n/useT';

/** A warning shown only when data lives in memory for this session. */
export function StorageNotice() {
  const { t } = useT();
  const { storage } = useContext(SettingsContext);
  if (storage !== 'memory') return null;
  return (
    <div class="banner banner--warning" role="alert" data-testid="storage-notice">
      <p>
        <strong>{t('storage.memoryTitle')}</strong> {t('storage.memoryBody')}
      </p>
    </div>
  );
}
