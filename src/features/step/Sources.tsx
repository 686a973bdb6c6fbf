// The official sources of a step and the day their facts were checked.
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';

/** List of sources. */
export function Sources({ sources }: { sources: { url: string; checked: string }[] }) {
  const { t, lang } = useT();
  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('step.sources')}</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener noreferrer">
              {new URL(s.url).hostname + new URL(s.url).pathname.replace(/\/$/, '')}
            </a>{' '}
            <span class="muted">{t('step.checked', { date: formatDate(s.checked, lang) })}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('step.disclaimer')}</p>
    </section>
  );
}
