// « Déclaration d'accessibilité », as French law expects: conformity status, the RGAA 4.1 grid with
// an honest status for each criterion, the tests and tools used, derogations, the date, and how to
// report a problem.
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';
import { RgaaGrid } from './RgaaGrid';
import { Loading } from '../journey/Loading';
import { useNamespaces } from '../../i18n/useNamespaces';

/** Accessibility statement. */
export function AccessibilityPage() {
  const { t, tp } = useT();
  usePageTitle(t('accessibility.title'));
  if (!useNamespaces(['pages'])) return <Loading />;
  return (
    <article class="page page--wide prose">
      <h1>{t('accessibility.title')}</h1>
      <p class="lead">{tp('accessibility.intro')}</p>
      <h2>{tp('accessibility.statusTitle')}</h2>
      <p>{tp('accessibility.status')}</p>
      <RgaaGrid />
      <h2>{tp('accessibility.failingTitle')}</h2>
      <ul>
        <li>{tp('accessibility.reasons.notValidated')}</li>
        <li>{tp('accessibility.reasons.langChanges')}</li>
      </ul>
      <h2>{tp('accessibility.derogationsTitle')}</h2>
      <p>{tp('accessibility.derogations')}</p>
      <h2>{tp('accessibility.testedTitle')}</h2>
      <ul>
        <li>{tp('accessibility.testedAxe')}</li>
        <li>{tp('accessibility.testedKeyboard')}</li>
        <li>{tp('accessibility.testedLayout')}</li>
        <li>{tp('accessibility.testedLanguages')}</li>
      </ul>
      <p>{tp('accessibility.date')}</p>
      <h2>{tp('accessibility.reportTitle')}</h2>
      <p>{tp('accessibility.report')}</p>
      <p>
        <a href="https://www.defenseurdesdroits.fr/" rel="noopener noreferrer">
          {tp('accessibility.defenseur')}
        </a>
      </p>
    </article>
  );
}
