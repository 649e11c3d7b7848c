/**
 * Stored dates keep the form they were read in: a date alone
 * ("2026-03-15"), a date-time with or without seconds and their fractions,
 * in UTC ("Z") or in the writer's offset ("-05:00"), one with no offset read
 * as UTC; and ingest times as `toISOString` writes them. Their text does not
 * sort as their instants do ("2026-03-14T23:30:00-05:00" is after
 * "2026-03-15T01:00:00Z"; "2026-03-15T10:00:30Z" sorts before
 * "2026-03-15T10:00Z"), and the form as written is what users are shown (the
 * writer's day), so SQL compares and orders them through `julianday()`,
 * which reads every one of these forms as the instant `instantOf` gives (an
 * expression index, `stories_by_last_told`, keeps the story list's order
 * read from an index).
 */

/** The SQL expression of a stored ISO 8601 date's instant, to compare and order by. */
export function instantSql(column: string): string {
  return `julianday(${column})`;
}
