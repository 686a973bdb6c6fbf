// Applies the display preferences to the page: colour theme and text size.
import type { Settings } from '../storage/records';

/** Colour theme: follow the device, or force light or dark. */
export type Theme = NonNullable<Settings['theme']>;
/** Text size in percent of the browser's default. */
export type TextSize = NonNullable<Settings['textSize']>;

/** Sets `data-theme` (read by the stylesheet) and the root font size. */
export function applyDisplay(theme: Theme, textSize: TextSize): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  // Percentages keep the person's own browser setting as the base.
  root.style.fontSize = textSize === 100 ? '' : `${textSize}%`;
}
