/**
 * Pass 3 of quote finding: reported speech outside quote marks. For every
 * reporting verb not inside a quotation and not used by a direct quote:
 *
 * 1. what follows it: `X said (on Friday) (that) CLAUSE`, `X told reporters
 *    he …`, `…, saying CLAUSE` (the sentence's subject speaks);
 * 2. else what precedes it: `CLAUSE, X said (Sunday).`, `CLAUSE, said X.`,
 *    and the parenthetical `A, the government insists, B.`;
 * 3. "according to": `According to X, CLAUSE.` and `CLAUSE, according to X.`
 *    (X the issuer of "a statement issued by X");
 * 4. a passive's agent: `It was announced by X that CLAUSE`, `CLAUSE, it was
 *    said by X.`
 *
 * The reported clause ends at the sentence end, at a semicolon, or before a
 * comma that opens another attribution (", adding", ", but said", ", according to").
 */
import { MONTHS, WEEKDAYS } from '../facts/lexicon.js';
import { INVERTING_VERBS, isPassive, isSpeechVerb } from './attribute.js';
import { REPORTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './cues.js';
import { isQuoteMark, norm, thatWithin, type QuoteContext, type Resolved } from './context.js';
import { isDescriptionHead, isRoleNoun } from './descriptions.js';
import { MAX_TRAILING, onlyAdverbials, phraseAfter, quotedAsPhrase } from './phrase-after.js';
import { isPronoun, phraseBefore, type Range } from './phrases.js';
import { CLAUSE_JOINERS, describesSpeaker, leadingJoinersSkipped, MAX_SPEAKER_REACH, speakerAfter, speakerComma, startsAfter, TELL_VERBS } from './report-speaker.js';
import { sentenceSubject } from './subject.js';
import { namesEntity, pronounAfterClause } from './pronoun-clause.js';
import { resolvePhrase } from './resolve.js';
import { descriptionBefore, nameSetOffBefore, setOffSpeaker } from './set-off.js';
import { isNegatedSpeech, speakerBefore } from './verb-group.js';
import { BARE_CLAUSE_VERBS, clause, clauseLimit, isLongEnough, MAX_CLAUSE_TOKENS, MIN_NAMED_WORDS, MIN_WORDS, opensClause, trimEnd, wordsIn } from './report-clause.js';
import type { Quote } from './types.js';

/** Verbs that take a clause without "that" only when a subject follows at once ("claims it has", "reported 190 people were"). */
const SUBJECT_CLAUSE_VERBS = new Set('claims claimed warned warns suggested suggests believes believed reported reports'.split(' '));
/**
 * Words that cannot open a reported clause right after the verb ("said in a
 * statement", "said as he left"), embedded questions among them: "refused to
 * say whether" reports nothing ("said if …" is a condition and stays).
 */
const NOT_CLAUSE_OPENERS = new Set(
  'to for with by of from into in at on about during through goodbye so nothing little much yes no as when while after before because since outside inside upon following without was were is are had has have would will could should can may might must did does do been being whether how why what who which where'.split(' '),
);
/** Words that may stand between the verb and "that": "said in an interview published Sunday that". */
const ADVERBIAL_WORDS = new Set(
  'on in at during after before a an the statement interview news conference briefing letter television radio telephone phone later earlier also again late early last this week night morning afternoon evening published broadcast aired issued released posted today yesterday monday tuesday wednesday thursday friday saturday sunday repeatedly publicly privately then previously'.split(' '),
);
/** A parenthetical attribution after more words than this ("…, at which, the government alleges, B") reports only B. */
const MAX_PARENTHETICAL_LEAD = 6;

export function indirectQuotes(context: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  for (const sentence of context.article.sentences) {
    // Where the last report found in the sentence ends, its clause and attribution, and whether its clause came before its verb: a clause opening after it (`opensClause`) is where a later report's clause starts.
    let reported = -1;
    let afterReportBefore = false;
    let start = sentence.tokenStart;
    for (let cue = sentence.tokenStart; cue < sentence.tokenEnd; cue++) {
      if (opensClause(context, cue, reported, afterReportBefore)) start = cue;
      if (context.quoted[cue] === 1) continue;
      const word = norm(context, cue);
      const found = word === 'according' && norm(context, cue + 1) === 'to'
        ? accordingTo(context, cue, start, sentence.tokenEnd)
        : REPORTING_VERBS.has(word) && !isNegatedSpeech(context, cue) && !describesAFigure(context, cue) && (SPEECH_PARTICIPLES.has(word) || isSpeechVerb(context, cue))
          ? reportAfter(context, cue, start, sentence.tokenEnd) ?? reportBefore(context, cue, start, sentence.tokenEnd)
          : SPEECH_VERBS.has(word) && isPassive(context, cue) && norm(context, cue + 1) === 'by'
            ? passiveReport(context, cue, start, sentence.tokenEnd)
            : undefined;
      if (!found || found.content.end - found.content.start > MAX_REPORT_TOKENS || (found.speaker && OWN_EARLIER_VERSION.test(found.speaker.name))) continue;
      reported = Math.max(reported, cue + 1, found.content.end, found.attributionEnd ?? 0);
      afterReportBefore = found.content.end <= cue;
      if (found.speaker) context.history.push({ token: cue, speaker: found.speaker });
      quotes.push(toQuote(context, found, cue, word === 'according' ? cue + 2 : cue + 1));
    }
  }
  return quotes;
}

/** Most tokens of a reported clause, a parenthetical attribution inside it included: one sentence of thousands of "A, said X, …" reports no clause reaching back over all of them. */
const MAX_REPORT_TOKENS = 2 * MAX_CLAUSE_TOKENS;

/** A correction's "An earlier version of this article said …": what the article itself no longer says, nobody's report. */
const OWN_EARLIER_VERSION = /\b(?:version|edition)s?\s+of\s+this\s+(?:article|story|report|page)\b/i;

/** Adverbs of when or how widely something was told, which a participle after a noun takes: "the $8 million first reported". */
const REPORTED_WHEN = new Set(['first', 'initially', 'originally', 'previously', 'earlier', 'widely']);

/**
 * "up from the $8 million first reported", "the nine previously announced":
 * a participle after such an adverb and a noun (no name, pronoun, role,
 * group or organisation: "the council first announced" speaks)
 * describes the noun, and nobody speaks ("… first reported, after engineers
 * found …" is not a report of "up from the $8 million first").
 */
function describesAFigure(context: QuoteContext, cue: number): boolean {
  if (!/ed$/.test(norm(context, cue)) || !REPORTED_WHEN.has(norm(context, cue - 1))) return false;
  const before = cue - 2;
  const noun = norm(context, before);
  return before >= 0 && !context.article.tokens[before].punct && !context.mentionOf[before] && !isPronoun(noun) && !isDescriptionHead(noun);
}

interface Report {
  content: Range;
  speaker?: Resolved;
  /** Where the attribution after the verb ends, when it names its speaker there ("…, said Ada Morrow, …"). */
  attributionEnd?: number;
}

function toQuote(context: QuoteContext, report: Report, cueStart: number, cueEnd: number): Quote {
  const { tokens } = context.article;
  const quote: Quote = { kind: 'indirect', span: { start: tokens[report.content.start].start, end: tokens[report.content.end - 1].end } };
  if (report.speaker) quote.speaker = report.speaker.span ? { name: report.speaker.name, span: report.speaker.span } : { name: report.speaker.name };
  quote.cue = { start: tokens[cueStart].start, end: tokens[cueEnd - 1].end };
  return quote;
}

/** Pattern 1. */
function reportAfter(context: QuoteContext, cue: number, start: number, end: number): Report | undefined {
  const participle = SPEECH_PARTICIPLES.has(norm(context, cue));
  const before = norm(context, cue - 1);
  if (isQuoteMark(context, cue - 1) || (before === ',' && isQuoteMark(context, cue - 2))) return undefined;
  if (before === ',' && INVERTING_VERBS.has(norm(context, cue)) && (namesSpeakerToEnd(context, cue, end) || describedNameAfter(context, cue))) return undefined;
  const from = clauseStart(context, cue, end);
  if (from === undefined) return undefined;
  const content = clause(context, from, end, MIN_NAMED_WORDS);
  if (!content) return undefined;
  const phrase = participle && (before === ',' || !context.mentionOf[cue - 1])
    ? quotedAsPhrase(context, cue, start)?.phrase ?? withSubject(context, cue, start) ?? saidBefore(context, cue, start) ?? sentenceSubject(context, cue)
    : speakerBefore(context, cue, start) ?? (['and', 'but'].includes(before) ? sentenceSubject(context, cue) : undefined);
  const speaker = phrase && resolvePhrase(context, phrase, cue);
  return speaker && isLongEnough(context, content, speaker) ? { content, speaker } : undefined;
}

/** "…, France Telecom said, adding that…": the one who said speaks on, not the sentence's subject ("Priority will be…"). */
function saidBefore(context: QuoteContext, cue: number, start: number): Range | undefined {
  return norm(context, cue - 1) === ',' && SPEECH_VERBS.has(norm(context, cue - 2)) ? speakerBefore(context, cue - 2, start) : undefined;
}

/** "…, with one lawmaker saying that…": the phrase after "with" speaks, not the sentence's subject. */
function withSubject(context: QuoteContext, cue: number, start: number): Range | undefined {
  const phrase = norm(context, cue - 1) === ',' ? undefined : phraseBefore(context, cue, start);
  if (!phrase) return undefined;
  for (let index = phrase.end - 2; index >= phrase.start - 1; index--) if (norm(context, index) === 'with') return { start: index + 1, end: phrase.end };
  return undefined;
}

/** "…, says the BBC's Christian Fraser in Paris.": a short rest of the sentence naming a person is the speaker of what came before. */
function namesSpeakerToEnd(context: QuoteContext, cue: number, end: number): boolean {
  if (wordsIn(context, cue + 1, end, MAX_TRAILING) > MAX_TRAILING) return false;
  let person = false;
  for (let index = cue + 1; index < end; index++) {
    if (norm(context, index) === 'that' || isQuoteMark(context, index)) return false;
    if (context.mentionOf[index]?.type === 'person') person = true;
  }
  return person;
}

/** "…, said Jose Maria Cachero, an author and professor, …": a person named after the verb, then described, is the speaker of what came before, however long the description. */
function describedNameAfter(context: QuoteContext, cue: number): boolean {
  const mention = context.mentionOf[cue + 1];
  return mention?.type === 'person' && mention.tokenStart === cue + 1 && norm(context, mention.tokenEnd) === ',' && describesSpeaker(context, mention.tokenEnd + 1);
}

/** A day of the month or a month ("said on Monday 12 November that"), which the words before "that" may hold. */
function isDatePart(word: string): boolean {
  return MONTHS[word] !== undefined || /^\d{1,2}(?:st|nd|rd|th)?$/.test(word);
}

const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Where the reported clause begins after the verb: after "that", after a told-object, after a time word. */
function clauseStart(context: QuoteContext, cue: number, end: number): number | undefined {
  const tell = TELL_VERBS.has(norm(context, cue));
  for (let index = cue + 1; index < Math.min(end, cue + 9); index++) {
    const word = norm(context, index);
    if (context.article.tokens[index].punct) break;
    if (word === 'that') return index + 1;
    if (tell && isPronoun(word) && index > cue + 1) return index;
    if (!tell && !ADVERBIAL_WORDS.has(word) && !context.mentionOf[index] && !isDatePart(word)) break;
  }
  let index = cue + 1;
  if (SUBJECT_CLAUSE_VERBS.has(norm(context, cue))) {
    const word = norm(context, index);
    return isPronoun(word) || /^\d/.test(word) || context.mentionOf[index]?.type === 'person' || context.mentionOf[index]?.type === 'organisation' ? index : undefined;
  }
  if (tell || !BARE_CLAUSE_VERBS.has(norm(context, cue))) return undefined;
  if (adverbialsEnd(context, cue + 1, end) > cue + 1) return undefined;
  // "said Tuesday the roof was sound", "said on Tuesday it would strike": a day, with or without "on", before the clause ("said on Wednesday morning during a briefing" reports nothing).
  if (norm(context, index) === 'on' && WEEKDAYS.includes(norm(context, index + 1))) index++;
  while (index < end && (WEEKDAYS.includes(norm(context, index)) || /^(?:today|yesterday|tonight|earlier|later|also|again|privately|publicly)$/.test(norm(context, index)))) index++;
  if (WEEKDAYS.includes(norm(context, index - 1)) && PARTS_OF_DAY.has(norm(context, index))) index++;
  if (index >= end || context.article.tokens[index].punct || NOT_CLAUSE_OPENERS.has(norm(context, index))) return undefined;
  return index;
}

/**
 * Where a run of adverbial words after the verb ends at a comma ("said early
 * on Wednesday, as …", "said on Tuesday afternoon."): the comma or the
 * sentence's end, which the attribution reaches; `from` when the words go on
 * into a clause ("said the company would …").
 */
function adverbialsEnd(context: QuoteContext, from: number, end: number): number {
  let index = from;
  while (index < end && ADVERBIAL_WORDS.has(norm(context, index))) index++;
  return index > from && (index >= end || norm(context, index) === ',' || norm(context, index) === '.') ? index : from;
}

/** Pattern 2; a stray opening mark (one that quotes nothing) before the clause is left out of it. */
function reportBefore(context: QuoteContext, cue: number, start: number, end: number): Report | undefined {
  const speakerPhrase = norm(context, cue - 1) === ',' ? speakerAfter(context, cue, end) : undefined;
  const inverted = speakerPhrase !== undefined;
  const afterSpeaker = inverted ? speakerPhrase?.end ?? cue + 1 : cue + 1;
  // "…, police said early on Wednesday, as divers searched": the joiner may come after a time; a participle after one ("said on Sunday, citing …") still closes the report.
  const afterAdverbials = inverted ? afterSpeaker : adverbialsEnd(context, cue + 1, end);
  const joined = norm(context, afterAdverbials) === ',' && (CLAUSE_JOINERS.has(norm(context, afterAdverbials + 1)) || opensSourceParticiple(context, afterAdverbials + 1));
  const described = inverted && norm(context, afterSpeaker) === ',' && (describesSpeaker(context, afterSpeaker + 1) || descriptionThenAdverbials(context, afterSpeaker + 1, end));
  const nearest = inverted ? cue - 1 : speakerComma(context, cue, start);
  if (nearest === undefined) return undefined;
  // "…, the transport minister, Claire Haddon, said": the description set off before the name is the speaker's, not the clause's.
  const comma = inverted || nameSetOffBefore(context, cue) === undefined ? nearest : (descriptionBefore(context, nearest, start) ?? nearest);
  const first = isQuoteMark(context, start) && context.quoted[start] === 0 ? start + 1 : start;
  const shortLead = wordsIn(context, first, comma, MAX_PARENTHETICAL_LEAD) <= MAX_PARENTHETICAL_LEAD;
  const rest = wordsIn(context, afterSpeaker, end, MIN_WORDS);
  const parenthetical = !joined && !described && norm(context, afterSpeaker) === ',' && !isQuoteMark(context, afterSpeaker + 1) && !context.article.tokens[afterSpeaker + 1]?.punct && (rest > MIN_WORDS || (shortLead && shortParentheticalEnd(context, inverted, afterSpeaker + 1, rest)));
  if (!parenthetical && !joined && !described && !onlyAdverbials(context, afterSpeaker, end)) return undefined;
  // A clause of two words is reported only when nothing but adverbials follows the attribution ("Costs fell, Ada Morrow said on Tuesday"; "Both sides, Jane Doe said, agreed" reports nothing).
  const closes = parenthetical || joined || described || rest === 0 || opensOnAdverbial(context, norm(context, afterSpeaker) === ',' ? afterSpeaker + 1 : afterSpeaker);
  const lead = parenthetical && !shortLead ? afterSpeaker + 1 : first;
  const content = parenthetical ? { start: lead, end: trimEnd(context, lead, parentheticalEnd(context, afterSpeaker + 1, end)) } : { start: first, end: trimEnd(context, first, comma) };
  const words = wordsIn(context, content.start, content.end, MIN_WORDS);
  if (context.quoted[content.start] === 1 || isQuoteMark(context, content.start) || isQuoteMark(context, comma - 1) || words < MIN_NAMED_WORDS || (words < MIN_WORDS && !closes)) return undefined;
  const namesSpeaker = context.article.tokens.slice(comma + 1, cue).some((_, offset) => ['person', 'organisation'].includes(context.mentionOf[comma + 1 + offset]?.type ?? ''));
  const phrase = speakerPhrase ?? phraseBefore(context, cue, comma + 1) ?? (namesSpeaker ? nameSetOffBefore(context, cue) : undefined);
  if (!phrase || (!inverted && !namesSpeaker && !startsAfter(context, phrase, comma + 1))) return undefined;
  const clauseNames = pronounAfterClause(context, phrase, content, cue);
  const speaker = resolvePhrase(context, inverted ? phrase : { start: leadingJoinersSkipped(context, comma + 1, phrase.start), end: phrase.end }, clauseNames?.from ?? cue);
  const resolved = speaker && speaker.entity === undefined ? (setOffSpeaker(context, phrase, speaker) ?? speaker) : speaker;
  if (clauseNames && resolved?.entity !== undefined && namesEntity(context, clauseNames.from, clauseNames.end, resolved.entity)) return undefined;
  return resolved && isLongEnough(context, content, resolved) ? { content, speaker: resolved, ...(inverted ? { attributionEnd: afterSpeaker } : {}) } : undefined;
}

/** Where "A, said X, B" ends: at the sentence's end or a semicolon, `MAX_CLAUSE_TOKENS` after B opens at most. */
function parentheticalEnd(context: QuoteContext, from: number, end: number): number {
  const last = clauseLimit(from, end);
  for (let index = from; index < last; index++) if (norm(context, index) === ';') return index;
  return last;
}

/** "…, the Velmar Courier reported, cited by the union", "…, police said, citing a witness": a participle naming where the report came from closes the attribution; it is no rest of the clause. */
function opensSourceParticiple(context: QuoteContext, index: number): boolean {
  const word = norm(context, index);
  return SPEECH_PARTICIPLES.has(word) || word === 'citing' || (/^(?:cited|quoted)$/.test(word) && norm(context, index + 1) === 'by');
}

/** "…, said Ada Morrow, a weaver, on Tuesday.": after the speaker's comma, a description opening on an article, then a joiner, whatever follows it, or only adverbials opening on an adverbial word ("…, a weaver, and the union agreed", "…, a weaver, and wages rose, said Tom Reed"; "The looms, said Ada Morrow, are unsafe" and "Tom Reed, said Ada Morrow, a weaver, is a liar" go on with their clause). */
function descriptionThenAdverbials(context: QuoteContext, from: number, end: number): boolean {
  if (!['a', 'an', 'the'].includes(norm(context, from))) return false;
  for (let index = from + 1; index < end && index - from <= MAX_SPEAKER_REACH; index++) {
    if (isQuoteMark(context, index) || REPORTING_VERBS.has(norm(context, index))) return false;
    if (norm(context, index) === ',') return CLAUSE_JOINERS.has(norm(context, index + 1)) || (opensOnAdverbial(context, index + 1) && onlyAdverbials(context, index + 1, end));
  }
  return false;
}

/** Verbs that open what follows an inverted attribution's speaker as the rest of the clause ("The problem, said Tom Reed, is money"), not a description ("…, said Mabry, another operator"). */
const CLAUSE_VERBS_AFTER_SPEAKER = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must']);

/**
 * "A, the government insists, B" with B of two or three words after a short A, read as the rest of the clause A opens
 * ("Last night, Jane Doe said, the mill burned"): B is no adverbials ("…, Jane Doe said, on Tuesday") nor a participle
 * ("…, police said, cited by AFP"); after an inverted "said X" B opens on a verb ("The problem, said Tom Reed, is
 * money"; "…, said Mabry, another operator" describes him).
 */
function shortParentheticalEnd(context: QuoteContext, inverted: boolean, first: number, words: number): boolean {
  const word = norm(context, first);
  if (words < MIN_NAMED_WORDS || opensOnAdverbial(context, first) || /(?:ed|ing)$/.test(word)) return false;
  return !inverted || CLAUSE_VERBS_AFTER_SPEAKER.has(word);
}

/** A word that opens adverbials of time, place or manner ("on Tuesday", "in a statement", "Tuesday"), not an article ("the mill burned"). */
function opensOnAdverbial(context: QuoteContext, index: number): boolean {
  const word = norm(context, index);
  return ADVERBIAL_WORDS.has(word) && !['a', 'an', 'the'].includes(word);
}

/** Pattern 4: `It was announced by X (, …,) that CLAUSE`, `CLAUSE, it was said by X.`: the passive's agent speaks. */
function passiveReport(context: QuoteContext, cue: number, start: number, end: number): Report | undefined {
  const phrase = phraseAfter(context, cue, end);
  const speaker = phrase && resolvePhrase(context, phrase, cue);
  if (!speaker) return undefined;
  const that = thatWithin(context, phrase.end, end, MAX_SPEAKER_REACH, (word) => word === 'that', (next) => opensAnotherClause(context, next));
  if (that !== undefined) {
    const content = clause(context, that + 1, end);
    return content ? { content, speaker } : undefined;
  }
  let first = norm(context, cue - 1) === 'been' ? cue - 2 : cue - 1;
  if (norm(context, first - 1) === 'it') first--;
  if (norm(context, first - 1) !== ',' || !onlyAdverbials(context, phrase.end, end)) return undefined;
  const content = { start, end: trimEnd(context, start, first - 1) };
  if (context.quoted[start] === 1 || isQuoteMark(context, start) || isQuoteMark(context, content.end - 1) || wordsIn(context, start, content.end, MIN_WORDS) < MIN_WORDS) return undefined;
  return { content, speaker };
}

/** Words after a comma opening another clause than the passive's (`…, and critics said that`, `…, which …`, `…, said that`). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'which', 'whose']);

function opensAnotherClause(context: QuoteContext, next: number): boolean {
  const word = norm(context, next);
  return CLAUSE_OPENERS.has(word) || SPEECH_VERBS.has(word) || REPORTING_VERBS.has(word);
}

/** Pattern 3. */
function accordingTo(context: QuoteContext, according: number, start: number, end: number): Report | undefined {
  const phrase = phraseAfter(context, according + 1, end);
  if (!phrase) return undefined;
  const speaker = resolvePhrase(context, phrase, according);
  if (!speaker) return undefined;
  const atStart = according === start || context.article.tokens.slice(start, according).every((token) => token.punct);
  if (atStart && norm(context, phrase.end) === ',') {
    const content = clause(context, afterAppositive(context, phrase.end + 1, end), end, MIN_NAMED_WORDS);
    return content && isLongEnough(context, content, speaker) ? { content, speaker } : undefined;
  }
  if (norm(context, according - 1) !== ',' || !onlyAdverbials(context, phrase.end, end)) return undefined;
  const content = { start, end: trimEnd(context, start, according - 1) };
  if (context.quoted[start] === 1 || isQuoteMark(context, content.end - 1) || isQuoteMark(context, start) || !isLongEnough(context, content, speaker)) return undefined;
  return { content, speaker };
}

/** Words that open an appositive describing the source: "According to X, the company that runs it, …". */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'which', 'who']);
const MAX_APPOSITIVE_WORDS = 12;

