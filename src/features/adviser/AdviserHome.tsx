// Route /conseiller: France Services adviser mode. Starts a session kept apart from this computer's
// own journeys, opens a life moment with the person, and exports the anonymous feedback counts.
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { momentCatalog } from '../../content/catalog';
import { usePageTitle } from '../../app/usePageTitle';
import { languages } from '../../i18n/languages';
import { useT, type UiKey } from '../../i18n/useT';
import { FeedbackExport } from './FeedbackExport';
import { startSession, updateSession, useAdviserSession } from './session';
import { Loading } from '../journey/Loading';
import { useNamespaces } from '../../i18n/useNamespaces';

/** Adviser home. */
export function AdviserHome() {
  const { t, lang, tp } = useT();
  const { query } = useLocation();
  const session = useAdviserSession();
  const [personLang, setPersonLang] = useState(lang);
  usePageTitle(t('adviser.title'));
  const ready = useNamespaces(['pages']);
  if (!ready) return <Loading />;

  return (
    <article class="page page--wide">
      <h1>{t('adviser.title')}</h1>
      {query.fin && (
        <p class="callout" role="status">
          {tp(query.fin === 'inactivite' ? 'adviser.endedIdle' : 'adviser.ended')}
        </p>
      )}
      <p class="lead">{tp('adviser.intro')}</p>
      {!session ? (
        <form
          class="adviser-start"
          onSubmit={(e) => {
            e.preventDefault();
            startSession(personLang);
          }}
        >
          <div class="field">
            <label for="person-lang">{tp('adviser.personLanguage')}</label>
            <select
              id="person-lang"
              value={personLang}
              onChange={(e) => setPersonLang((e.currentTarget as HTMLSelectElement).value)}
            >
              {languages.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <p class="actions">
            <button type="submit" class="button">
              {tp('adviser.start')}
            </button>
          </p>
        </form>
      ) : (
        <>
          <div class="field">
            <label for="contact">{tp('adviser.contact')}</label>
            <p id="contact-hint" class="hint">
              {tp('adviser.contactHint')}
            </p>
            <input
              id="contact"
              type="text"
              class="text-input"
              value={session.contact}
              aria-describedby="contact-hint"
              onInput={(e) => updateSession({ contact: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <h2>{tp('adviser.chooseMoment')}</h2>
          <ul class="moments">
            {momentCatalog.map((m) => (
              <li key={m.id} class="moment">
                <a href={`/commencer/${m.id}`}>{t(`moments.${m.id}.title` as UiKey)}</a>
              </li>
            ))}
          </ul>
          {session.journeys.length > 0 && (
            <>
              <h2>{tp('adviser.sessionJourneys')}</h2>
              <ul>
                {session.journeys.map((j, i) => (
                  <li key={j}>
                    <a href={`/parcours/${j}`}>{tp('adviser.journeyN', { n: i + 1 })}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <FeedbackExport />
    </article>
  );
}
