// « Quitter rapidement »: a visible button and the Escape key leave a sensitive screen at once.
// While it shows, in-app links replace the current history entry rather than adding one.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { isSensitive, onSensitiveChange, quickExit } from './safety';

/** The quick-exit control, present only on sensitive screens. */
export function QuickExit() {
  const { t } = useT();
  const { route } = useLocation();
  const [on, setOn] = useState(isSensitive());
  useEffect(() => onSensitiveChange(() => setOn(isSensitive())), []);
  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void quickExit();
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a');
      if (!link || link.origin !== location.origin || link.target || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      route(link.pathname + link.search, true);
    };
    addEventListener('keydown', onKey);
    document.addEventListener('click', onClick, true);
    return () => {
      removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick, true);
    };
  }, [on, route]);
  if (!on) return null;
  return (
    <div class="quick-exit">
      <button
        type="button"
        class="button button--danger"
        onClick={() => void quickExit()}
        aria-describedby="quick-exit-hint"
      >
        {t('safety.exit')}
      </button>
      <span id="quick-exit-hint" class="quick-exit__hint">
        {t('safety.exitHint')}
      </span>
    </div>
  );
}
