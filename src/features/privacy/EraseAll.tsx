// Erasing everything, with a confirmation step because it cannot be undone.
import { useContext, useRef, useState } from 'preact/hooks';
import { SettingsContext } from '../../app/settings-context';
import { useT } from '../../i18n/useT';

type Stage = 'idle' | 'confirm' | 'erasing' | 'done' | 'failed';

/** Button, confirmation and result of erasing all data on this device. */
export function EraseAll() {
  const { t, tp } = useT();
  const { forget } = useContext(SettingsContext);
  const [stage, setStage] = useState<Stage>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);

  const erase = async () => {
    setStage('erasing');
    try {
      const { eraseAllData } = await import('../../storage/erase');
      await eraseAllData();
      forget();
      setStage('done');
    } catch (error) {
      console.error(error);
      setStage('failed');
    }
  };

  return (
    <div class="erase">
      <p>{tp('privacy.eraseBody')}</p>
      {stage !== 'confirm' && (
        <button
          type="button"
          class="button button--danger"
          disabled={stage === 'erasing'}
          onClick={() => {
            setStage('confirm');
            setTimeout(() => confirmRef.current?.focus(), 0);
          }}
        >
          {tp('privacy.eraseButton')}
        </button>
      )}
      {stage === 'confirm' && (
        <div class="confirm" role="group" aria-labelledby="erase-confirm-title">
          <p id="erase-confirm-title">
            <strong>{tp('privacy.eraseConfirm')}</strong>
          </p>
          <button ref={confirmRef} type="button" class="button button--danger" onClick={erase}>
            {tp('privacy.eraseYes')}
          </button>
          <button type="button" class="button button--quiet" onClick={() => setStage('idle')}>
            {t('privacy.eraseNo')}
          </button>
        </div>
      )}
      <p role="status" class="erase__status">
        {stage === 'done' && tp('privacy.eraseDone')}
        {stage === 'failed' && tp('privacy.eraseFailed')}
      </p>
    </div>
  );
}
