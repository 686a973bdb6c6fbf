// The first screen: the person's own journeys first when they have some, then the life moments.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';
import { MomentList } from './MomentList';
import { MyJourneys } from './MyJourneys';

/** Home screen. */
export function Home() {
  const { t } = useT();
  usePageTitle('');
  return (
    <div class="page page--wide">
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </section>
      <MyJourneys />
      <section aria-labelledby="moments-title">
        <h2 id="moments-title">{t('home.momentsTitle')}</h2>
        <MomentList />
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
