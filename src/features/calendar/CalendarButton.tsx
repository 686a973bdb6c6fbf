// "Ajouter à mon agenda": downloads an .ics file of the dated steps, made on the device.
import { todayIn } from '../../domain/dates';
import { toIcs } from '../../domain/ics';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { journeyEvents } from './journeyEvents';
import { downloadFile } from '../../shell/download';

/** Button that saves the journeys' dates as a calendar file. */
export function CalendarButton({ views }: { views: JourneyView[] }) {
  const { t, tc } = useT();
  if (views.length === 0) return null;
  const download = () => {
    const events = journeyEvents(views, tc, t, location.origin);
    const name = views.length === 1 ? tc(views[0]!.moment.id, 'title') : 'Jalons';
    downloadFile(
      `jalons-${todayIn(undefined)}.ics`,
      toIcs(events, { now: new Date(), name }),
      'text/calendar;charset=utf-8',
    );
  };
  return (
    <button type="button" class="button button--quiet" onClick={download}>
      {t(views.length === 1 ? 'calendar.one' : 'calendar.all')}
    </button>
  );
}
