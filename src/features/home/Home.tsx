// The first screen: the person's own journeys first when they have some, then the life moments.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';
import { MomentList } from './MomentList';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

// The dashboard needs storage and journeys: a separate chunk keeps the first screen light. It is
// loaded by hand rather than with lazy(), which would suspend the whole home page meanwhile.
function useDashboard(): ComponentType | undefined {
  const [Dashboard, setDashboard] = useState<ComponentType>();
  useEffect(() => {
    void import('../dashboard/Dashboard').then((m) => setDashboard(() => m.Dashboard));
  }, []);
  return Dashboard;
}

/** Home screen. */
export function Home() {
  const { t } = useT();
  usePageTitle('', true);
  const Dashboard = useDashboard();
  return (
    <div class="page page--wide">
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </section>
      {Dashboard && <Dashboard />}
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
