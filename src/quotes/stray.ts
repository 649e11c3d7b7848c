/**
 * Telling a quote mark's job from the words around it when its spacing is
 * sloppy (copy pasted from other sites, tokenized corpora): a mark before an
 * attribution closes a quotation however it is spaced (`…party, "police said
 * in a statement.`), and words that report speech themselves were never a
 * quotation (`"A gunman shot three people, police said.` never closed).
 */
import { SPEECH_VERBS } from './cues.js';

/** Words after a closing mark that may hold its attribution (`, " said the agency's director, Tomas Keldren.`). */
const MAX_ATTRIBUTION_WORDS = 10;
/** How far into those words the speech verb may come (`Deng, the governor, said.`). */
const MAX_WORDS_BEFORE_VERB = 5;
/** Words that open speech, not an attribution: `he said, " We told them…`. */
const SPEAKING_WORDS = new Set(['i', 'we', 'you', 'my', 'our', 'your', 'me', 'us']);

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);
}

/** Whether `text` is only an attribution: a speech verb early on, no speaking words before it, few words in all. */
function isAttribution(text: string): boolean {
  const list = words(text);
  if (list.length === 0 || list.length > MAX_ATTRIBUTION_WORDS) return false;
  const verb = list.findIndex((word) => SPEECH_VERBS.has(word));
  return verb >= 0 && verb <= MAX_WORDS_BEFORE_VERB && !list.slice(0, verb).some((word) => SPEAKING_WORDS.has(word));
}

/**
 * A mark set off by spaces after a comma, "?" or "!" (`wrong, " Pigeon told`,
 * `party, "police said`) that comes before an attribution is a closing mark.
 * Not after a speech verb (`he said, " The data…`, an opener).
 */
export function closesBeforeAttribution(text: string, mark: number, paragraphStart: number, paragraphEnd: number): boolean {
  const lead = leadBefore(text, mark, paragraphStart);
  if (!lead || SPEECH_VERBS.has(words(lead).pop() ?? '')) return false;
  return isAttribution(clauseAfter(text, mark + 1, paragraphEnd));
}

/**
 * How much text either side of a mark is read at first: a long paragraph's
 * many marks must not each read it whole. The answer is the same as reading
 * the whole paragraph; only a word longer than this is read again in full.
 */
const MARK_WINDOW = 400;

/** The word before the comma, "?" or "!" and spaces that end `text` up to `mark`, if they end it. */
function leadBefore(text: string, mark: number, paragraphStart: number): string | undefined {
  const from = Math.max(paragraphStart, mark - MARK_WINDOW);
  const lead = LEAD.exec(text.slice(from, mark));
  if (lead && lead.index === 0 && from > paragraphStart) return LEAD.exec(text.slice(paragraphStart, mark))?.[1];
  return lead?.[1];
}

/** A word, then a comma, "?" or "!" and spaces, ending the text read (a module constant: it keeps no state between calls). */
const LEAD = /(\S+)[,?!]\s+$/u;

/** Where a clause after a mark ends: the next quote mark or sentence end. */
const CLAUSE_END = /["]|[.?!](?:\s|$)/u;

/** The words after a mark up to the next quote mark or sentence end, or as many of them as an attribution can hold and one more. */
function clauseAfter(text: string, from: number, paragraphEnd: number): string {
  const to = Math.min(paragraphEnd, from + MARK_WINDOW);
  const rest = text.slice(from, to);
  const end = rest.search(CLAUSE_END);
  if (end >= 0 && (to === paragraphEnd || end < rest.length - 1)) return rest.slice(0, end);
  if (to === paragraphEnd || words(rest).length > MAX_ATTRIBUTION_WORDS) return end >= 0 ? rest.slice(0, end) : rest;
  const whole = text.slice(from, paragraphEnd);
  const wholeEnd = whole.search(CLAUSE_END);
  return wholeEnd < 0 ? whole : whole.slice(0, wholeEnd);
}

/**
 * Words from an opening mark to the end of their paragraph that report speech
 * themselves rather than being the speech: they end on an attribution after a
 * comma (`"A gunman shot three people, police said.`) or open on a subject
 * of up to six words ending on a name and a speech verb (`"Troy Police Lt.
 * Gerry Scherlinck told FOX News that…`). A quotation whose closing mark was lost reads as speech.
 */
export function reportsSpeech(quoted: string): boolean {
  const comma = quoted.lastIndexOf(', ');
  if (comma >= 0 && isAttribution(quoted.slice(comma + 2).replace(/[.?!]\s*$/u, ''))) return true;
  const opening = /^(\p{Lu}\S*\s+(?:\S+\s+){0,4}\p{Lu}[\p{L}.'’-]*)\s+(\p{Ll}+)\s+(\S+)/u.exec(quoted);
  return opening !== null && SPEECH_VERBS.has(opening[2]) && ![...words(opening[1]), words(opening[3])[0] ?? ''].some((word) => SPEAKING_WORDS.has(word));
}
