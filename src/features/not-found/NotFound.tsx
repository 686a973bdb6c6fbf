// The page shown for an unknown address: says so plainly and offers the way back.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';

/** 404 screen. */
export function NotFound() {
  const { t } = useT();
  usePageTitle(t('notFound.title'));
  return (
    <article class="page prose">
      <h1>{t('notFound.title')}</h1>
      <p class="lead">{t('notFound.body')}</p>
      <p>{t('notFound.data')}</p>
      <ul>
        <li>
          <a href="/">{t('notFound.home')}</a>
        </li>
        <li>
          <a href="/donnees-personnelles">{t('privacy.title')}</a>
        </li>
      </ul>
    </article>
  );
}
