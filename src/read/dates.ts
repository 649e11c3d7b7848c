/**
 * Dates as news copy writes them, to ISO 8601. A date alone stays a date
 * (`2005-01-08`, no invented time or zone); a date-time keeps the clock and
 * the offset it was written with (RFC 822 in feeds too: "Tue, 03 Mar 2026
 * 23:30:00 EST" is 2026-03-03T23:30:00-05:00, on the writer's day), and one
 * written without a zone stays without (never read in the zone of the
 * machine reading it). A zone may be named ("10:00 CET", "2026-03-05 10:00
 * UTC"): `ZONE_OFFSETS` gives its offset. Dotted dates are day first, as
 * European sites write them ("05.03.2026" is 5 March).
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?`;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "Saturday, January 8, 2005", "Jan. 8 2005" */
const MONTH_DAY_YEAR = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'i');
/** "8 January 2005", "Sat, 8 Jan 2005" */
const DAY_MONTH_YEAR = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})`, 'i');
/** A month's name, or a day and month in numbers: what a date-time left to `Date.parse` must hold ("Chapter 2026 10:50" is no date). */
const DAY_NAMED = new RegExp(String.raw`\b${MONTH}(?![a-z])|\d[/-]\d`, 'i');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]((\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/;
const SLASH_YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** "05.03.2026", "5.3.2026 10:00 CET" (day first, as European sites write) */
const DOTTED_DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}:\d{2}.*))?$/;
/** "10/16/1998 14:40:00" (US order, as NIST DATE_TIME fields) */
const SLASH_MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** An ISO 8601 date or date-time for a date as written, or undefined when it is not a date. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.trim() || value.length > 80) return undefined;
  const written = withNumericZone(plainDateTime(value.trim()));
  let match = ISO_DATE.exec(written);
  if (match) return isoDay(+match[1], +match[2], +match[3]);
  match = ISO_DATE_TIME.exec(written);
  if (match) {
    const day = isoDay(+match[1], +match[2], +match[3]);
    if (!day || +match[5] > 23 || +match[6] > 59) return undefined;
    return `${day}T${match[4]}${match[7] === undefined ? '' : withColon(match[7])}`;
  }
  match = SLASH_YEAR_FIRST.exec(written);
  if (match) return isoDay(+match[1], +match[2], +match[3]);
  match = DOTTED_DAY_FIRST.exec(written);
  if (match) {
    const day = isoDay(+match[3], +match[2], +match[1]);
    return day && match[4] !== undefined ? toIsoDate(`${day} ${pad(+match[4].split(':')[0])}${match[4].slice(match[4].indexOf(':'))}`) : day;
  }
  match = SLASH_MONTH_FIRST.exec(written);
  if (match) {
    const day = isoDay(+match[3], +match[1], +match[2]);
    if (!day || match[4] === undefined) return day;
    return `${day}T${pad(+match[4])}:${match[5]}:${match[6] ?? '00'}`;
  }
  const named = namedDate(written);
  if (named && named.length === written.replace(/\.$/, '').length) return named.date;
  if (/\d{4}/.test(written) && /\d{1,2}:\d{2}/.test(written) && DAY_NAMED.test(written)) return writtenDateTime(written);
  return undefined;
}

/**
 * Offsets in minutes east of UTC of the zones news copy names after a time.
 * US names as RFC 822 reads them (CST is US Central); names that stand for
 * several zones with no usual reading in news copy (AST, ET) are not read.
 */
const ZONE_OFFSETS: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180,
  WAT: 60, SAST: 120, EAT: 180, MSK: 180, PKT: 300, IST: 330, HKT: 480, SGT: 480, AWST: 480, JST: 540, KST: 540,
  ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
};

/** A zone name after a time of day, in parentheses or not: "10:00 CET", "10:00:00 (UTC)". */
const NAMED_ZONE = /(\d:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)\s*\(?([a-z]{1,5})\)?$/i;

/** The written date-time with a zone name after its time as an offset ("10:00 CET" → "10:00 +0100", "10:00 UTC" → "10:00 Z"); else as written. */
function withNumericZone(written: string): string {
  const match = NAMED_ZONE.exec(written);
  const offset = match ? ZONE_OFFSETS[match[2].toUpperCase()] : undefined;
  if (offset === undefined) return written;
  const minutes = Math.abs(offset);
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
  return `${written.slice(0, match!.index)}${match![1]} ${zone}`;
}

/**
 * A date-time as `Date.parse` and the patterns here read it: "10.00" after a
 * year as "10:00" ("Thu 5 Mar 2026 10.00 GMT", as the Guardian writes), "at"
 * before the time dropped ("March 5, 2026 at 10:00 AM"), a zone name in
 * parentheses after an offset dropped ("+0100 (CET)", as mail headers write;
 * "GMT+0100 (Central European Standard Time)", as JavaScript's dates do),
 * and the German "Uhr" after the time ("05.03.2026, 10.00 Uhr").
 */
function plainDateTime(written: string): string {
  return written
    .replace(/(\d{4}),?\s+(?:at\s+)?(\d{1,2})[.:](\d{2})(?=$|[\s:])/i, '$1 $2:$3')
    .replace(/([+-]\d{2}:?\d{2})\s*\([a-z][a-z ]{0,60}\)$/i, '$1')
    .replace(/\s(?:GMT|UTC)([+-]\d{2}:?\d{2})$/i, ' $1')
    .replace(/(\d:\d{2})\s+Uhr$/i, '$1');
}

/** "+0100" → "+01:00"; "Z" and "+01:00" as they are. */
function withColon(zone: string): string {
  return /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}

/** A zone after a time of day: "GMT", "EST", "+0100", "-05:00" (not "AM" or "p.m."). */
const ZONE_AFTER_TIME = /\d:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s*\(?(?![ap]\.?m\.?\s*$)(?:[a-z]{1,5}|[+-]\d{2}:?\d{2})\)?$/i;

/** A date-time `Date.parse` reads (RFC 822, "March 5, 2026 10:00 AM"), as its clock with the offset written, if any. */
function writtenDateTime(written: string): string | undefined {
  // A zone appended last is the one read: the clock as written, read as UTC.
  const clock = Date.parse(`${written} +0000`);
  if (Number.isNaN(clock)) return undefined;
  const wall = new Date(clock).toISOString().slice(0, 19);
  if (!ZONE_AFTER_TIME.test(written)) return wall;
  const instant = Date.parse(written);
  if (Number.isNaN(instant)) return undefined;
  const offset = Math.round((clock - instant) / 60_000);
  if (offset === 0) return `${wall}Z`;
  const minutes = Math.abs(offset);
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The ISO date a line opens with, whatever follows it: "January 1, 1989,
 * Sunday, Home Edition" (a newspaper's DATE field) → 1989-01-01.
 */
export function leadingDate(line: string): string | undefined {
  return namedDate(line.trim())?.date;
}

/** The ISO date of a line that is only a date ("Saturday, January 8, 2005", "2017-04-12"), else undefined. */
export function parseDateLine(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 50 || !/^[\p{L}\d ,./:+-]+$/u.test(trimmed) || !/\d/.test(trimmed)) return undefined;
  return toIsoDate(trimmed);
}

/**
 * A line that starts with a written date glued to the body ("Saturday, March
 * 26, 2005 Up to four times…"): the date and the rest, or undefined.
 */
export function splitLeadingDate(line: string): { date: string; rest: string } | undefined {
  const named = namedDate(line);
  if (!named) return undefined;
  const rest = line.slice(named.length);
  if (!/^\s*["'\p{Lu}]/u.test(rest)) return undefined;
  return { date: named.date, rest: rest.trim() };
}

function namedDate(text: string): { date: string; length: number } | undefined {
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const date = isoDay(+match[3], MONTHS[match[1].toLowerCase()], +match[2]);
    return date ? { date, length: match[0].length } : undefined;
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const date = isoDay(+match[3], MONTHS[match[2].toLowerCase()], +match[1]);
    return date ? { date, length: match[0].length } : undefined;
  }
  return undefined;
}

function isoDay(year: number, month: number | undefined, day: number): string | undefined {
  if (!month || month > 12 || day < 1 || day > 31 || year < 1000) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
