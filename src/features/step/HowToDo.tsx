// How to do a step: the digital route and the accompanied route. For people who need more help
// (the "attentionné" version) the accompanied route comes first.
import type { Channel, Step } from '../../content/schema';
import { useT, type UiKey } from '../../i18n/useT';
import { Glossed } from '../glossary/Glossed';

interface Props {
  momentId: string;
  step: Step;
  accompanied: boolean;
}

/** The two routes and the channels available. */
export function HowToDo({ momentId, step, accompanied }: Props) {
  const { t, tc } = useT();
  const key = `steps.${step.id}`;
  const online = (
    <div class="route" key="online">
      <h3>{t('step.routeOnline')}</h3>
      <p>
        <Glossed text={tc(momentId, `${key}.online`)} />
      </p>
    </div>
  );
  const helped = (
    <div class="route route--helped" key="helped">
      <h3>{t('step.routeHelped')}</h3>
      <p>
        <Glossed text={tc(momentId, `${key}.accompanied`)} />
      </p>
    </div>
  );
  return (
    <section aria-labelledby="how-title">
      <h2 id="how-title">{t('step.how')}</h2>
      <ul class="channels" aria-label={t('step.channels')}>
        {step.channels.map((c: Channel) => (
          <li key={c}>{t(`channels.${c}` as UiKey)}</li>
        ))}
      </ul>
      {accompanied ? [helped, online] : [online, helped]}
    </section>
  );
}
