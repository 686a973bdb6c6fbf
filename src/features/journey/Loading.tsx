// A short, polite loading state while a lazy screen or its data arrives.
import { useT } from '../../i18n/useT';

/** Loading message announced to screen readers. */
export function Loading() {
  const { t } = useT();
  return (
    <p class="page muted" role="status">
      {t('home.loading')}
    </p>
  );
}
