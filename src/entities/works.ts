/**
 * The words around a name that show it to be a work's title (a film's, a
 * show's, a book's, a song's…), a periodical's name (a newspaper's, a
 * magazine's), a body's (`BODY_CUE_NOUNS`: "the broker Whitcombe Rhys") or a
 * product's (`PRODUCT_CUE_NOUNS`: "a smaller machine, the Cell-Scan Mini"):
 *
 * - a noun just before it: "the film Local Hero", "the HBO series The
 *   Wire", "a movie called The Rocketeer", "the daily Kommersant"; a noun
 *   that is also a verb only after a determiner or a modifier ("the show
 *   Ellen", not "polls show Clinton"), and none after "to", "will"… ("to
 *   film Obama");
 * - that noun before a title in quotation marks, the whole title one name
 *   (`quotedTitles`): "the sequel 'Catching Fire'", "his latest film,
 *   "Frost/Nixon,"", "the novel "The Year of the Death of Ricardo Reis"";
 * - that noun, a comma and a name of two words or more that the comma's
 *   clause ends on: "the sequel, Catching Fire." (not "In the movie, Deep
 *   Throat (Hal Holbrook) gives…", nor "the series, The Hollywood Reporter
 *   said…");
 * - an appositive after the name headed by a work noun: "Catching Fire, the
 *   second book in the trilogy" (not "Ross, the film's director", nor
 *   "Lane, a drama teacher").
 *
 * A body's or a product's noun makes nothing of a name opening on a given
 * name ("crane operator Joe Hale"), nor of one word that a lower-case word
 * follows ("the company Hale founded"), where a work's or a periodical's
 * would.
 */
import type { SegmentedArticle } from '../article.js';
import { FEMALE_NAMES, MALE_NAMES } from './given-names.js';
import { BODY_CUE_NOUNS, DETERMINERS, GATED_WORK_NOUNS, PERIODICAL_NOUNS, PRODUCT_CUE_NOUNS, VERB_CONTEXT, WORK_NOUNS } from './lexicon.js';
import { isNameWord, tokenText } from './tokens.js';

/** What a cue shows a name to be: a work (its own entity type), a periodical (an organisation that reports), a body or a product. */
export type NameCue = 'work' | 'periodical' | 'organisation' | 'product';

/** Modifiers that make a gated noun a noun ("the talk show Ellen", "the hit play Carousel"). */
const GATE_OPENERS = new Set([...DETERMINERS, 'tv', 'television', 'talk', 'radio', 'reality', 'hit', 'stage', 'new', 'latest']);
/** Verbs between the noun and the title ("a movie called The Rocketeer"). */
const NAMING_VERBS = new Set(['called', 'titled', 'entitled', 'named']);
/** Lower-case words a title may hold ("The Year of the Death of Ricardo Reis", "Dancing with the Stars"). */
const TITLE_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'is', 'nor', 'but']);
/** Punctuation a title may hold ("Frost/Nixon", "Hunger Games: Catching Fire"). */
const TITLE_MARKS = new Set([':', '/', '-', '&', '!', '?']);
/** Prepositions that open a scene-setting phrase: "In the movie, Deep Throat gives…" says where, not what the film is called. */
const SCENE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'throughout']);
/** Tokens that end an appositive title ("the sequel, Catching Fire - -", "…, Catching Fire."). */
const CLOSING_MARKS = new Set([',', '.', ';', '-', '–', '—']);
/** Words that may follow a work noun heading an appositive ("a comedy about…", "the second book in…", "the sequel to…"), where "film director" or "drama teacher" would not. */
const APPOSITIVE_ENDS = new Set([
  ...CLOSING_MARKS, ')', 'in', 'by', 'of', 'about', 'from', 'that', 'which', 'starring', 'written', 'directed', 'produced', 'based', 'set', 'due', 'released', 'adapted', 'for', 'on', 'with', 'to',
]);
/** Nouns after a name that make the cue noun a modifier of a compound ("the Ta Nea newspaper Web site"). */
const COMPOUND_HEADS = new Set(['site', 'sites', 'page', 'pages', 'edition', 'editions']);
const MAX_QUOTED_TITLE = 24;
const MAX_APPOSITIVE_MODIFIERS = 3;
/** A quotation mark's token (`norm`: curly marks are straight there). */
export const isQuote = (norm: string | undefined): boolean => norm === '"' || norm === "'";

