/**
 * A date-time shown to the minute as it was written, in its own offset: its day and its time of day
 * ("2026-06-02", "11:30"), the time empty for a date alone. Every place that shows a stored date to
 * the minute reads it here.
 */

/** The day and the time of day to the minute of an ISO 8601 date or date-time (time "" for a date alone). */
export function minuteParts(iso: string): { day: string; time: string } {
  return { day: iso.slice(0, 10), time: iso.length > 10 && (iso[10] === 'T' || iso[10] === ' ') ? iso.slice(11, 16) : '' };
}

/** "2026-06-02 11:30" from an ISO 8601 date-time (as written: its own offset), "2026-06-02" from a date. */
export function minute(iso: string): string {
  const { day, time } = minuteParts(iso);
  return time === '' ? day : `${day} ${time}`;
}
