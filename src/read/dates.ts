/**
 * Dates as news copy writes them, to ISO 8601. A date alone stays a date
 * (`2005-01-08`, no invented time or zone); a date-time keeps the clock and
 * the offset it was written with (RFC 822 in feeds too: "Tue, 03 Mar 2026
 * 23:30:00 EST" is 2026-03-03T23:30:00-05:00, on the writer's day), and one
 * written without a zone stays without (never read in the zone of the
 * machine reading it). A zone may be named ("10:00 CET", "2026-03-05 10:00
 * UTC"): `ZONE_OFFSETS` gives its offset, US daylight-saving rules the offset
 * of a US zone written without standard or daylight ("10:30 a.m. ET"), and
 * `regionalZone` a name read otherwise where the article comes from (CST in
 * Chinese copy). Dotted dates are day first, as European sites write them
 * ("05.03.2026" is 5 March), and so are slashed dates whose first number
 * cannot be a month ("13/03/2026") or, given `dayFirst`, all of them (an
 * article in another language than English: "12/03/2026" is 12 March); else
 * they are read in US order, as NIST writes them. Dates written in French,
 * German, Spanish, Italian, Portuguese and Dutch are read too ("Publié le 12
 * mars 2026 à 10h14", "Dienstag, 10. März 2026, 11:52 Uhr", "12 de marzo de
 * 2026"): `fromOtherLanguage` writes them as English dates. A date needs its
 * day: "March 2026 10:30" is no date (no day 1 is invented).
 */

import { languageName } from '../language/detect.js';
import { MONTHS_BY_LANGUAGE, WEEKDAYS_BY_LANGUAGE } from '../text/months.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Month names in French, German, Spanish, Italian, Portuguese and Dutch, by number. */
const OTHER_MONTH_NUMBERS = new Map(Object.values(MONTHS_BY_LANGUAGE).flatMap((months) => Object.entries(months)));
/** Weekday names in those languages, as a pattern's alternatives. */
const OTHER_WEEKDAYS = `(?:${[...new Set(Object.values(WEEKDAYS_BY_LANGUAGE).flat())].join('|')})`;
/** What opens a date line in those languages: "Publié le", "Mis à jour le", "Veröffentlicht am", "Stand:", a weekday. */
const OTHER_LEAD_IN = new RegExp(String.raw`^(?:(?:publié|mis à jour|actualisé|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s+(?:le|am|el|il|em|op))?\s*:?\s+|stand\s*:\s*|le\s+)?(?:${OTHER_WEEKDAYS},?\s+)?`, 'iu');
/** What opens an English date line: "Published:", "Updated", "Last updated on", "Posted". */
const ENGLISH_LEAD_IN = /^(?:(?:first\s+)?published|(?:last\s+)?updated|posted)(?:\s+on)?\s*:?\s+/i;
/** A day, a month's name and a year in those languages: "12 mars 2026", "12. März 2026", "12 de marzo de 2026", "1er mai 2026". */
const OTHER_DAY_MONTH_YEAR = /^(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(\p{L}+)\.?(?:\s+de)?,?\s+(\d{4})\b/iu;

/** A day, month and year in numbers ("12/03/2026", "10.03.2026"), which the patterns below read. */
const NUMERIC_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{4}\b/;
/** A time after such a date: "à 10h14", "à 10:14", "- 18:40", "um 11:52" → " 10:14" ("Uhr" after it is read below). */
const OTHER_TIME = /^\s*(?:[,|\u2013\u2014-]\s*)?(?:(?:à|um|a las|alle|às|om)\s+)?(\d{1,2})(?:h(\d{2})?(?!\p{L})(.*)|([:.]\d{2}.*))$/iu;

/**
 * A date written in French, German, Spanish, Italian, Portuguese or Dutch as
 * the English date the patterns here read ("Publié le 12 mars 2026 à 10h14" →
 * "12 Mar 2026 10:14", "Dienstag, 10.03.2026, 11:52 Uhr" → "10.03.2026 11:52
 * Uhr"), else as written.
 */
function fromOtherLanguage(written: string): string {
  const lead = OTHER_LEAD_IN.exec(written)![0];
  const rest = written.slice(lead.length);
  const named = OTHER_DAY_MONTH_YEAR.exec(rest);
  const month = named ? OTHER_MONTH_NUMBERS.get(named[2].toLowerCase()) : undefined;
  const date = named && month ? `${named[1]} ${ENGLISH_MONTHS[month - 1]} ${named[3]}` : NUMERIC_DATE.exec(rest)?.[0];
  if (date === undefined) return written;
  const after = rest.slice(named && month ? named[0].length : date.length);
  if (!after.trim()) return date;
  const time = OTHER_TIME.exec(after);
  if (!time) return written;
  return `${date} ${time[1]}${time[4] ?? `:${time[2] ?? '00'}${time[3]}`}`;
}

const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?`;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "Saturday, January 8, 2005", "Jan. 8 2005" */
const MONTH_DAY_YEAR = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'i');
/** "8 January 2005", "Sat, 8 Jan 2005" */
const DAY_MONTH_YEAR = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})`, 'i');
/** A month's name with a day beside it, or a day and month in numbers: what a date-time left to `Date.parse` must hold ("Chapter 2026 10:50", "March 2026 10:30" are no dates). */
const DAY_NAMED = new RegExp(String.raw`\b${MONTH}(?![a-z])\s*\d{1,2}(?!\d)|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?![a-z])|\d[/-]\d`, 'i');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]((\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/;
const SLASH_YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** "05.03.2026", "5.3.2026 10:00 CET" (day first, as European sites write) */
const DOTTED_DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}:\d{2}.*))?$/;
/** "2026年3月5日", "2026年3月5日 10:30", "2026年3月5日 10:30 CST" (Chinese and Japanese) */
const YEAR_MONTH_DAY_CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2}):(\d{2})(?:\s*(Z|[+-]\d{2}:?\d{2}))?)?$/;
/** "10/16/1998 14:40:00" (US order, as NIST DATE_TIME fields; day first in other languages: "12/03/2026 11:30") */
const SLASH_MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * An ISO 8601 date or date-time for a date as written, or undefined when it is
 * not a date. `zones` reads zone names otherwise than `ZONE_OFFSETS` does
 * (`regionalZone`: `{CST: 480}` in Chinese copy), in minutes east of UTC.
 */