/** "research director of TeleGeography", "senior analyst at …": lower-case words with a role noun among the first three, linked on by a preposition. */
function opensOnRole(context: QuoteContext, from: number): boolean {
  for (let index = from; index < from + 3; index++) {
    const token = context.article.tokens[index];
    if (!token || token.punct || !/^\p{Ll}/u.test(context.article.text.slice(token.start, token.end))) return false;
    if (isRoleNoun(token.norm)) return ROLE_LINKS.has(norm(context, index + 1));
  }
  return false;
}

/** What follows the role noun of an appositive ("director of", "analyst at"); a verb there ("police stopped") makes a clause. */
const ROLE_LINKS = new Set(['of', 'at', 'for', 'with', 'in', 'from', ',']);

/** Where the reported clause starts: after an appositive closed by a second comma, if one opens at `from`. */
function afterAppositive(context: QuoteContext, from: number, end: number): number {
  if (!APPOSITIVE_OPENERS.has(norm(context, from)) && !opensOnRole(context, from)) return from;
  for (let index = from + 1; index < end && index - from <= MAX_APPOSITIVE_WORDS; index++) {
    const word = norm(context, index);
    if (word === ',') return index + 1 < end ? index + 1 : from;
    if (REPORTING_VERBS.has(word) || isQuoteMark(context, index)) return from;
  }
  return from;
}

