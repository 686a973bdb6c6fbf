// Route /glossaire: every body, benefit and acronym met in the journeys, explained (simplified when
// the setting is on). Links in the steps lead to each entry.
import { useEffect } from 'preact/hooks';
import { glossary } from '../../content/glossary';
import { usePageTitle } from '../../app/usePageTitle';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { Loading } from '../journey/Loading';

/** Glossary screen. */
export function GlossaryScreen() {
  const { t, tc } = useT();
  const ready = useNamespaces(['glossary']);
  usePageTitle(t('glossary.title'));
  useEffect(() => {
    // Client-side routing does not scroll to the #term itself.
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView();
    target?.focus();
  }, [ready]);
  if (!ready) return <Loading />;
  return (
    <article class="page">
      <h1>{t('glossary.title')}</h1>
      <p class="lead">{t('glossary.intro')}</p>
      <dl class="glossary">
        {glossary.map((g) => (
          <div key={g.id} class="glossary__entry">
            <dt id={g.id} tabIndex={-1} lang="fr">
              {tc('glossary', `${g.id}.term`)}
            </dt>
            <dd>{tc('glossary', `${g.id}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