export function toIsoDate(value: unknown, zones: Readonly<Record<string, number>> = {}, dayFirst = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.trim() || value.length > 80) return undefined;
  const written = withNumericZone(plainDateTime(fromOtherLanguage(value.trim().replace(ENGLISH_LEAD_IN, ''))), zones);
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
  match = YEAR_MONTH_DAY_CJK.exec(written);
  if (match) {
    const day = isoDay(+match[1], +match[2], +match[3]);
    return day && match[4] !== undefined ? toIsoDate(`${day} ${pad(+match[4])}:${match[5]}${match[6] === undefined ? '' : ` ${match[6]}`}`) : day;
  }
  match = SLASH_MONTH_FIRST.exec(written);
  if (match) {
    const readDayFirst = dayFirst ? +match[2] <= 12 : +match[1] > 12;
    const [month, dayOfMonth] = readDayFirst ? [+match[2], +match[1]] : [+match[1], +match[2]];
    const day = isoDay(+match[3], month, dayOfMonth);
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
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180,
  WAT: 60, SAST: 120, EAT: 180, MSK: 180, PKT: 300, IST: 330, HKT: 480, SGT: 480, AWST: 480, JST: 540, KST: 540,
  ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
};

/** A zone name after a time of day, in parentheses or not: "10:00 CET", "10:00:00 (UTC)". */
const NAMED_ZONE = /(\d:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)\s*\(?([a-z]{1,5})\)?$/i;

/** A zone name that stands for another zone where an article comes from. */
interface RegionalZone {
  zone: string;
  offset: number;
  name: string;
  /** Languages (ISO 639-1) of the articles that mean it. */
  languages: readonly string[];
  /** Country domains of the addresses that mean it. */
  domains: readonly string[];
}

/**
 * Zone names read otherwise in copy from where they mean another zone than
 * `ZONE_OFFSETS` gives: CST is China Standard Time in Chinese copy (and in
 * Taiwan's), IST Irish or Israel Standard Time in Irish or Israeli copy.
 */
const REGIONAL_ZONES: readonly RegionalZone[] = [
  { zone: 'CST', offset: 480, name: 'China Standard Time', languages: ['zh'], domains: ['cn', 'hk', 'mo', 'tw'] },
  { zone: 'IST', offset: 60, name: 'Irish Standard Time', languages: ['ga'], domains: ['ie'] },
  { zone: 'IST', offset: 120, name: 'Israel Standard Time', languages: ['he'], domains: ['il'] },
];

/** What an article says of where it comes from: its language tag, its address, and the language its text's script gives (asked only when needed). */
export interface ArticlePlace {
  language?: string;
  url?: string;
  scriptLanguage: () => string | undefined;
}

/**
 * The zones to read a written date with (`toIsoDate`'s `zones`) when it names
 * a zone that means another where the article comes from, with why; undefined
 * otherwise (CST in copy from nowhere else is US Central, as RFC 822 has it).
 */
