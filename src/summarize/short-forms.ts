import { trimmedSpan, type SegmentedArticle, type Span, type Token } from '../article.js';
import { tokenize } from '../segment/index.js';
import { countWords } from '../text/words.js';
import type { ConceptVocabulary } from './concepts.js';
import { byteLength, quotedTokenStartsOf, unitText, type Unit } from './units.js';

/**
 * Names news writes in full and short ("the United States" and "the U.S."),
 * by the norms of their words. Only forms every reader knows; a short form
 * is taken where the article writes it in capitals or with periods ("US",
 * "U.S."), never as a word of its own ("us").
 */
const SHORT_FORMS: readonly ShortForm[] = [
  { long: ['united', 'states'], short: ['u.s.', 'us'] },
  { long: ['united', 'nations'], short: ['u.n.', 'un'] },
  { long: ['european', 'union'], short: ['e.u.', 'eu'] },
];

interface ShortForm {
  long: readonly string[];
  short: readonly string[];
}

/** Each short form's norm and the name it writes. */
const FORM_OF_SHORT: ReadonlyMap<string, ShortForm> = new Map(SHORT_FORMS.flatMap((form) => form.short.map((norm) => [norm, form] as const)));

/** A token's text writing a short form as a name: in capitals, or with periods ("U.S.", "EU", not "eu" or "Us"). */
const WRITTEN_AS_NAME = /^[A-Z](?:\.[A-Z]\.|[A-Z]+)$/;

/** What may follow a long form written short: a space, a comma, semicolon, colon or bracket, or the sentence's stop. */
const AFTER_LONG_FORM = /^(?:\s|[,;:)]|\.$)/;


/**
 * The unit with each long form it writes outside quotations (`quotedTokenStartsOf`: "the
 * United States", not "the United States of America", "United
 * States-led", "the United States'") written as its article writes the
 * short form elsewhere ("the U.S.", its first token in `shortFormsOfArticle`,
 * read once per article by `shortFormsWritten`): the short form's span joins
 * the unit's parts, so every word of the summary is still a span of its
 * article, and the words saved go to content. Undefined when there is nothing to shorten
 * or the article never writes the short form. The unit's concepts and
 * citations stay those of the long form: `shortForms` maps each short form
 * written (a copy of the article's token) to the long form's tokens, and
 * `readTokens` reads the unit's tokens through it.
 */
export function withShortForms(unit: Unit, article: SegmentedArticle, shortFormsOfArticle: ShortFormsWritten, vocabulary: ConceptVocabulary): Unit | undefined {
  const { text } = article;
  const tokens: Token[] = [];
  const writtenShort = new Map<Token, readonly Token[]>();
  const parts: Span[] = [...unit.parts];
  const quoted = quotedTokenStartsOf(article);
  for (let k = 0; k < unit.tokens.length; k++) {
    const token = unit.tokens[k];
    const form = !quoted.has(token.start) ? SHORT_FORMS.find(({ long }) => long.every((norm, j) => unit.tokens[k + j]?.norm === norm)) : undefined;
    const last = form && unit.tokens[k + form.long.length - 1];
    const at = last ? parts.findIndex((part) => part.start <= token.start && last.end <= part.end) : -1;
    const short = form && at >= 0 && standsAlone(text, parts[at], token, last!) ? shortFormsOfArticle.get(form) : undefined;
    if (!form || !short) {
      tokens.push(token);
      continue;
    }
    const part = parts[at];
    const pieces = [
      trimmedSpan(text, part.start, token.start),
      { start: short.start, end: short.end },
      trimmedSpan(text, last!.end, part.end),
    ];
    // "…to the U.S." ends on the short form's period, not on "U.S.."
    if (text.slice(last!.end, part.end) === '.' && text[short.end - 1] === '.') pieces.pop();
    parts.splice(at, 1, ...pieces.filter((piece) => piece.end > piece.start));
    const written = { ...short };
    tokens.push(written);
    writtenShort.set(written, unit.tokens.slice(k, k + form.long.length));
    k += form.long.length - 1;
  }
  if (writtenShort.size === 0) return undefined;
  const kept = unitText(text, parts);
  return { ...unit, parts, tokens, words: countWords(kept), bytes: byteLength(kept), concepts: vocabulary.concepts(readTokens(tokens, writtenShort)), shortForms: writtenShort };
}