/** What the words around the name `[start, end)` of sentence `sentence` show it to be, if anything. */
export function nameCue(article: SegmentedArticle, start: number, end: number, sentence: number): NameCue | undefined {
  const { tokenStart, tokenEnd } = article.sentences[sentence];
  return cueBefore(article, start, end, tokenStart, tokenEnd) ?? cueAfter(article, start, end, tokenEnd);
}

function cueBefore(article: SegmentedArticle, start: number, end: number, first: number, last: number): NameCue | undefined {
  if (COMPOUND_HEADS.has(article.tokens[end]?.norm ?? '')) return undefined;
  let index = start - 1;
  if (index >= first && /^(?:The|A|An)$/.test(tokenText(article, index))) index--;
  // "its first product, the Quillon Cell-Scan": a body's or a product's noun, a comma and "the".
  const the = index > first && tokenText(article, index) === 'the' && article.tokens[index - 1].norm === ',';
  const cue = cueNoun(article, the ? index - 1 : index, first);
  if (!cue || (cue.comma && !endsAppositive(article, start, end, cue.noun, first, last))) return undefined;
  const bodyOrProduct = cue.kind === 'organisation' || cue.kind === 'product';
  if (bodyOrProduct ? cue.comma !== the || !bodyOrProductNamed(article, start, end) : the) return undefined;
  return cue.kind;
}

/** Words after one name word that leave it a name of its own ("the charity Mind and …", "the group Safe said"), where others make it a clause's subject ("the company Hale founded"). */
const AFTER_ONE_WORD = new Set(['said', 'says', 'and', 'is', 'was', 'has', 'had', 'will', 'which', 'in', 'on', 'at', 'for']);

/** A body's or a product's noun names the name `[start, end)`: no given name opens it, and one word is followed by a mark or by `AFTER_ONE_WORD`. */
function bodyOrProductNamed(article: SegmentedArticle, start: number, end: number): boolean {
  const opener = article.tokens[start].norm;
  if (FEMALE_NAMES.has(opener) || MALE_NAMES.has(opener)) return false;
  const next = article.tokens[end];
  return end - start >= 2 || next === undefined || !/^\p{L}/u.test(tokenText(article, end)) || AFTER_ONE_WORD.has(next.norm);
}

/** The cue noun before `index` (the token just before a title), through a naming verb and a comma ("a movie called", "his latest film,"). */
function cueNoun(article: SegmentedArticle, index: number, first: number): { kind: NameCue; noun: number; comma: boolean } | undefined {
  const norm = (at: number): string => (at >= first ? article.tokens[at].norm : '');
  let noun = index;
  if (NAMING_VERBS.has(norm(noun))) noun--;
  const comma = norm(noun) === ',';
  if (comma) noun--;
  const kind = nounKind(article, noun, first);
  return kind && { kind, noun, comma };
}

/**
 * Titles in quotation marks, each from its first word to its last: after a
 * cue noun ("the sequel 'Catching Fire'", "his latest film, "Frost/Nixon,"",
 * "the novel "The Year of the Death of Ricardo Reis"") or a periodical's
 * name (a piece in it: "the L.A. Weekly, "In Search of Bettie Page""), before a work's noun
 * that is no verb ("the "X-Men" franchise") or holding a subtitle's colon
 * between name words ("the upcoming "X-Men Origins: Wolverine""). What is
 * quoted reads as a title: capitalized words, numbers, short function words,
 * other quotation marks; the same mark closes it.
 */
