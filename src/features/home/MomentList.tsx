// The life moments to start a journey from; those still being written are listed as coming.
// Their titles are UI texts (bundled), so the first screen shows them without waiting.
import { momentCatalog } from '../../content/catalog';
import { useT, type UiKey } from '../../i18n/useT';

/** List of life moments with their short description. */
export function MomentList() {
  const { t } = useT();
  return (
    <ul class="moments">
      {momentCatalog.map((m) => {
        const title = t(`moments.${m.id}.title` as UiKey);
        return (
          <li key={m.id} class={m.load ? 'moment' : 'moment moment--coming'}>
            <h3 class="moment__title">{m.load ? <a href={`/commencer/${m.id}`}>{title}</a> : title}</h3>
            <p>{t(`moments.${m.id}.summary` as UiKey)}</p>
            {!m.load && <p class="tag">{t('home.coming')}</p>}
          </li>
        );
      })}
    </ul>
  );
}