export function regionalZone(written: string, place: ArticlePlace): { zones: Record<string, number>; reason: string } | undefined {
  const named = NAMED_ZONE.exec(written.trim())?.[2].toUpperCase();
  const candidates = REGIONAL_ZONES.filter((regional) => regional.zone === named);
  if (candidates.length === 0) return undefined;
  const domain = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*\.([a-z]{2})(?::\d+)?(?:[/?#]|$)/i.exec(place.url ?? '')?.[1].toLowerCase();
  const language = place.language?.slice(0, 2).toLowerCase();
  for (const regional of candidates) {
    const why = domain && regional.domains.includes(domain) ? `its address is in .${domain}`
      : language && regional.languages.includes(language) ? `the article is in ${languageName(language)}`
      : regional.languages.includes(place.scriptLanguage() ?? '') ? `the article is written in ${languageName(place.scriptLanguage()!)}` : undefined;
    if (why === undefined) continue;
    return { zones: { [regional.zone]: regional.offset }, reason: `read ${regional.zone} as ${regional.name} (${offsetText(regional.offset, ':')}): ${why}` };
  }
  return undefined;
}

/**
 * US zones as US sites name them without standard or daylight ("10:30 a.m.
 * ET"): their standard offsets, an hour more on the days US daylight-saving
 * time is kept (`usDaylightTime`).
 */
const US_ZONES: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** The written date-time with a zone name after its time as an offset ("10:00 CET" → "10:00 +0100", "10:00 UTC" → "10:00 Z"); else as written. */
function withNumericZone(written: string, zones: Readonly<Record<string, number>>): string {
  const match = NAMED_ZONE.exec(written);
  const name = match?.[2].toUpperCase();
  const offset = name === undefined ? undefined : zones[name] ?? ZONE_OFFSETS[name] ?? usZoneOffset(name, `${written.slice(0, match!.index)}${match![1]}`);
  if (offset === undefined) return written;
  const zone = offset === 0 ? 'Z' : offsetText(offset, '');
  return `${written.slice(0, match!.index)}${match![1]} ${zone}`;
}

/** The offset of a US zone named without standard or daylight on the day and hour of `clock` (a date-time written without a zone), or undefined. */
function usZoneOffset(name: string, clock: string): number | undefined {
  const standard = US_ZONES[name];
  const wall = standard === undefined ? undefined : toIsoDate(clock);
  if (wall === undefined || wall.length < 16) return undefined;
  return standard + (usDaylightTime(+wall.slice(0, 4), +wall.slice(5, 7), +wall.slice(8, 10), +wall.slice(11, 13)) ? 60 : 0);
}

/**
 * Whether US clocks keep daylight-saving time at this local hour: from 2 a.m.
 * on the second Sunday of March to 2 a.m. on the first Sunday of November
 * since 2007; the first Sunday of April to the last of October from 1987; the
 * last Sunday of April to the last of October before.
 */
function usDaylightTime(year: number, month: number, day: number, hour: number): boolean {
  const [startMonth, startDay] = year >= 2007 ? [3, nthSunday(year, 3, 2)] : [4, year >= 1987 ? nthSunday(year, 4, 1) : lastSunday(year, 4)];
  const [endMonth, endDay] = year >= 2007 ? [11, nthSunday(year, 11, 1)] : [10, lastSunday(year, 10)];
  const at = (month * 32 + day) * 24 + hour;
  return at >= (startMonth * 32 + startDay) * 24 + 2 && at < (endMonth * 32 + endDay) * 24 + 2;
}

/** The day of the month of its `n`th Sunday. */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** The day of the month of its last Sunday. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * A date-time as `Date.parse` and the patterns here read it: "10.00" after a
 * year as "10:00" ("Thu 5 Mar 2026 10.00 GMT", as the Guardian writes), "at"
 * before the time dropped ("March 5, 2026 at 10:00 AM"), a zone name in
 * parentheses after an offset dropped ("+0100 (CET)", as mail headers write;
 * "GMT+0100 (Central European Standard Time)", as JavaScript's dates do),
 * the German "Uhr" after the time ("05.03.2026, 10.00 Uhr"), "a.m." and
 * "p.m." as "AM" and "PM" ("10:30 a.m. ET", as US sites write), and an
 * offset of hours alone with its minutes ("10:00+05" → "10:00+0500", as ISO
 * 8601 allows).
 */
function plainDateTime(written: string): string {
  return written
    .replace(/(\d:\d{2}(?::\d{2})?)\s*([ap])\.m\.?(?=$|[\s(,])/i, (_, time: string, half: string) => `${time} ${half.toUpperCase()}M`)
    .replace(/(\d{4}),?\s+(?:at\s+)?(\d{1,2})[.:](\d{2})(?=$|[\s:])/i, '$1 $2:$3')
    .replace(/([+-]\d{2}:?\d{2})\s*\([a-z][a-z ]{0,60}\)$/i, '$1')
    .replace(/\s(?:GMT|UTC)([+-]\d{2}:?\d{2})$/i, ' $1')
    .replace(/(\d:\d{2})\s+Uhr$/i, '$1')
    .replace(/(\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*[+-]\d{2})$/, '$100');
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
  return `${wall}${offsetText(offset, ':')}`;
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

/** Minutes east of UTC as an offset: 480 → "+08:00" (`separator` ':') or "+0800" (''). */
export function offsetText(offset: number, separator: string): string {
  const minutes = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${separator}${pad(minutes % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
