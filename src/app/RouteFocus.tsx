// Moves focus to the new screen's heading after navigation, so keyboard and screen-reader users
// start reading the new content instead of staying on the link they followed. The screen itself
// focuses its heading once it has one (see usePageTitle): lazy screens and data arrive later.
import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';

let navigated = false;

/** Whether the person has navigated inside the app (the first page load keeps focus at the top). */
export function hasNavigated(): boolean {
  return navigated;
}

/** Invisible helper placed once in the shell: notes every in-app navigation. */
export function RouteFocus() {
  const { url } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else navigated = true;
  }, [url]);
  return null;
}
