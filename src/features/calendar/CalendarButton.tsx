// "Ajouter à mon agenda": downloads an .ics file of the dated steps, made on the device.
import { todayIn } from '../../domain/dates';
import { toIcs } from '../../domain/ics';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { journeyEvents } from './journeyEvents';

/** Button that saves the journeys' dates as a calendar file. */
export function CalendarButton({ views }: { views: JourneyView[] }) {
  const { t, tc } = useT();
  if (views.length === 0) return null;
  const download = () => {
    const events = journeyEvents(views, tc, t, location.origin);
    const name = views.length === 1 ? tc(views[0]!.moment.id, 'title') : 'Jalons';
    const blob = new Blob([toIcs(events, { now: new Date(), name })], { type: 'text/calendar;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `jalons-${todayIn(undefined)}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return (
    <button type="button" class="button button--quiet" onClick={download}>
      {t(views.length === 1 ? 'calendar.one' : 'calendar.all')}
    </button>
  );
}