export function quotedTitles(article: SegmentedArticle, sentence: number): Array<{ start: number; end: number; kind: NameCue }> {
  const { tokenStart: first, tokenEnd: last } = article.sentences[sentence];
  const titles: Array<{ start: number; end: number; kind: NameCue }> = [];
  for (let open = first + 1; open < last - 1; open++) {
    const mark = article.tokens[open].norm;
    if (!isQuote(mark) || !isNameWord(tokenText(article, open + 1))) continue;
    const close = closingMark(article, open, last);
    if (close === undefined) continue;
    let end = close;
    while (end > open + 1 && [',', '.'].includes(article.tokens[end - 1].norm)) end--;
    const kind = quotedKind(article, cueNoun(article, open - 1, first)) ?? (holdsSubtitle(article, open + 1, end) || workNounAfter(article, close + 1, last) ? 'work' : undefined);
    if (!kind) continue;
    titles.push({ start: open + 1, end, kind });
    open = close;
  }
  return titles;
}

/** What a cue noun makes a quoted title: its kind, but a work after a periodical's name ("the L.A. Weekly, "In Search of Bettie Page"": a piece in it). */
function quotedKind(article: SegmentedArticle, cue: { kind: NameCue; noun: number } | undefined): NameCue | undefined {
  if (cue?.kind === 'periodical' && isNameWord(tokenText(article, cue.noun)) && tokenText(article, cue.noun) !== article.tokens[cue.noun].norm) return 'work';
  return cue?.kind;
}

/** The quotation mark that closes the title-shaped quotation opened at `open`, if one does; a comma or a full stop may come before it ("Wolverine.""). */
function closingMark(article: SegmentedArticle, open: number, last: number): number | undefined {
  const mark = article.tokens[open].norm;
  let close = open + 1;
  const inTitle = (index: number): boolean => isTitleToken(article, index) || isQuote(article.tokens[index].norm) || article.tokens[index].norm === ',' || (article.tokens[index].norm === '.' && article.tokens[index + 1]?.norm === mark);
  while (close < last && close - open <= MAX_QUOTED_TITLE && article.tokens[close].norm !== mark && inTitle(close)) close++;
  return close < last && article.tokens[close].norm === mark ? close : undefined;
}

/** "X-Men Origins: Wolverine": a colon between name words inside `[start, end)`. */
function holdsSubtitle(article: SegmentedArticle, start: number, end: number): boolean {
  for (let index = start + 1; index < end - 1; index++) if (article.tokens[index].norm === ':' && isNameWord(tokenText(article, index - 1)) && isNameWord(tokenText(article, index + 1))) return true;
  return false;
}

/** Nouns after a quoted title that make it a work's: the work nouns that are no verbs, and a franchise. */
const NOUNS_AFTER_TITLE: ReadonlySet<string> = new Set([...[...WORK_NOUNS].filter((noun) => !GATED_WORK_NOUNS.has(noun)), 'franchise']);

/** "the "X-Men" franchise", "the "X-Men" series": a work's noun that is no verb right after a quoted title. */
function workNounAfter(article: SegmentedArticle, index: number, last: number): boolean {
  return index < last && NOUNS_AFTER_TITLE.has(article.tokens[index].norm);
}

/** The kind of thing the noun at `index` introduces, unless it is a verb here. */
function nounKind(article: SegmentedArticle, index: number, first: number): NameCue | undefined {
  if (index < first) return undefined;
  const noun = article.tokens[index].norm;
  const kind = WORK_NOUNS.has(noun) ? 'work' : PERIODICAL_NOUNS.has(noun) ? 'periodical' : BODY_CUE_NOUNS.has(noun) ? 'organisation' : PRODUCT_CUE_NOUNS.has(noun) ? 'product' : undefined;
  if (!kind) return undefined;
  const before = index > first ? article.tokens[index - 1].norm : '';
  if (VERB_CONTEXT.has(before)) return undefined;
  if (GATED_WORK_NOUNS.has(noun) && !GATE_OPENERS.has(before) && !(index > first && /^\p{Lu}{2,5}$/u.test(tokenText(article, index - 1)))) return undefined;
  return kind;
}

function isTitleToken(article: SegmentedArticle, index: number): boolean {
  const word = tokenText(article, index);
  return isNameWord(word) || /^\d/.test(word) || TITLE_FUNCTION_WORDS.has(article.tokens[index].norm) || TITLE_MARKS.has(word);
}

