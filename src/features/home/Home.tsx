// The first screen: what Jalons does, in a few words, and the life moments to start from.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';

/** Home screen. */
export function Home() {
  const { t } = useT();
  usePageTitle('');
  return (
    <div class="page">
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </section>
      <ul class="promises">
        <li>
          <strong>{t('home.promiseOfflineTitle')}</strong> {t('home.promiseOffline')}
        </li>
        <li>
          <strong>{t('home.promisePrivateTitle')}</strong> {t('home.promisePrivate')}
        </li>
        <li>
          <strong>{t('home.promiseSimpleTitle')}</strong> {t('home.promiseSimple')}
        </li>
      </ul>
    </div>
  );
}
