// A step as text only, for the person's column: what, why, how (help first), deadline, documents, who.
import type { Step } from '../../content/schema';
import { useT } from '../../i18n/useT';

/** Read-only step in the current (overridden) language. */
export function StepForPerson({ momentId, step }: { momentId: string; step: Step }) {
  const { t, tc } = useT();
  const key = `steps.${step.id}`;
  return (
    <div class="person-step">
      <p class="person-step__title">{tc(momentId, `${key}.title`)}</p>
      <h3>{t('step.what')}</h3>
      <p>{tc(momentId, `${key}.what`)}</p>
      <h3>{t('step.routeHelped')}</h3>
      <p>{tc(momentId, `${key}.accompanied`)}</p>
      <h3>{t('step.routeOnline')}</h3>
      <p>{tc(momentId, `${key}.online`)}</p>
      {step.deadline && (
        <>
          <h3>{t('step.consequence')}</h3>
          <p>{tc(momentId, `${key}.consequence`)}</p>
        </>
      )}
      {step.documents.length > 0 && (
        <>
          <h3>{t('step.documents')}</h3>
          <ul>
            {step.documents.map((d) => (
              <li key={d}>{tc('catalog', `documents.${d}.name`)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('step.who')}</h3>
      <p>{tc('catalog', `bodies.${step.body}.name`)}</p>
    </div>
  );
}
