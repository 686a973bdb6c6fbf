// The contacts of the bodies on a printed checklist: name, website and phone.
import { bodies } from '../../content/bodies';
import { useT } from '../../i18n/useT';

/** Contacts section of the printout. */
export function PrintContacts({ bodyIds }: { bodyIds: string[] }) {
  const { t, tc } = useT();
  const listed = bodies.filter((b) => bodyIds.includes(b.id) && (b.website || b.phone));
  return (
    <section aria-labelledby="print-contacts">
      <h2 id="print-contacts">{t('print.contacts')}</h2>
      <ul class="print-contacts">
        {listed.map((b) => (
          <li key={b.id}>
            <strong>{tc('catalog', `bodies.${b.id}.name`)}</strong>
            {b.website && ` — ${new URL(b.website).hostname}`}
            {b.phone && ` — ${t('step.phone')} ${b.phone}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
