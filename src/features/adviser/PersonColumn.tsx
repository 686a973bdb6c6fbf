// The person's side of the screen during an adviser session: the same journey in their language
// (and simplified language if chosen), next to the adviser's.
import type { ComponentChildren } from 'preact';
import { findLanguage } from '../../i18n/languages';
import { TextOverride } from '../../i18n/TextOverride';
import { useT } from '../../i18n/useT';
import { useAdviserSession } from './session';
import './adviser.css';
import { useNamespaces } from '../../i18n/useNamespaces';

/** Two columns (adviser | person) when a session runs in another language; otherwise just `children`. */
export function Bilingual({
  namespaces,
  children,
  person,
}: {
  namespaces: string[];
  children: ComponentChildren;
  person: ComponentChildren;
}) {
  const { lang, tp } = useT();
  const session = useAdviserSession();
  const ready = useNamespaces(session ? ['pages'] : []);
  if (!session || !ready || (session.personLang === lang && !session.personSimple)) return <>{children}</>;
  return (
    <div class="bilingual">
      <div class="bilingual__col">{children}</div>
      <aside
        class="bilingual__col bilingual__person"
        aria-label={tp('adviser.personColumn', {
          language: findLanguage(session.personLang)?.name ?? session.personLang,
        })}
      >
        <TextOverride lang={session.personLang} simple={session.personSimple} namespaces={namespaces}>
          {person}
        </TextOverride>
      </aside>
    </div>
  );
}
