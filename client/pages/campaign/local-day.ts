// The campaign's opening and closing instants, entered as calendar days in the administrator's own time
// zone: a campaign opens at the start of its first day and closes at the very end of its last one.

/** The offset of the given local date-time, as +08:00 / -05:00 / +00:00. */
function offsetOf(local: Date): string {
  const minutes = -local.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** YYYY-MM-DD → the instant that day starts (or ends) here, written with this zone's offset. */
export function dayToInstant(day: string, edge: 'start' | 'end'): string {
  const time = edge === 'start' ? '00:00:00' : '23:59:59';
  return `${day}T${time}${offsetOf(new Date(`${day}T${time}`))}`;
}

/** The calendar day an instant written by dayToInstant names (the day as entered, whatever the reader's zone). */
export function instantToDay(instant: string | null): string {
  return instant === null ? '' : instant.slice(0, 10);
}
