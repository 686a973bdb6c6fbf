// The bottom of every screen: what Jalons is, and the legal pages.
import { useT } from '../i18n/useT';

/** Site footer with the contentinfo landmark. */
export function Footer() {
  const { t } = useT();
  return (
    <footer class="footer">
      <div class="footer__inner">
        <p>{t('shell.footerNote')}</p>
        <nav aria-label={t('shell.footerNav')}>
          <ul class="footer__links">
            <li>
              <a href="/donnees-personnelles">{t('privacy.title')}</a>
            </li>
            <li>
              <a href="/accessibilite">{t('accessibility.title')}</a>
            </li>
            <li>
              <a href="/conseiller">{t('adviser.title')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