/** "the sequel, Catching Fire." : two name words or more, no given name first, the clause ending on them, no scene-setting preposition before the noun. */
function endsAppositive(article: SegmentedArticle, start: number, end: number, noun: number, first: number, last: number): boolean {
  const opener = article.tokens[start].norm;
  if (end - start < 2 || FEMALE_NAMES.has(opener) || MALE_NAMES.has(opener)) return false;
  if (end < last && !CLOSING_MARKS.has(article.tokens[end].norm)) return false;
  for (let index = noun - 1; index >= first && noun - index <= 4; index--) {
    const norm = article.tokens[index].norm;
    if (SCENE_PREPOSITIONS.has(norm)) return false;
    if (!/^\p{Ll}/u.test(tokenText(article, index))) break;
  }
  return true;
}

/** "Catching Fire, the second book in the trilogy", "Scrubs, the NBC sitcom,", "Quillon, an Edinburgh company that…": a work's, a body's or a product's noun heads the appositive after the name. */
function cueAfter(article: SegmentedArticle, start: number, end: number, last: number): NameCue | undefined {
  const opener = article.tokens[start].norm;
  if (FEMALE_NAMES.has(opener) || MALE_NAMES.has(opener)) return undefined;
  if (article.tokens[end]?.norm !== ',' || !['the', 'a', 'an'].includes(article.tokens[end + 1]?.norm ?? '')) return undefined;
  for (let index = end + 2; index < last && index <= end + 2 + MAX_APPOSITIVE_MODIFIERS; index++) {
    const norm = article.tokens[index].norm;
    const kind = WORK_NOUNS.has(norm) ? 'work' : BODY_CUE_NOUNS.has(norm) && !PEOPLE_TOO.has(norm) ? 'organisation' : PRODUCT_CUE_NOUNS.has(norm) ? 'product' : undefined;
    if (kind) return index + 1 >= last || APPOSITIVE_ENDS.has(article.tokens[index + 1].norm) ? kind : undefined;
    if (APPOSITIVE_ENDS.has(norm) || /['’]/.test(norm)) return undefined;
  }
  return undefined;
}

/** Body's nouns that name people too ("Dick Hale, a refinery operator"): they cue a body's name before it only ("the broker Whitcombe Rhys"). */
const PEOPLE_TOO = new Set(['broker', 'operator', 'maker']);

/** Lower-case words a title runs through between its capitalized words ("The Passion of the Christ", "The Fires of Pompeii"). */
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'with', 'to', 'a', 'an']);
const MAX_TITLE_JOINERS = 3;

/**
 * Runs of name words with those after a work's title joined on: when a work
 * cue introduces a run ("the film Passion"), the title runs on through
 * lower-case "of", "the"… to the next run ("the film The Passion of the
 * Christ" is one title, not "Passion" and "Christ").
 */
export function joinCuedTitles<R extends { start: number; end: number; possessive: boolean }>(article: SegmentedArticle, runs: R[], sentence: number): R[] {
  const joined: R[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    if (last && !last.possessive && run.start - last.end <= MAX_TITLE_JOINERS && joinsTitle(article, last.end, run.start) && nameCue(article, last.start, last.end, sentence) === 'work') {
      joined[joined.length - 1] = { ...run, start: last.start };
    } else {
      joined.push(run);
    }
  }
  return joined;
}

/** A work's noun comes just before the name starting at `start` ("the comedy The Thick of It"): "of" there joins a title, not a person to a place. */
export function followsWorkCue(article: SegmentedArticle, start: number, sentenceStart: number): boolean {
  const cue = cueNoun(article, start - 1, sentenceStart);
  return cue?.kind === 'work' && !cue.comma;
}

/** Every token in `[from, to)` is a lower-case title word, "of" or "the" among them. */
function joinsTitle(article: SegmentedArticle, from: number, to: number): boolean {
  if (to <= from) return false;
  const norms = article.tokens.slice(from, to).map((token) => token.norm);
  return norms.every((norm, index) => TITLE_JOINERS.has(norm) && tokenText(article, from + index) === norm) && (norms.includes('of') || norms.includes('the'));
}
