// The main menu: the person's journeys, their documents, the settings. The current page is marked
// for screen readers with aria-current.
import { useLocation } from 'preact-iso';
import { useT } from '../i18n/useT';

const links = [
  { href: '/', key: 'nav.home' },
  { href: '/documents', key: 'nav.documents' },
  { href: '/glossaire', key: 'nav.glossary' },
  { href: '/reglages', key: 'nav.settings' },
] as const;

/** Navigation landmark under the header. */
export function MainNav() {
  const { t } = useT();
  const { path } = useLocation();
  return (
    <nav class="main-nav" aria-label={t('nav.main')}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={path === l.href ? 'page' : undefined}>
              {t(l.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
