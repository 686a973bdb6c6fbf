// « Données personnelles »: what Jalons keeps, that nothing leaves the device, and erasing it all.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';
import { EraseAll } from './EraseAll';
import { Backup } from './Backup';

/** The privacy screen. */
export function PrivacyPage() {
  const { t } = useT();
  usePageTitle(t('privacy.title'));
  return (
    <article class="page prose">
      <h1>{t('privacy.title')}</h1>
      <p class="lead">{t('privacy.intro')}</p>
      <h2>{t('privacy.storedTitle')}</h2>
      <ul>
        <li>{t('privacy.storedJourneys')}</li>
        <li>{t('privacy.storedProgress')}</li>
        <li>{t('privacy.storedSettings')}</li>
      </ul>
      <h2>{t('privacy.neverTitle')}</h2>
      <ul>
        <li>{t('privacy.neverAccount')}</li>
        <li>{t('privacy.neverServer')}</li>
        <li>{t('privacy.neverTracking')}</li>
      </ul>
      <h2>{t('privacy.sharedTitle')}</h2>
      <p>{t('privacy.sharedBody')}</p>
      <h2>{t('backup.title')}</h2>
      <Backup />
      <h2>{t('privacy.eraseTitle')}</h2>
      <EraseAll />
    </article>
  );
}
