// Keeps the document title in step with the screen (screen readers announce it first) and, after an
// in-app navigation, moves focus to the screen's heading once it is rendered.
import { useEffect, useRef } from 'preact/hooks';
import { hasNavigated } from './RouteFocus';
import { isSensitive } from '../features/safety/safety';

/**
 * Sets `<title>` to "<screen> — Jalons" and focuses the new screen's heading after navigation,
 * once the screen is ready (a screen whose data is still loading passes an empty title).
 */
export function usePageTitle(title: string, ready: boolean = title !== ''): void {
  const focused = useRef(false);
  useEffect(() => {
    // A sensitive screen keeps a neutral title: tab titles end up in the history.
    document.title = title && !isSensitive() ? `${title} — Jalons` : 'Jalons';
    if (focused.current || !ready || !hasNavigated()) return;
    // The screen that mounts last is the new one: take the last heading in the main region.
    const headings = document.querySelectorAll<HTMLElement>('main h1');
    const heading = headings[headings.length - 1];
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
    focused.current = true;
  }, [title, ready]);
}
