// Calendar events of journeys: one all-day event per dated step, on its deadline (or its first day
// when it has no end), with a reminder a few days before a real deadline.
import type { CalendarEvent } from '../../domain/ics';
import type { JourneyView } from '../journey/buildView';

/** Days before a deadline when the calendar reminds the person. */
export const reminderDays = 3;

type Text = (ns: string, key: string) => string;
type Ui = (key: 'calendar.deadline' | 'calendar.from', values: Record<string, string>) => string;

/** Events of the pending dated steps of the given journeys. */
export function journeyEvents(views: readonly JourneyView[], tc: Text, t: Ui, origin: string): CalendarEvent[] {
  return views.flatMap((view) =>
    view.steps
      .filter((s) => (s.to ?? s.from) && s.status !== 'done' && s.status !== 'notConcerned')
      .map((s) => {
        const title = tc(view.moment.id, `steps.${s.step.id}.title`);
        return {
          uid: `${view.journey.id}-${s.step.id}@jalons`,
          date: (s.to ?? s.from)!,
          summary: s.to ? t('calendar.deadline', { title }) : t('calendar.from', { title }),
          description: `${tc(view.moment.id, 'title')}\n${tc(view.moment.id, `steps.${s.step.id}.what`)}`,
          url: `${origin}/parcours/${view.journey.id}/etapes/${s.step.id}`,
          alarmDaysBefore: s.step.deadline && s.to ? reminderDays : undefined,
        };
      }),
  );
}
