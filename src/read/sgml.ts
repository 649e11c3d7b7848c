/**
 * NIST/TREC SGML newswire, as in DUC and TAC: one or more
 * `<DOC><DOCNO>…</DOCNO>…<TEXT>…</TEXT></DOC>` per file, with optional
 * `<HEADLINE>`, `<DATE_TIME>`, `<DATE>`, `<DATELINE>`, `<BYLINE>`.
 *
 * - id: the DOCNO, or the `<DOC id="…">` attribute (TAC's AQUAINT-2); outlet
 *   from its prefix (`APW` → Associated Press);
 * - title: the HEADLINE, without the Financial Times' "FT 14 MAY 91 /" stamp;
 * - published: DATE_TIME or DATE (ISO, a written date opening the field as in
 *   "January 1, 1989, Sunday, Home Edition", or the FT's `910514`), else the
 *   date in the DOCNO (`APW19981016.0240` → 1998-10-16, `AP880212-0001` →
 *   1988-02-12);
 * - paragraphs: `<P>` elements when present, else blank-line blocks in which
 *   an indented line starts a new paragraph; all other line breaks are wraps.
 *   DUC 2004 texts have no paragraph markup at all, so they are one paragraph.
 *
 * A document that is a live blog is read oldest post first, its posts'
 * times kept (`buildArticle`), as any reader's.
 */
import { InputError } from '../errors.js';
import { buildNormalizedArticle } from './build.js';
import { leadingDate, toIsoDate } from './dates.js';
import { normalizeInline, splitParagraphs, type Normalized } from './normalize.js';
import type { ReadResult } from './result.js';

/** News services by DOCNO prefix (LDC and TREC collections). */
export const WIRE_OUTLETS: Readonly<Record<string, string>> = {
  AFP: 'Agence France-Presse',
  AP: 'Associated Press',
  APW: 'Associated Press',
  CNA: 'Central News Agency',
  FBIS: 'Foreign Broadcast Information Service',
  FT: 'Financial Times',
  LA: 'Los Angeles Times',
  LTW: 'Los Angeles Times/Washington Post',
  NYT: 'New York Times',
  SJMN: 'San Jose Mercury News',
  WPB: 'Washington Post/Bloomberg',
  WSJ: 'Wall Street Journal',
  XIE: 'Xinhua News Agency',
  XIN: 'Xinhua News Agency',
};

/**
 * Character entities, and LDC's typesetting codes (AQUAINT newswire): `&MD;`
 * a dash, `&HT;` a tab; `&UR;`/`&LR;` (upper/lower case runs), `&QL;`,
 * `&QC;`, `&QR;` (quad left, centre, right) and `&Cx1f;`-style control codes
 * mark nothing a reader sees.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', MD: '—', HT: ' ', bull: '•',
  UR: '', LR: '', QL: '', QC: '', QR: '',
};
const CONTROL_CODE = /^Cx[\da-f]{2}$/i;

export function readSgml(content: string, input: string, readAt: number): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  const text = content.replace(/<!--[\s\S]*?-->/g, '');
  const opens = [...text.matchAll(/<DOC\b[^>]*>/gi)];
  if (opens.length === 0) result.problems.push(new InputError(input, '', 'no <DOC> element: not NIST/TREC SGML'));
  opens.forEach((open, index) => {
    const item = index + 1;
    const start = open.index! + open[0].length;
    const limit = index + 1 < opens.length ? opens[index + 1].index! : text.length;
    const close = text.slice(start, limit).search(/<\/DOC>/i);
    if (close < 0) {
      result.problems.push(new InputError(input, `document ${item}`, 'no closing </DOC>; the file may be cut short'));
      return;
    }
    const doc = text.slice(start, start + close);
    const docno = field(doc, 'DOCNO') ?? /\bid\s*=\s*"([^"]+)"/i.exec(open[0])?.[1].trim();
    const place = docno ? `document ${item} (${docno})` : `document ${item}`;
    const body = elements(doc, 'TEXT').join('\n\n');
    const paragraphs = bodyParagraphs(body);
    if (paragraphs.length === 0) {
      result.problems.push(new InputError(input, place, 'the document has no <TEXT>'));
      return;
    }
    const fields = {
      id: docno,
      title: (field(doc, 'HEADLINE') ?? field(doc, 'HL') ?? field(doc, 'HEAD'))?.replace(FT_STAMP, '') || undefined,
      byline: field(doc, 'BYLINE')?.replace(/^by\s+/i, ''),
      outlet: docno ? WIRE_OUTLETS[/^[A-Z]+/.exec(docno)?.[0] ?? ''] : undefined,
      published: [field(doc, 'DATE_TIME'), field(doc, 'DATE')].map(fieldDate).find(Boolean) ?? (docno ? docnoDate(docno) : undefined),
    };
    result.articles.push(buildNormalizedArticle(fields, paragraphs, { input, format: 'sgml', item }, readAt));
  });
  return result;
}

/** The Financial Times' stamp before each headline: "FT  14 MAY 91 / ". */
const FT_STAMP = /^FT\s+\d{1,2}\s+[A-Z]{3}\s+\d{2}\s*\/\s*/;

/** A DATE or DATE_TIME field's date: ISO, opening with a written date, or compact `YYMMDD` / `YYYYMMDD`. */
function fieldDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const compact = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return toIsoDate(`${compact[1].length === 4 ? compact[1] : `19${compact[1]}`}-${compact[2]}-${compact[3]}`);
  return toIsoDate(value) ?? leadingDate(value);
}

/** The date in a DOCNO: `APW19981016.0240`, `NYT_ENG_19940701.0001`, `AP880212-0001`. */
export function docnoDate(docno: string): string | undefined {
  const long = /^[A-Z_]+?(\d{4})(\d{2})(\d{2})[._-]/.exec(docno);
  if (long) return toIsoDate(`${long[1]}-${long[2]}-${long[3]}`);
  const short = /^(?:AP|WSJ)(\d{2})(\d{2})(\d{2})-/.exec(docno);
  return short ? toIsoDate(`19${short[1]}-${short[2]}-${short[3]}`) : undefined;
}

function bodyParagraphs(body: string): Normalized[] {
  const clean = body.replace(/<ANNOTATION>[\s\S]*?<\/ANNOTATION>/gi, ' ');
  if (/<P\b[^>]*>/i.test(clean)) {
    return clean
      .split(/<\/?P\b[^>]*>/i)
      .map((chunk) => normalizeInline(decodeEntities(stripTags(chunk))))
      .filter(Boolean);
  }
  return splitParagraphs(decodeEntities(stripTags(clean)), 'wire');
}

/** Contents of every `<NAME>…</NAME>` element. */
function elements(doc: string, name: string): string[] {
  return [...doc.matchAll(new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'gi'))].map((match) => match[1]);
}

/** The first `<NAME>` element as one normalized line, or undefined when absent or empty. */
function field(doc: string, name: string): string | undefined {
  const [value] = elements(doc, name);
  return value === undefined ? undefined : normalizeInline(decodeEntities(stripTags(value))) || undefined;
}

function stripTags(value: string): string {
  return value.replace(/<[^>]*>/g, ' ');
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    if (CONTROL_CODE.test(name)) return ' ';
    return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? entity;
  });
}
