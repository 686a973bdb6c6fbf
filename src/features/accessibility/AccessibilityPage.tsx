// « Accessibilité »: Jalons' accessibility commitment, what is tested, and how to report a problem.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';

/** Accessibility screen. */
export function AccessibilityPage() {
  const { t } = useT();
  usePageTitle(t('accessibility.title'));
  return (
    <article class="page prose">
      <h1>{t('accessibility.title')}</h1>
      <p class="lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.testedTitle')}</h2>
      <ul>
        <li>{t('accessibility.testedAxe')}</li>
        <li>{t('accessibility.testedKeyboard')}</li>
        <li>{t('accessibility.testedLanguages')}</li>
      </ul>
      <h2>{t('accessibility.reportTitle')}</h2>
      <p>{t('accessibility.report')}</p>
      <p>
        <a href="https://www.defenseurdesdroits.fr/" rel="noopener noreferrer">
          {t('accessibility.defenseur')}
        </a>
      </p>
    </article>
  );
}
