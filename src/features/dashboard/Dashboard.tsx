// What a returning person sees first on the home screen: what to do now across their journeys,
// then each journey, and a calendar file of all their dates.
import { useT } from '../../i18n/useT';
import { CalendarButton } from '../calendar/CalendarButton';
import { Agenda } from './Agenda';
import { JourneyCard } from './JourneyCard';
import { useJourneyViews } from './useJourneyViews';

/** The dashboard, or nothing for a first-time visitor (no journey yet). */
export function Dashboard() {
  const { t } = useT();
  const views = useJourneyViews();
  if (!views || views.length === 0) return null;
  return (
    <div class="dashboard">
      <Agenda views={views} />
      <section aria-labelledby="my-journeys">
        <h2 id="my-journeys">{t('home.myJourneys')}</h2>
        <ul class="cards">
          {views.map((v) => (
            <JourneyCard key={v.journey.id} view={v} />
          ))}
        </ul>
        <p class="actions">
          <CalendarButton views={views.filter((v) => v.journey.status === 'active')} />
          <a class="button button--quiet" href="/imprimer">
            {t('dashboard.printAll')}
          </a>
          <a class="button button--quiet" href="/documents">
            {t('nav.documents')}
          </a>
        </p>
      </section>
    </div>
  );
}
