// Who to contact for a step, from the shared directory of bodies: website, phone, in person, and
// whether a France Services counter can help.
import { bodies } from '../../content/bodies';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { i18n } from '../../i18n/i18n';

/** Contact card of a body. */
export function BodyContact({ bodyId }: { bodyId: string }) {
  const { t, tc } = useT();
  useNamespaces(['catalog']);
  const body = bodies.find((b) => b.id === bodyId);
  if (!body) return null;
  const key = `bodies.${body.id}`;
  const has = (field: string) => i18n.exists(`${key}.${field}`, { ns: 'catalog' });
  return (
    <section class="contact" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('step.who')}</h2>
      <p class="contact__name">{tc('catalog', `${key}.name`)}</p>
      <ul class="contact__ways">
        {body.website && (
          <li>
            <a href={body.website} rel="noopener noreferrer">
              {t('step.website', { host: new URL(body.website).hostname })}
            </a>
          </li>
        )}
        {body.phone && (
          <li>
            {t('step.phone')} <a href={`tel:${body.phone.replace(/\s/g, '')}`}>{body.phone}</a>
            {has('phoneHours') && <span class="muted"> — {tc('catalog', `${key}.phoneHours`)}</span>}
          </li>
        )}
        {has('inPerson') && <li>{tc('catalog', `${key}.inPerson`)}</li>}
        {body.franceServices && <li>{t('step.franceServices')}</li>}
      </ul>
    </section>
  );
}
