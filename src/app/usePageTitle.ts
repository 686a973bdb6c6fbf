// Keeps the document title in step with the screen, as screen readers announce it first.
import { useEffect } from 'preact/hooks';

/** Sets `<title>` to "<screen> — Jalons". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — Jalons` : 'Jalons';
  }, [title]);
}
