// A polite live region: screen readers hear confirmations ("coché", "étape terminée") without
// focus moving.
import { useEffect, useState } from 'preact/hooks';

let push: ((text: string) => void) | undefined;

/** Says a short text to screen-reader users through the live region. */
export function announce(text: string): void {
  push?.(text);
}

/** The live region, placed once in the shell. */
export function Announcer() {
  const [text, setText] = useState('');
  useEffect(() => {
    // Clearing first makes the same message be announced again.
    push = (next) => {
      setText('');
      setTimeout(() => setText(next), 50);
    };
    return () => {
      push = undefined;
    };
  }, []);
  return (
    <div class="visually-hidden" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
