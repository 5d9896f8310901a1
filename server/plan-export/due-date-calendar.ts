// The action plan's due dates as an iCalendar file (RFC 5545): one all-day VEVENT per dated action. Events
// rather than VTODOs, since every calendar imports events and few import tasks from a file; each keeps the
// action's id as its UID, so importing a newer file updates the entries rather than adding them twice.

import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { DueEvent } from '../domain/decisions/action-plan-rows';

const dayOf = (day: string, plus = 0) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + plus));

export function writeDueDateCalendar(events: readonly DueEvent[], name: string, now: Date): string {
  const calendar = ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Groundwork', product: 'Action plan', language: 'EN' },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: dayOf(event.day),
      // DTEND is exclusive: the entry covers the due day alone.
      end: dayOf(event.day, 1),
      summary: event.summary,
      description: event.description,
      status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: event.sequence,
      stamp: now,
    });
  }
  return calendar.toString();
}
