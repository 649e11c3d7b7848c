import { trimmedSpan, type SegmentedArticle, type Span, type Token } from '../article.js';
import type { ConceptVocabulary } from './concepts.js';
import { countWords } from '../text/words.js';
import { sentenceTokens } from '../segment/index.js';
import { byteLength, isDangling, quotedTokenStartsOf, singleMarksOf, unitText, type Unit } from './units.js';

/**
 * Sentence compression by deletion: words a summary can lose without losing
 * the event, the grammar or who said it, so the budget holds more content.
 * Each rule finds spans to delete inside a sentence; a unit keeps the rest as its `parts`.
 *
 * 1. day names: "Hun Sen on Friday rejected" → "Hun Sen rejected"; "said Friday that" → "said that";
 *    "broke a deadlock Friday and agreed" → "broke a deadlock and agreed"; "said today" → "said";
 *    kept where the sentence needs it: the subject of a reported clause ("He said Friday was the worst
 *    day") and the time of something ahead ("The bridge will reopen on Monday"), see `dayIsNeeded`
 * 2. asides: "(AP)", "(pictured)", wire dashes "_ previously bitter rivals _", "-- …--"
 * 3. openers before a proper name: "On Friday, Hun Sen said" → "Hun Sen said"; "However, Hun Sen…"
 */
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_PART = '(?:\\s(?:morning|afternoon|evening|night))?';
/**
 * Words a time is kept after, for day names (`DAY_NAME`) and weeks or months (`WEEK_OR_MONTH`) alike:
 * prepositions, comparisons and copulas that need it ("until Friday", "compared with last month",
 * "as recently as last month", "including last week", "sometime last week", "is Friday", "due
 * Friday"), determiners and possessives whose noun it is ("the Sunday edition", "her last week as
 * mayor"); each also capitalized, opening a sentence ("Since last week").
 */
const TIME_KEPT_AFTER = ((words: string) => [...words.split(' '), ...words.split(' ').map((word) => word[0].toUpperCase() + word.slice(1))].join('|'))(
  'late early until since from before after through till except without including excluding besides between during around about within against over via throughout with like sometime and or on by of to for at in into past than as is was be been are were that due the a an his her its their our my your whose',
);

/**
 * A day name after a word or a comma, with its "on" ("closed on Friday", "deadlock Friday and",
 * "players, Tuesday canceled" keeps the comma), unless a word of `TIME_KEPT_AFTER` or a deadline
 * needs it ("until Friday", "compared with Friday", "every day except Sunday", "is Friday", "the Sunday edition",
 * "due Friday", "by noon Friday", "at midnight Sunday", "at 5 pm Friday"), it is part of a
 * name ("Good Friday", "The Sunday Times", "the Mail on Sunday"), or a date, another day or
 * a capitalized word follows ("Friday, Oct. 16", "Monday and Tuesday", "Sunday Telegraph").
 * Each pattern opens on a lookahead for its day, which fails at most places
 * at once, before the costly lookbehinds are tried.
 */
