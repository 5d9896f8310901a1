// A reminder planned for a calendar day goes out that morning in the administrator's own time zone: nine
// o'clock, when people read their mail, rather than at midnight.

export const REMINDER_HOUR = 9;

/** YYYY-MM-DD → the instant of nine in the morning that day, here, as the server takes it (UTC). */
export function reminderMoment(day: string): string {
  return new Date(`${day}T${String(REMINDER_HOUR).padStart(2, '0')}:00:00`).toISOString();
}
