import type { SegmentedArticle } from '../article.js';
import { ABBREVIATIONS } from '../segment/abbreviations.js';
import { possessiveLength, unshout } from './tokens.js';
import type { NameMention } from './types.js';

/** A suffix that makes a name describe something else: "the Hong Kong-based center", "a Texas-born singer", "the U.S.-led coalition". */
export const DESCRIBING_SUFFIX = /-(?:based|born|bred|built|led|backed|owned|run|made)$/i;
/** The last word of a name with a period, as a title abbreviation keeps it ("Hun Sen." at a sentence's end). */
const FINAL_PERIOD = /(?<=(?:^|\s)(\p{L}+))\.$/u;

/**
 * The name as written between two token indexes, without a final possessive
 * or describing suffix ("Hong Kong" of "Hong Kong-based"), and without the
 * period a last word spelled like a title abbreviation took from the end of
 * its sentence ("Hun Sen." — titles come before names, never last).
 */
export function formOf(article: SegmentedArticle, start: number, end: number): string {
  const raw = article.text.slice(article.tokens[start].start, article.tokens[end - 1].end);
  const trimmed = raw.slice(0, raw.length - possessiveLength(raw)).replace(DESCRIBING_SUFFIX, '');
  const word = end - start > 1 ? FINAL_PERIOD.exec(trimmed)?.[1] : undefined;
  const withoutPeriod = word !== undefined && ABBREVIATIONS.get(word.toLowerCase()) === 'title' ? trimmed.slice(0, -1) : trimmed;
  return withoutPeriod.split(' ').map(unshout).join(' ');
}

export function baseMention(article: SegmentedArticle, start: number, end: number, sentence: number, possessive: boolean): NameMention {
  const form = formOf(article, start, end);
  const spanStart = article.tokens[start].start;
  const mention: NameMention = {
    span: { start: spanStart, end: spanStart + form.length },
    tokenStart: start,
    tokenEnd: end,
    sentence,
    form,
    type: 'unknown',
  };
  if (possessive) mention.possessive = true;
  return mention;
}