const DAY_NAME = new RegExp(
  `(?=\\s+(?:on\\s+)?${DAY})(?<=[\\w,])(?<!\\b(?:${TIME_KEPT_AFTER}|last|next|this|every|each|noon|midnight|am|pm|Good|Black|Bloody|Super|Cyber|Easter|Holy|Palm|Ash|Fat|Shrove|Maundy|Giving|Blue|Whit|Mail))` +
    `(?:\\s+on)?\\s+${DAY}${DAY_PART}(?!['’]s|\\w|\\s+[A-Z]|\\s+(?:and|or|to|through)\\s+${DAY}|,\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\\d))`,
  'g',
);
const TODAY_AFTER_VERB = /(?=\s+(?:today|yesterday))(?<=\b(?:said|says|announced|reported|died|arrived|left|met)\b)\s+(?:today|yesterday)(?!['’]s|\w)/g;
const PARENTHESIS = /\s+\([^()"]{1,80}\)(?=[\s.,;:!?])/g;
const DASH_ASIDE = /\s+(?:_|--|—)\s[^_—"]{1,100}?\s(?:_|--|—)(?=\s)/g;
/** A date opening what follows the opener ("On Sunday, January 16, the public raised…" keeps its "On Sunday,"). */
const DATE_AHEAD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d';
const OPENER = new RegExp(
  `^(?:On\\s+${DAY}${DAY_PART}|Meanwhile|However|In addition|Also|Earlier|Later|Last week|This week|On the other hand|In a statement|At the same time),\\s+(?=[A-Z][a-z])(?!${DATE_AHEAD})`,
);

/** Verbs a reported clause can follow without "that" ("said Friday was", "told reporters Friday was"). */
const REPORTING_VERB =
  "(?:said|says|say|told(?:\\s+[\\w'’.-]+){0,2}|announced|reported|added|stated|warned|predicted|insisted|claimed|argued|noted|believes?|believed|thinks?|thought|confirmed|declared|knows?|knew|estimated)";
const AFTER_REPORTING_VERB = new RegExp(`\\b${REPORTING_VERB}$`);
/** "who it said Wednesday had worked": the reported clause's subject is the relative pronoun before its speaker. */
const AFTER_RELATIVE_SUBJECT = new RegExp(`\\b(?:who|whom|which|what)\\s+(?:[\\w'’.-]+\\s+){1,3}${REPORTING_VERB}$`, 'i');
const FINITE_VERB_AHEAD =
  /^\s+(?:is|isn['’]t|was|wasn['’]t|are|were|will|won['’]t|would|wouldn['’]t|shall|had|hadn['’]t|has|hasn['’]t|have|could|should|might|may|must|can|did|does|marks|marked|remains|remained|became|becomes|seemed|seems)\b/;
/** A verb whose time is ahead: a modal, a plan ("plans to", "is expected to", "was to", "intended to"), or a present of a schedule ("the trial begins Monday"). */
const FUTURE =
  /\b(?:will|won['’]t|would|wouldn['’]t|shall|(?<=\w)['’]ll|(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected|slated|likely|going|about|supposed|planning|preparing)\s+)?to|(?:plans?|planned|planning|intends?|intended|hopes?|hoped|aims?|aimed|expects?|expected|scheduled|slated|vowed|promised|threatened|decided|wants?|wanted|prepares?|preparing|prepared)\s+to|begins?|starts|opens|reopens?|resumes?|ends|closes|meets|convenes?|decides|arrives|departs|expires)\b/g;
/** A future right after the day ("on Friday will meet"); not a past plan, whose day dates the plan ("on Sunday promised to expel"). */
const FUTURE_AHEAD = /^\s+(?:will|won['’]t|shall|(?:is|are)\s+(?:(?:due|set|scheduled|expected|slated|likely|going|about|supposed)\s+)?to)\b/;
/** A past verb after the plan: the clause tells what happened ("who planned to run for president was killed Friday"). */
const PAST_AFTER = /\b(?:was|were|had|did)\b/;
/** Where a clause ends: punctuation, a wire dash, a reporting verb or a word opening another clause. */
const CLAUSE_BOUNDARY = /,(?!\d)|[;:()"“”—]|\s(?:_|--)\s|\b(?:said|says|say|told|that|which|who|whom|whose|when|while|where|because|but|although|though|if|unless)\b/g;
/** A word that makes what follows a comma a clause of its own, not a list's gapped item ("the economics prize on Wednesday"). */
const VERB_LIKE = /\b(?:\w+ed|was|were|is|are|has|had|have|did|does|said|says|told|made|took|went|left|met|began|came|gave|saw|won|lost|will|would|could|should|may|might|must|can)\b/;

/**
 * The clause the day name between `before` and `after` is in, up to the day:
 * the text after the last clause boundary, past a comma opening an item
 * with no verb of its own ("…will be announced Tuesday, the economics prize
 * on Wednesday and…", "until at least Tuesday, maybe Wednesday").
 */
function clauseBeforeDay(before: string, after: string): string {
  const boundaries = [...before.matchAll(CLAUSE_BOUNDARY)];
  for (let k = boundaries.length - 1; k >= 0; k--) {
    const rest = before.slice(boundaries[k].index + boundaries[k][0].length);
    if (boundaries[k][0] !== ',' || rest.trim() === '' || VERB_LIKE.test(`${rest} ${clauseOpeningText(after)}`)) return rest;
  }
  return before;
}

/** The clause `after` opens: its text up to the first clause boundary. */
function clauseOpeningText(after: string): string {
  const boundary = after.search(CLAUSE_BOUNDARY);
  return boundary < 0 ? after : after.slice(0, boundary);
}

/** True when `clause` holds a verb whose time is ahead and no past verb after it. */
function tellsFuture(clause: string): boolean {
  const plans = [...clause.matchAll(FUTURE)];
  const last = plans[plans.length - 1];
  return last !== undefined && !PAST_AFTER.test(clause.slice(last.index + last[0].length));
}

/**
 * True when the day name (or "today") between `before` and `after` cannot go:
 * it is the subject of a reported clause ("He said Friday was the worst day";
 * not "who it said Wednesday had worked", whose subject is "who"), or the
 * time of something ahead, the point of its clause ("will reopen on Monday",
 * "is expected to land Sunday", "the trial begins Monday", "on Friday will meet").
 */
function dayIsNeeded(before: string, day: string, after: string): boolean {
  const speaker = before.trimEnd();
  if (!/^\s+on\s/.test(day) && AFTER_REPORTING_VERB.test(speaker) && FINITE_VERB_AHEAD.test(after) && !AFTER_RELATIVE_SUBJECT.test(speaker)) return true;
  return tellsFuture(clauseBeforeDay(before, after)) || FUTURE_AHEAD.test(after);
}

/** Spans of `sentence` (absolute offsets in `text`) that can be deleted. */
export function deletableSpans(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Span[] = dayNameSpans(text, sentence);
  const add = (start: number, end: number) => found.push({ start: sentence.start + start, end: sentence.start + end });
  for (const pattern of [PARENTHESIS, DASH_ASIDE]) {
    for (const match of body.matchAll(pattern)) add(match.index, match.index + match[0].length);
  }
  const opener = OPENER.exec(body);
  if (opener && !(opener[0].startsWith('On ') && tellsFuture(clauseOpeningText(body.slice(opener[0].length))))) add(0, opener[0].length);
  return mergeSpans(found);
}

/**
 * "last week", "this month", "earlier this week", "late last month" after a word (not after a
 * word of `TIME_KEPT_AFTER`: "since last week", "was this week", "compared with last month",
 * "over the last week of trading", "her last week as mayor"; nor after a possessive: "the port's last month").
 */
const WEEK_OR_MONTH = new RegExp(`(?<=[a-z])(?<!\\b(?:${TIME_KEPT_AFTER})|\\w['’]s)\\s+(?:(?:late|early)\\s+)?(?:last|earlier\\s+this|this)\\s+(?:week|month|weekend)(?!['’]s|\\w)`, 'g');

const DAY_PATTERNS = [DAY_NAME, TODAY_AFTER_VERB];
const RELATIVE_TIME_PATTERNS = [DAY_NAME, TODAY_AFTER_VERB, WEEK_OR_MONTH];

/**
 * How many characters before and after a day name `dayIsNeeded` reads: its clause, not the whole of a
 * hostile sentence for each of its days (quadratic: an 84 KB sentence took 0.2 s, 168 KB 0.9 s).
 */
const DAY_CONTEXT = 400;

/** The day names (and "today"; with `RELATIVE_TIME_PATTERNS` "last week" too) of `sentence` that can go, as spans of `text` (rule 1). */
function dayNameSpans(text: string, sentence: Span, patterns: readonly RegExp[] = DAY_PATTERNS): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Span[] = [];
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (!dayIsNeeded(body.slice(Math.max(0, match.index - DAY_CONTEXT), match.index), match[0], body.slice(end, end + DAY_CONTEXT))) found.push({ start: sentence.start + match.index, end: sentence.start + end });
    }
  }
  return found;
}

/**
 * Verbs whose object a day name can be ("spent Sunday visiting", "set Monday as the deadline"),
 * and past participles a day name dates before a comma ("in a statement released Sunday, accused"):
 * deleting the day there leaves a clause without its word.
 */
const DAY_AS_OBJECT = /\b(?:spent|spend|spends|spending|set|sets|setting|marked|marks|marking|named|names|chose|chosen|picked|designated|declared|proclaimed|celebrated|observed|fixed|made|make|makes|making)$/i;
/** A participle a time can date ("released Sunday", "Speaking last week"); an -ing word after a determiner or possessive is a noun ("the port's opening last month"). */
const DATED_PARTICIPLE = /\b\w+(?:ed|en|wn)$|(?<!\b(?:the|a|an|his|her|its|their|our|my|your)\s+|\w['’]s\s+)\b\w+ing$/i;
/**
 * An ordinal or superlative a few words before the time, whose count the time bounds ("the third attack
 * on the pier this month", "the second time this week", "the highest tide this year"): without it
 * the count would be of all time.
 */
const ORDINAL_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|only|(?<=\b(?:the|its|his|her|their|our|my|your|\w['’]s)\s+)(?!(?:protest|interest|contest|conquest|request|inquest|arrest|forest|harvest|west|east|rest|test|guest|quest|chest|unrest|honest|modest)\b)\w+est|(?<=\b(?:the|its|his|her|their|our|my|your|\w['’]s)\s+)(?:most|least)\s+\w+)(?:\s+[\w'’-]+){0,4}$/i;
/** A number the time dates, right before it ("up from 118 Thursday", "rose 3 percent last month"). */
const NUMBER_BEFORE = /\d(?:\s*%|\s+(?:percent|per\s+cent|points?))?$/i;
/** A figure after the time it dates ("fell to 5 percent last month from 5.2", "rose last month to 5.3"). */
const NUMBER_AHEAD = /^\s+(?:from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£¥]?\d/i;
/** A time a sentence names: a day, "today", "yesterday", a week or month ("last week", "this month"); not a possessive ("Saturday's time trial"). */
const TIME_MENTION = new RegExp(`\\b(?:${DAY}|[Tt]oday|[Yy]esterday|(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+(?:week|weekend|month))\\b(?!['’]s)`, 'g');
/**
 * How many times `sentence` of `text` names outside a quotation (`quoted`, token starts): with two or
 * more each may be compared with another ("began Saturday and ended Sunday", "arrested 10 people
 * Friday and 20 Saturday"), so none goes.
 */
function timesIn(text: string, sentence: Span, quoted: ReadonlySet<number>): number {
  return [...text.slice(sentence.start, sentence.end).matchAll(TIME_MENTION)].filter((match) => !quoted.has(sentence.start + match.index)).length;
}
/** "lost this week alone": the time bounds the count before it. */
const ALONE_AFTER = /^\s+alone\b/;
/** Words a day name completes, capitalized at a sentence's start ("Last Thursday, the prize went…"). */
const DAY_COMPLEMENT = /\b(?:last|next|this|every|each|late|early|since|until|from|by|on)$/i;

/**
 * `unit` with the day names and relative times ("last week") its selection
 * kept deleted: the selection counts a sentence as the articles write it, and a
 * day name a compressed variant could not drop (its join no article writes:
 * "Netanyahu on Sunday accused", "arrested Friday at") still costs the budget
 * words no reader needs (a summary joins reports of several days, so which
 * Friday is unclear anyway). Deleted after the selection, so the words go to
 * the sentence the budget cuts, and the unit keeps the concepts it was chosen
 * for. Not inside a quotation (a quotation is quoted whole: double or single
 * marks, over the article, `quotedTokenStartsOf`), nor where the day is an object (`DAY_AS_OBJECT`),
 * completes a word ("Last Thursday"), or dates a participle (`DATED_PARTICIPLE`)
 * before a comma or a verb ("released Sunday, …", "Speaking last week, …",
 * "arrested this week are"), bounds an ordinal's or superlative's count
 * (`ORDINAL_BEFORE`: "the third attack on the pier this month") or one before
 * "alone", dates a number beside it (`NUMBER_BEFORE`, `NUMBER_AHEAD`: "up from 118 Thursday",
 * "fell to 5 percent last month from 5.2"), or shares its sentence with another time it may be
 * compared with (`timesIn`: "began Saturday and ended Sunday"); and every deletion but one ending its clause (`CLAUSE_ENDS_AHEAD`) or one its clause
 * reads without (`readsWithoutTime`: "arrested Friday at" → "arrested at", "Calder on Friday
 * closed" → "Calder closed") only where the two words it joins are written together in the
 * articles (`writtenConcepts`, as `compressedUnits` checks: never "The report released found"
 * from "released this week found").
 * `written` is the vocabulary's size once every sentence of the articles was read.
 */
export function withRelativeTimesDeleted(unit: Unit, article: SegmentedArticle, vocabulary: ConceptVocabulary, written: number): Unit {
  const whole = article.sentences[unit.sentence];
  // A cut unit is read to its end and a little past it (what follows a time it deletes), not to a hostile sentence's end.
  const sentence = { start: whole.start, end: Math.min(whole.end, unit.parts[unit.parts.length - 1].end + READ_PAST_UNIT) };
  const tokens = sentenceTokens(article, unit.sentence).filter((token) => token.end <= sentence.end);
  const quoted = quotedTokenStartsOf(article);
  if (timesIn(article.text, sentence, quoted) > 1) return unit;
  const language = article.textLanguage ?? 'en';
  const spans = dayNameSpans(article.text, sentence, RELATIVE_TIME_PATTERNS).filter((span) => {
    if (tokens.some((token) => token.start >= span.start && token.start < span.end && quoted.has(token.start))) return false;
    const before = article.text.slice(sentence.start, span.start).trimEnd();
    const after = article.text.slice(span.end, sentence.end);
    if (DAY_AS_OBJECT.test(before) || DAY_COMPLEMENT.test(before) || ORDINAL_BEFORE.test(before) || ALONE_AFTER.test(after)) return false;
    if (DATED_PARTICIPLE.test(before) && (after.startsWith(',') || FINITE_VERB_AHEAD.test(after))) return false;
    if (NUMBER_BEFORE.test(before) || NUMBER_AHEAD.test(after)) return false;
    const time = article.text.slice(span.start, span.end);
    if (!CLAUSE_ENDS_AHEAD.test(after) && !readsWithoutTime(before, time, after, language) && writtenConcepts(wordsJoined(tokens, span), vocabulary, written) === undefined) return false;
    return unit.parts.some((part) => part.start <= span.start && span.end <= part.end);
  }).sort((a, b) => a.start - b.start);
  if (spans.length === 0) return unit;
  const parts = unit.parts.flatMap((part) => {
    const inside = spans.filter((span) => part.start <= span.start && span.end <= part.end);
    return inside.length === 0 ? [part] : keptParts(article.text, part, inside);
  });
  const kept = unitText(article.text, parts);
  return { ...unit, parts, tokens: unit.tokens.filter((token) => !spans.some((span) => token.start < span.end && token.end > span.start)), words: countWords(kept), bytes: byteLength(kept) };
}

/**
 * A word opening a phrase or clause of its own after a time: a preposition, "to", "that", "whether",
 * a subordinator ("arrested Friday at a magistrate's request", "met Tuesday to discuss", "estimated
 * Tuesday that", "shot to death Friday in St. Petersburg", "a strike last month to"). Not "and" or
 * "but", which can join a second time compared with the first ("began Saturday and ended Sunday");
 * "by" only after a passive (`PASSIVE_BEFORE`: "was arrested Friday by police", not "a strike that
 * began Saturday by the inmates").
 */
const PHRASE_AHEAD =
  /^\s+(?:in|at|near|for|with|to|from|after|before|during|over|under|against|into|outside|inside|across|amid|among|aboard|that|whether|because|when|while|due)\b/;
const BY_AHEAD = /^\s+by\b/;
/** A passive in the clause, a "by" phrase naming its agent ("was arrested", "were badly hurt", "was mourned at his funeral"). */
const PASSIVE_BEFORE =
  /\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn)|hurt|hit|shot|struck|caught|held|found|sent|told|made|led|kept|built|sold|paid)(?:\s+[\w'’.-]+){0,5}$/i;
/** A clock time or a deadline the time is part of ("released Friday by noon", "closed Friday at 5 pm"). */
const CLOCK_AHEAD =
  /^\s+(?:by|at|before|after|until)\s+(?:about\s+|around\s+)?(?:noon|midnight|dawn|dusk|\d{1,2}(?::\d\d|\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock|GMT)(?!\w)))/i;
/** Past-tense verbs, regular and irregular ("praised", "struck", "began"). */
const PAST_VERB =
  '(?:\\w+ed|said|made|took|went|met|won|lost|gave|began|came|saw|told|sent|held|left|sought|found|became|struck|fled|shot|hit|led|brought|bought|sold|spoke|stood|wrote|broke|chose|drew|fell|flew|grew|knew|threw|ran|rose|paid|laid|kept|meant|felt|dealt|built|spent|swore|tore|withdrew|upheld|overcame)';
/** A past-tense verb (after an -ly adverb) following a time between a subject and its verb ("Sihanouk on Tuesday praised", "Parliament on Thursday formally elected"). */
const PAST_VERB_AHEAD = new RegExp(`^\\s+(?:\\w+ly\\s+)?${PAST_VERB}\\b`);
/**
 * A verb the time right after it dates ("The quake that struck Sunday killed"), or a relative clause's
 * verb a few words before it ("The quake that hit the coast Sunday killed"): the time belongs to the
 * relative clause and the past verb after it is the main clause's, not its subject's verb.
 */
const VERB_BEFORE = new RegExp(
  `\\b(?:${PAST_VERB}|(?:that|which|who)\\s+(?:(?:was|were|had|has|have)\\s+)?(?:\\w+ly\\s+)?${PAST_VERB}(?:\\s+[\\w'’-]+){0,4})$`,
  'i',
);
/**
 * A capitalized word (not an all-caps acronym: "told CNN Friday") a day name follows without "on": a
 * name it may be part of ("Fat Tuesday", "Small Business Saturday"); not a place after a preposition
 * ("arrived in Libya Saturday for talks", "from Port Hallory").
 */
const NAME_WORD_BEFORE = /(?<=\s)(?<!\b(?:in|at|from|to|near|into|across)\s+(?:[A-Z][\w'’.-]*\s+){0,2})(?=[\w'’-]*[a-z])[A-Z][\w'’-]*$/;

/**
 * True when the clause reads without the time `time` between `before` and `after` though no article
 * writes the two words its deletion joins, in English only (`language`): the time follows a word (not
 * a comma, nor a capitalized word whose name a day name can end: "Fat Tuesday") and a phrase of its own
 * follows it (`PHRASE_AHEAD`; "by" after a passive; not a clock time: "Friday by noon"), or it stands
 * between a subject and its past-tense verb (`PAST_VERB_AHEAD`), unless a verb before it is what it
 * dates ("The report released this week found", "The quake that struck Sunday killed") or a reporting
 * verb before it could make it a reported clause's subject ("said Friday ended").
 */
function readsWithoutTime(before: string, time: string, after: string, language: string): boolean {
  if (language !== 'en' || !/\w$/.test(before) || CLOCK_AHEAD.test(after)) return false;
  if (!/^\s+on\s/.test(time) && NAME_WORD_BEFORE.test(before)) return false;
  if (PHRASE_AHEAD.test(after) || (BY_AHEAD.test(after) && PASSIVE_BEFORE.test(before))) return true;
  return PAST_VERB_AHEAD.test(after) && !DATED_PARTICIPLE.test(before) && !VERB_BEFORE.test(before) && !AFTER_REPORTING_VERB.test(before);
}

/** How many characters past a cut unit's end `withRelativeTimesDeleted` reads, for what follows a time it deletes. */
const READ_PAST_UNIT = 200;
/**
 * A time ending its clause ("closed the port on Friday.", "…in Trevik on Sunday night, officials said")
 * is an adjunct its clause reads without, so its deletion needs no written join; the words a time is
 * kept after (`TIME_KEPT_AFTER`: "compared with Friday,", "is this week.") are checked before.
 */
const CLAUSE_ENDS_AHEAD = /^[,.;:!?]/;

/** The last word before `span` and the first after it, of a sentence's `tokens`: the words its deletion joins. */
function wordsJoined(tokens: readonly Token[], span: Span): Token[] {
  const before = tokens.filter((token) => !token.punct && token.end <= span.start).pop();
  const after = tokens.find((token) => !token.punct && token.start >= span.end);
  return [before, after].filter((token): token is Token => token !== undefined);
}

/**
 * The concepts of `tokens` when every pair of words in them is one some
 * sentence of the articles writes (a concept of `vocabulary` below `written`,
 * its size when every sentence was read: the vocabulary hands out ids in
 * order); undefined when a pair is new, a sign a deletion broke the grammar.
 */
export function writtenConcepts(tokens: readonly Token[], vocabulary: ConceptVocabulary, written: number): number[] | undefined {
  const concepts = vocabulary.concepts(tokens);
  return concepts.some((concept) => concept >= written) ? undefined : concepts;
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
    const part = trimmedSpan(text, start, span.start);
    if (part.end > part.start) parts.push(part);
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
 * grammar, and it has no weight to be counted by (`writtenConcepts`, the
 * vocabulary's size on entry counting what the articles write).
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
    const concepts = writtenConcepts(tokens, vocabulary, written);
    if (concepts === undefined) continue;
    const parts = keptParts(article.text, sentence, spans);
    const kept = unitText(article.text, parts);
    variants.push({
      ...unit,
      parts,
      tokens,
      words: countWords(kept),
      bytes: byteLength(kept),
      concepts,
      dangling: isDangling(tokens, article.textLanguage, singleMarksOf(article), article.text),
    });
  }
  return variants;
}
