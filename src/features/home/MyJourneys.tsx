// The person's own journeys on the home screen, so a returning person starts from them.
import { useLiveQuery } from '../../storage/useLiveQuery';
import { useT, type UiKey } from '../../i18n/useT';
import { formatDate } from '../../i18n/format';
import type { Journey } from '../../storage/records';

/** Journeys saved on this device, or nothing when there are none. */
export function MyJourneys() {
  const { t, lang } = useT();
  const journeys = useLiveQuery<Journey[]>(async () => (await import('../../storage/journeys')).listJourneys(), [], []);
  if (journeys.length === 0) return null;
  return (
    <section aria-labelledby="my-journeys">
      <h2 id="my-journeys">{t('home.myJourneys')}</h2>
      <ul class="cards">
        {journeys.map((j) => (
          <li key={j.id} class="card">
            <a href={`/parcours/${j.id}`} class="card__link">
              {t(`moments.${j.momentId}.title` as UiKey)}
            </a>
            <p class="muted">{t('home.startedOn', { date: formatDate(j.createdAt.slice(0, 10), lang) })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