/** The tokens as read for concepts and citations: each short form a unit writes for a long one (`withShortForms`) as the long form's tokens. */
export function readTokens(tokens: readonly Token[], shortForms: ReadonlyMap<Token, readonly Token[]> | undefined): readonly Token[] {
  return shortForms ? tokens.flatMap((token) => shortForms.get(token) ?? [token]) : tokens;
}

/** The long form from `first` to `last` (inside `part`) is a name of its own: after a space or the part's start, before a space or punctuation, not before "of". */
function standsAlone(text: string, part: Span, first: Token, last: Token): boolean {
  if (first.start > part.start && text.charCodeAt(first.start - 1) > 32) return false;
  const after = text.slice(last.end, part.end);
  return (after === '' || AFTER_LONG_FORM.test(after)) && !/^\s+of\b/.test(after);
}

/** The first token of an article writing each short form as a name (`WRITTEN_AS_NAME`), for `withShortForms`. */
export type ShortFormsWritten = ReadonlyMap<ShortForm, Token>;

/**
 * The short forms `article` writes as names, each at its first token: one
 * pass over the article, whatever its units write in full.
 */
export function shortFormsWritten(article: SegmentedArticle): ShortFormsWritten {
  const { text, tokens } = article;
  const written = new Map<ShortForm, Token>();
  tokens.forEach((token, index) => {
    const form = shortFormAt(text, tokens, index);
    if (form && !written.has(form)) written.set(form, token);
  });
  return written;
}

/**
 * The short form `tokens[index]` writes as a name (`WRITTEN_AS_NAME`), or
 * undefined. A form without periods beside a word in capitals is a word of
 * text written in capitals ("CONTACT US", "JOIN US TODAY"), not the name.
 */
function shortFormAt(text: string, tokens: readonly Token[], index: number): ShortForm | undefined {
  const token = tokens[index];
  const form = FORM_OF_SHORT.get(token.norm);
  if (!form) return undefined;
  const surface = text.slice(token.start, token.end);
  if (!WRITTEN_AS_NAME.test(surface)) return undefined;
  const inCapitals = (other: Token | undefined) => other !== undefined && ALL_CAPITALS.test(text.slice(other.start, other.end));
  return surface.includes('.') || !(inCapitals(tokens[index - 1]) || inCapitals(tokens[index + 1])) ? form : undefined;
}

/** A word of two letters or more in capitals ("CONTACT", "TO"; not "A", "I"). */
const ALL_CAPITALS = /^[A-Z][A-Z'’-]*[A-Z]$/;

/** Each name's long form as tokens ("united", "states"), read as an article's words are. */
const LONG_FORM_TOKENS: ReadonlyMap<ShortForm, readonly Token[]> = new Map(
  SHORT_FORMS.map((form) => {
    const written = form.long.join(' ');
    return [form, tokenize(written, { start: 0, end: written.length })] as const;
  }),
);

/**
 * `tokens` (a run of `article.tokens`, or a summary unit's as `readTokens`
 * reads them) with each short form written as a name ("U.S.", "the US",
 * "EU") read as its long form's words, each at the short form's span: words
 * compared across articles (`CitationIndex`) then read "the U.S." and "the
 * United States" as one name, whichever each article writes. The same
 * tokens when there is none, or when the article is not read in English.
 */
export function longFormsRead(article: SegmentedArticle, tokens: readonly Token[]): readonly Token[] {
  if ((article.textLanguage ?? 'en') !== 'en') return tokens;
  let read: Token[] | undefined;
  tokens.forEach((token, index) => {
    const form = shortFormAt(article.text, tokens, index);
    if (form && !read) read = tokens.slice(0, index);
    if (!read) return;
    if (form) for (const word of LONG_FORM_TOKENS.get(form)!) read.push({ ...word, start: token.start, end: token.end });
    else read.push(token);
  });
  return read ?? tokens;
}
