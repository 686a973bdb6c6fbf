// Saving all data to a file and restoring it, with a preview and a choice between merging and
// replacing; a wrong or damaged file gets a clear message and changes nothing.
import { useState } from 'preact/hooks';
import {
  parseBackup,
  previewImport,
  type Backup as BackupFile,
  type BackupError,
  type ImportMode,
  type ImportPreview,
} from '../../domain/backup';
import { todayIn } from '../../domain/dates';
import { useT, type PagesKey } from '../../i18n/useT';
import { announce } from '../../shell/Announcer';
import { downloadFile } from '../../shell/download';

const appVersion = import.meta.env.PACKAGE_VERSION ?? '0';

/** The backup section of the personal-data page. */
export function Backup() {
  const { t, tp } = useT();
  const [file, setFile] = useState<BackupFile>();
  const [previews, setPreviews] = useState<Record<ImportMode, ImportPreview>>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  const save = async () => {
    const { exportBackup } = await import('../../storage/backup');
    const file = JSON.stringify(await exportBackup(appVersion), null, 1);
    downloadFile(`jalons-sauvegarde-${todayIn(undefined)}.json`, file, 'application/json');
  };

  const read = async (input: HTMLInputElement) => {
    setMessage(undefined);
    setFile(undefined);
    const chosen = input.files?.[0];
    if (!chosen) return;
    const [{ schemaVersion }, { listJourneys }] = await Promise.all([
      import('../../storage/db'),
      import('../../storage/journeys'),
    ]);
    const result = parseBackup(await chosen.text(), schemaVersion);
    if (!result.ok)
      return setMessage({ error: true, text: tp(`backup.errors.${result.error satisfies BackupError}` as PagesKey) });
    const current = (await listJourneys()).filter((j) => !j.id.startsWith('mem-'));
    setFile(result.backup);
    setPreviews({
      merge: previewImport(current, result.backup, 'merge'),
      replace: previewImport(current, result.backup, 'replace'),
    });
  };

  const apply = async (mode: ImportMode) => {
    if (!file) return;
    try {
      await (await import('../../storage/backup')).applyBackup(file, mode);
      setMessage({ error: false, text: tp('backup.done') });
    } catch {
      setMessage({ error: true, text: tp('backup.failed') });
    }
    setFile(undefined);
    announce(tp('backup.done'));
  };

  return (
    <div class="backup">
      <p>{tp('backup.intro')}</p>
      <p class="actions">
        <button type="button" class="button button--quiet" onClick={() => void save()}>
          {tp('backup.save')}
        </button>
      </p>
      <div class="field">
        <label for="backup-file">{tp('backup.restore')}</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void read(e.currentTarget as HTMLInputElement)}
        />
      </div>
      {file && previews && (
        <div class="confirm" role="group" aria-labelledby="backup-preview">
          <p id="backup-preview">
            <strong>{tp('backup.previewTitle', { count: file.journeys.length })}</strong>
          </p>
          {(['merge', 'replace'] as const).map((mode) => (
            <div key={mode} class="backup__choice">
              <p>{tp(`backup.${mode}Summary`, { ...previews[mode] })}</p>
              <button
                type="button"
                class={mode === 'replace' ? 'button button--danger' : 'button'}
                onClick={() => void apply(mode)}
              >
                {tp(`backup.${mode}`)}
              </button>
            </div>
          ))}
          <button type="button" class="button button--quiet" onClick={() => setFile(undefined)}>
            {t('privacy.eraseNo')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'success'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
