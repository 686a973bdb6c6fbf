// The persistent banner of an adviser session: says the session is on and that nothing is kept,
// ends it on request, and after 20 minutes without activity warns, then erases everything.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { endSession, idleMinutes, useAdviserSession, warningSeconds } from './session';
import { useNamespaces } from '../../i18n/useNamespaces';

/** Banner and idle watch; nothing outside a session. */
export function AdviserBanner() {
  const { tp } = useT();
  const { route } = useLocation();
  const session = useAdviserSession();
  // The texts are loaded only once a session exists: most people never see this banner.
  const ready = useNamespaces(session ? ['pages'] : []);
  const [lastActivity, setLastActivity] = useState(Date.now());
  const [now, setNow] = useState(Date.now());

  const inSession = Boolean(session);
  useEffect(() => {
    if (!inSession) return;
    const active = () => setLastActivity(Date.now());
    const events = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
    events.forEach((e) => addEventListener(e, active, { passive: true }));
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      events.forEach((e) => removeEventListener(e, active));
      clearInterval(timer);
    };
  }, [inSession]);

  const idle = (now - lastActivity) / 1000;
  const left = Math.ceil(idleMinutes * 60 + warningSeconds - idle);
  const expired = inSession && left <= 0;
  useEffect(() => {
    if (expired) void endSession().then(() => route('/conseiller?fin=inactivite', true));
  }, [expired, route]);

  if (!session || !ready) return null;
  return (
    <div class="adviser-banner" role="region" aria-label={tp('adviser.bannerLabel')}>
      <p>
        <strong>{tp('adviser.banner')}</strong> {tp('adviser.bannerNothingKept')}
      </p>
      <a class="button button--quiet" href="/conseiller">
        {tp('adviser.home')}
      </a>
      <a class="button button--danger" href="/conseiller/fin">
        {tp('adviser.end')}
      </a>
      {idle >= idleMinutes * 60 && (
        <div class="adviser-idle" role="alert">
          <p>{tp('adviser.idleWarning', { seconds: Math.max(left, 0) })}</p>
          <button type="button" class="button" onClick={() => setLastActivity(Date.now())}>
            {tp('adviser.idleContinue')}
          </button>
        </div>
      )}
    </div>
  );
}
