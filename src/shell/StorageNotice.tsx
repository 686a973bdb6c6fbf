// Storage problems, said plainly: IndexedDB unavailable (data kept only for this session), or the
// device's storage full (the last change may not be saved; reading and backing up still work).
import { useContext, useEffect, useState } from 'preact/hooks';
import { SettingsContext } from '../app/settings-context';
import { useT } from '../i18n/useT';

/** Whether an error (or the error inside a Dexie error) is the browser's "storage full". */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** Warnings shown only when storage fails. */
export function StorageNotice() {
  const { t } = useT();
  const { storage } = useContext(SettingsContext);
  const [full, setFull] = useState(false);
  useEffect(() => {
    // Writes are fire-and-forget from the screens; a full disk surfaces here.
    const onRejection = (event: PromiseRejectionEvent) => {
      if (!isQuotaError(event.reason)) return;
      event.preventDefault();
      setFull(true);
    };
    addEventListener('unhandledrejection', onRejection);
    return () => removeEventListener('unhandledrejection', onRejection);
  }, []);
  return (
    <>
      {storage === 'memory' && (
        <div class="banner banner--warning" role="alert" data-testid="storage-notice">
          <p>
            <strong>{t('storage.memoryTitle')}</strong> {t('storage.memoryBody')}
          </p>
        </div>
      )}
      {full && (
        <div class="banner banner--warning" role="alert" data-testid="storage-full">
          <p>
            <strong>{t('storage.fullTitle')}</strong> {t('storage.fullBody')}{' '}
            <a href="/donnees-personnelles">{t('storage.fullLink')}</a>
          </p>
          <button type="button" class="button button--quiet" onClick={() => setFull(false)}>
            {t('pwa.ok')}
          </button>
        </div>
      )}
    </>
  );
}
