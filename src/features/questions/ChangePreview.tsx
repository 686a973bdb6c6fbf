// Before a changed answer is applied: which steps it adds and removes. Ticks are stored per step,
// so they are kept, and come back if a removed step returns.
import { useEffect, useRef } from 'preact/hooks';
import type { Moment } from '../../content/schema';
import { useT } from '../../i18n/useT';

interface Props {
  moment: Moment;
  added: string[];
  removed: string[];
  onApply: () => void;
  onCancel: () => void;
}

/** The summary of a change, with Apply and Cancel. */
export function ChangePreview({ moment, added, removed, onApply, onCancel }: Props) {
  const { t, tc } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const list = (ids: string[]) => (
    <ul>
      {ids.map((id) => (
        <li key={id}>{tc(moment.id, `steps.${id}.title`)}</li>
      ))}
    </ul>
  );
  return (
    <section class="page change-preview" aria-labelledby="preview-title">
      <h1 id="preview-title" ref={heading} tabIndex={-1}>
        {t('questions.previewTitle')}
      </h1>
      <p class="lead">
        {added.length + removed.length === 0
          ? t('questions.previewNone')
          : [
              added.length > 0 && t('questions.countAdded', { count: added.length }),
              removed.length > 0 && t('questions.countRemoved', { count: removed.length }),
            ]
              .filter(Boolean)
              .join(', ')}
      </p>
      {added.length > 0 && (
        <>
          <h2>{t('questions.previewAdded')}</h2>
          {list(added)}
        </>
      )}
      {removed.length > 0 && (
        <>
          <h2>{t('questions.previewRemoved')}</h2>
          {list(removed)}
        </>
      )}
      <p>{t('questions.previewTicks')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={onApply}>
          {t('questions.apply')}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {t('questions.cancel')}
        </button>
      </div>
    </section>
  );
}
