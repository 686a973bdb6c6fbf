// Notices about the offline copy and updates, and toasts: short, polite, never blocking what the
// person does. Toasts are not a live region: the announcer already speaks their message.
import { useT } from '../i18n/useT';
import { applyUpdate } from './sw-bridge';
import { usePwaStatus } from './usePwaStatus';
import { Toasts } from '../shell/Toast';

/** Offline indicator, "works offline now" notice and consented-update banner. */
export function PwaBanners() {
  const { t } = useT();
  const { online, swEvent, dismiss } = usePwaStatus();
  return (
    <div class="banners">
      <Toasts />
      {!online && (
        <p class="banner banner--offline" data-testid="offline-indicator" role="status">
          <span aria-hidden="true">⦸ </span>
          {t('pwa.offline')}
        </p>
      )}
      {swEvent === 'offline-ready' && (
        <div class="banner banner--info" role="status">
          <p>{t('pwa.offlineReady')}</p>
          <button type="button" class="button button--quiet" onClick={dismiss}>
            {t('pwa.ok')}
          </button>
        </div>
      )}
      {swEvent === 'update-waiting' && (
        <div class="banner banner--info" role="status">
          <p>{t('pwa.updateAvailable')}</p>
          <button type="button" class="button" onClick={applyUpdate}>
            {t('pwa.update')}
          </button>
          <button type="button" class="button button--quiet" onClick={dismiss}>
            {t('pwa.later')}
          </button>
        </div>
      )}
    </div>
  );
}
