// « Données personnelles »: what Jalons keeps, that nothing leaves the device, and erasing it all.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';
import { EraseAll } from './EraseAll';
import { Backup } from './Backup';
import { Loading } from '../journey/Loading';
import { useNamespaces } from '../../i18n/useNamespaces';

/** The privacy screen. */
export function PrivacyPage() {
  const { t, tp } = useT();
  usePageTitle(t('privacy.title'));
  if (!useNamespaces(['pages'])) return <Loading />;
  return (
    <article class="page prose">
      <h1>{t('privacy.title')}</h1>
      <p class="lead">{tp('privacy.intro')}</p>
      <h2>{tp('privacy.storedTitle')}</h2>
      <ul>
        <li>{tp('privacy.storedJourneys')}</li>
        <li>{tp('privacy.storedProgress')}</li>
        <li>{tp('privacy.storedSettings')}</li>
      </ul>
      <h2>{tp('privacy.neverTitle')}</h2>
      <ul>
        <li>{tp('privacy.neverAccount')}</li>
        <li>{tp('privacy.neverServer')}</li>
        <li>{tp('privacy.neverTracking')}</li>
      </ul>
      <h2>{tp('privacy.sharedTitle')}</h2>
      <p>{tp('privacy.sharedBody')}</p>
      <h2>{tp('backup.title')}</h2>
      <Backup />
      <h2>{tp('privacy.eraseTitle')}</h2>
      <EraseAll />
    </article>
  );
}
