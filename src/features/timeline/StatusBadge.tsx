// A step's status as an icon and a word: never colour alone.
import type { StepStatus } from '../../domain/schedule';
import { useT } from '../../i18n/useT';

const icons: Record<StepStatus, string> = {
  done: '✓',
  notConcerned: '–',
  overdue: '!',
  dueSoon: '◔',
  open: '●',
  upcoming: '○',
};

/** Icon and text of a status. */
export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useT();
  return (
    <span class={`status status--${status}`}>
      <span class="status__icon" aria-hidden="true">
        {icons[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
