// Moves focus to the new screen's heading after navigation, so keyboard and screen-reader users
// start reading the new content instead of staying on the link they followed.
import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';

/** Invisible helper placed once in the shell. */
export function RouteFocus() {
  const { url } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Lazy screens render a moment later; wait for their heading.
    let tries = 0;
    const timer = setInterval(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading || ++tries > 20) {
        clearInterval(timer);
        if (heading) {
          heading.tabIndex = -1;
          heading.focus();
        }
      }
    }, 25);
    return () => clearInterval(timer);
  }, [url]);
  return null;
}
