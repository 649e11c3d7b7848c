/** An ISO 8601 date-time written with no offset: "2026-11-20T08:00", with seconds or their fractions. */
const NO_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The instant an ISO 8601 date stands for, in milliseconds since 1970 (NaN
 * for no date). A date-time written with no offset is read as UTC, as a
 * date alone is: `Date.parse` reads it in the zone of the machine running
 * it, so stories, orders and timelines would differ from one machine to the
 * next ("2026-11-20T08:00:00" beside a post at "2026-11-20T09:05:00Z").
 */
export function instantOf(iso: string): number {
  return Date.parse(NO_OFFSET.test(iso) ? `${iso}Z` : iso);
}
