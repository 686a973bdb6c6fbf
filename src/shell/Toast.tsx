// Short confirmations at the bottom of the screen, with an optional "Annuler" (undo) action:
// nothing a person does by mistake should be hard to take back.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';

/** An undo-style action offered with a message. */
export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

interface Toast {
  id: number;
  text: string;
  action?: ToastAction;
}

let push: ((toast: Toast) => void) | undefined;
let counter = 0;

/** Shows a message for a few seconds (longer when it offers an action). */
export function showToast(text: string, action?: ToastAction): void {
  push?.({ id: ++counter, text, action });
}

/** The toast area, placed once inside the shell's notice region. */
export function Toasts() {
  const { t } = useT();
  const [toast, setToast] = useState<Toast>();
  useEffect(() => {
    push = setToast;
    return () => {
      push = undefined;
    };
  }, []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(undefined), toast.action ? 10_000 : 5_000);
    return () => clearTimeout(timer);
  }, [toast]);
  if (!toast) return null;
  return (
    <div class="banner banner--toast" data-testid="toast">
      <p>{toast.text}</p>
      {toast.action && (
        <button
          type="button"
          class="button"
          onClick={async () => {
            setToast(undefined);
            await toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" class="button button--quiet" onClick={() => setToast(undefined)}>
        {t('pwa.ok')}
      </button>
    </div>
  );
}
