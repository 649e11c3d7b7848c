import type { SegmentedArticle, Span } from '../article.js';
import type { ConceptVocabulary } from './concepts.js';
import { countWords } from '../text/words.js';
import { byteLength, isDangling, singleMarksOf, unitText, type Unit } from './units.js';

/**
 * Sentence compression by deletion: words a summary can lose without losing
 * the event, the grammar or who said it, so the budget holds more content.
 * Each rule finds spans to delete inside a sentence; a unit keeps the rest as its `parts`.
 *
 * 1. day names: "Hun Sen on Friday rejected" → "Hun Sen rejected"; "said Friday that" → "said that";
 *    "broke a deadlock Friday and agreed" → "broke a deadlock and agreed"; "said today" → "said"
 * 2. asides: "(AP)", "(pictured)", wire dashes "_ previously bitter rivals _", "-- …--"
 * 3. openers before a proper name: "On Friday, Hun Sen said" → "Hun Sen said"; "However, Hun Sen…"
 */
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_PART = '(?:\\s(?:morning|afternoon|evening|night))?';
/**
 * A day name after a word or a comma, with its "on" ("closed on Friday", "deadlock Friday and",
 * "players, Tuesday canceled" keeps the comma), unless a preposition, copula or
 * article needs it ("until Friday", "every day except Sunday", "is Friday", "the Sunday edition"), it is part of a
 * name ("Good Friday", "The Sunday Times", "the Mail on Sunday"), or a date, another day or
 * a capitalized word follows ("Friday, Oct. 16", "Monday and Tuesday", "Sunday Telegraph").
 */
const DAY_NAME = new RegExp(
  `(?<=[\\w,])(?<!\\b(?:late|early|until|since|from|before|after|through|till|except|without|including|excluding|besides|between|during|around|about|within|against|over|via|throughout|and|or|last|next|this|on|by|of|to|for|at|in|into|past|than|as|is|was|be|been|are|were|that|every|each|the|a|an|The|A|An|Good|Black|Bloody|Super|Cyber|Easter|Holy|Palm|Ash|Mail|Since|Until|Except|During|On|By))` +
    `(?:\\s+on)?\\s+${DAY}${DAY_PART}(?!['’]s|\\w|\\s+[A-Z]|\\s+(?:and|or|to|through)\\s+${DAY}|,\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\\d))`,
  'g',
);
const TODAY_AFTER_VERB = /(?<=\b(?:said|says|announced|reported|died|arrived|left|met)\b)\s+(?:today|yesterday)(?!['’]s|\w)/g;
const PARENTHESIS = /\s+\([^()"]{1,80}\)(?=[\s.,;:!?])/g;
const DASH_ASIDE = /\s+(?:_|--|—)\s[^_—"]{1,100}?\s(?:_|--|—)(?=\s)/g;
/** A date opening what follows the opener ("On Sunday, January 16, the public raised…" keeps its "On Sunday,"). */
const DATE_AHEAD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d';
const OPENER = new RegExp(
  `^(?:On\\s+${DAY}${DAY_PART}|Meanwhile|However|In addition|Also|Earlier|Later|Last week|This week|On the other hand|In a statement|At the same time),\\s+(?=[A-Z][a-z])(?!${DATE_AHEAD})`,
);

/** Spans of `sentence` (absolute offsets in `text`) that can be deleted. */
export function deletableSpans(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Span[] = [];
  const add = (start: number, end: number) => found.push({ start: sentence.start + start, end: sentence.start + end });
  for (const pattern of [DAY_NAME, TODAY_AFTER_VERB, PARENTHESIS, DASH_ASIDE]) {
    for (const match of body.matchAll(pattern)) add(match.index, match.index + match[0].length);
  }
  const opener = OPENER.exec(body);
  if (opener) add(0, opener[0].length);
  return mergeSpans(found);
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/**
 * The parts of `sentence` left after deleting `spans`, trimmed of surrounding
 * spaces; a lone final stop is dropped when the part before already ends on one
 * ("at 8:30 a.m. (0630 GMT)." → "at 8:30 a.m.").
 */
export function keptParts(text: string, sentence: Span, spans: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let start = sentence.start;
  for (const span of [...spans, { start: sentence.end, end: sentence.end }]) {
    let from = start;
    let to = span.start;
    while (from < to && text.charCodeAt(from) <= 32) from++;
    while (to > from && text.charCodeAt(to - 1) <= 32) to--;
    if (to > from) parts.push({ start: from, end: to });
    start = span.end;
  }
  const [before, last] = parts.slice(-2);
  if (last && before && /^[.!?]$/.test(text.slice(last.start, last.end)) && text[before.end - 1] === text[last.start]) parts.pop();
  return parts;
}

/**
 * A compressed variant of each unit that has something to delete, offered only
 * when every pair of words its deletions bring together is a concept some
 * sentence of the articles already holds ("Hun Sen rejected" beside a report
 * saying so; never "spent visiting" from "President Clinton spent Sunday
 * visiting troops"): a pair no writer wrote is a sign the deletion broke the
 * grammar, and it has no weight to be counted by. The vocabulary hands out ids
 * in order, so such a pair's id is at least its size on entry.
 */
export function compressedUnits(units: readonly Unit[], articles: readonly SegmentedArticle[], vocabulary: ConceptVocabulary): Unit[] {
  const written = vocabulary.size;
  const variants: Unit[] = [];
  for (const unit of units) {
    const article = articles[unit.article];
    const sentence = article.sentences[unit.sentence];
    const spans = deletableSpans(article.text, sentence);
    if (spans.length === 0) continue;
    const tokens = unit.tokens.filter((token) => !spans.some((span) => token.start < span.end && token.end > span.start));
    const concepts = vocabulary.concepts(tokens);
    if (concepts.some((concept) => concept >= written)) continue;
    const parts = keptParts(article.text, sentence, spans);
    const kept = unitText(article.text, parts);
    variants.push({
      ...unit,
      parts,
      tokens,
      words: countWords(kept),
      bytes: byteLength(kept),
      concepts,
      dangling: isDangling(tokens, article.textLanguage, singleMarksOf(article)),
    });
  }
  return variants;
}
