import { oncePerArticle, spanText, type SegmentedArticle, type Span, type Token } from '../article.js';
import { GIVEN_NAMES_THAT_ARE_WORDS, isAnyGivenName } from '../entities/given-names.js';
import { isTitle } from '../entities/lexicon.js';
import { isCapitalized } from '../stories/entities.js';
import { REPORTING_VERBS } from '../quotes/cues.js';
import { QUOTE_CUES } from '../quotes/language-cues.js';
import { quotedPieces, singleQuoteMarks } from '../quotes/marks.js';

/**
 * A unit is what the summarizer can pick: a sentence of one article, whole or
 * (after compression) with some words left out. Its words are the text of its
 * `parts` joined by single spaces.
 */
export interface Unit {
  /** Index of the article in the summarizer's input. */
  article: number;
  /** Index of the sentence in `article.sentences`. */
  sentence: number;
  parts: Span[];
  /** Tokens of the unit (punctuation included), in order. */
  tokens: Token[];
  words: number;
  bytes: number;
  /** Ids of the distinct concepts (adjacent stem pairs) the unit covers. */
  concepts: number[];
  /** Needs another sentence: opens on a word pointing back ("He", "But", "It"…) or on a quotation, holds one end of a quotation, or (English) closes on an attribution to a pronoun no person before it names ("…, he said.") (`isDangling`). */
  dangling: boolean;
  /** Ends on a full stop, question or exclamation mark. */
  complete: boolean;
  /** Cut short to fill the budget. */
  truncated?: boolean;
  /** Each short form written where the sentence writes the name in full (a copy of the article's token, `withShortForms`) to the long form's tokens, read in its place in concepts and citations (`readTokens`). */
  shortForms?: ReadonlyMap<Token, readonly Token[]>;
}

/** An article's sentences number below this: a sentence's key (`sentenceKey`) is its article's index times it, plus its own index. */
export const SENTENCE_KEY_BASE = 100_000;

/** One number per sentence of the input, shared by its whole and compressed units. */
export function sentenceKey(unit: Pick<Unit, 'article' | 'sentence'>): number {
  return unit.article * SENTENCE_KEY_BASE + unit.sentence;
}

/** Words a sentence cannot open on without the sentence before it. */
const DANGLING_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'these', 'those', 'that',
  'but', 'and', 'or', 'so', 'yet', 'also', 'however', 'still', 'meanwhile', 'instead', 'then', 'thus',
  'such', 'there', 'here', 'both', 'neither', 'nor', 'moreover', 'furthermore', 'besides', 'otherwise',
]);

/**
 * The same in the other languages `segment` reads (by ISO 639-1 code):
 * pronouns and possessives, conjunctions and linking adverbs, not the
 * articles a sentence may open on ("Die Polizei", "Het water"). A linking
 * phrase of two words is written with a `+` ("par+ailleurs": "Par ailleurs,
 * le maire…"; "d'" is a token of its own).
 */
const DANGLING_OPENERS_BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    fr: 'il elle ils elles ce cela ceci ça cette ces mais et ou donc car puis ainsi alors aussi pourtant cependant toutefois lui eux son sa ses leur leurs celui-ci celle-ci ceux-ci néanmoins là par+ailleurs d\'+ailleurs en+outre de+plus en+revanche du+coup',
    de: 'er sie es ihm ihn ihnen dies diese dieser dieses aber und oder doch dennoch jedoch auch dann deshalb daher trotzdem außerdem sein seine seinen seiner ihr ihre ihren ihrer dort dabei damit danach dazu darum deswegen zudem allerdings ebenfalls',
    es: 'él ella ellos ellas esto eso este esta estos estas pero y o también entonces además asimismo su sus allí sin+embargo no+obstante',
    it: 'lui lei loro esso essa questo questa questi queste ma e o però anche poi quindi inoltre tuttavia suo sua suoi sue lì',
    pt: 'ele ela eles elas isso isto este esta estes estas mas e ou porém também então além contudo seu sua seus suas lá no+entanto',
    nl: 'hij zij ze maar en of ook dan daarom echter bovendien toch zijn haar hun daar daarnaast',
  }).map(([language, words]) => [language, new Set(words.split(' ').map((word) => word.replace('+', ' ')))]),
);

/** Object pronouns that point back to someone named before ("Police named him as…"). */
const POINTING_OBJECTS = new Set(['him', 'her', 'them']);
/** …when they come within this many words of the start. */
const POINTING_REACH = 4;

/** Double quote marks as tokens (the reader normalizes curly ones; wire copy writes `` and ''). */
const DOUBLE_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '``', "''"]);

const SENTENCE_END = /(?:[.!?。！？]["')\]”’」』]*|[.!?] ")$/;

/**
 * True when a sentence ends like one, not like a headline or a caption
 * fragment: on a period, question or exclamation mark (Chinese and Japanese
 * full-width ones too) before any closing quotes or brackets, or before a
 * quote mark set apart as French writes it (« … », read as `" … "`).
 */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** True when `token` opens or closes a quotation: a double quote mark, or a single one at an offset of `singleMarks` (`singleMarksOf`), not an apostrophe. */
function isQuoteMark(token: Token, singleMarks?: ReadonlySet<number>): boolean {
  return token.punct && (DOUBLE_QUOTE_MARKS.has(token.norm) || (token.norm === "'" && singleMarks?.has(token.start) === true));
}

/**
 * The offsets of an article's single quote marks (`singleQuoteMarks`: the `'`
 * that open or close a quotation in single marks, not its apostrophes), read
 * once per article (`oncePerArticle`).
 */
export const singleMarksOf: (article: SegmentedArticle) => ReadonlySet<number> = oncePerArticle((article: SegmentedArticle) => new Set(singleQuoteMarks(article)));

/**
 * The starts of an article's tokens that lie inside a quotation (the parts of
 * `quotedPieces`, double or single marks, over the whole article), read once
 * per article (`oncePerArticle`): a sentence in the middle of a quotation
 * running over several sentences has no mark of its own, but its words are
 * still quoted.
 */
export const quotedTokenStartsOf: (article: SegmentedArticle) => ReadonlySet<number> = oncePerArticle((article: SegmentedArticle) => quotedTokenStarts(article));

function quotedTokenStarts(article: SegmentedArticle): Set<number> {
  const quoted = quotedPieces(article)
    .flatMap((piece) => piece.parts)
    .sort((a, b) => a.start - b.start);
  const starts = new Set<number>();
  let k = 0;
  let reach = -1;
  for (const token of article.tokens) {
    while (k < quoted.length && quoted[k].start <= token.start) reach = Math.max(reach, quoted[k++].end);
    if (token.start < reach) starts.add(token.start);
  }
  return starts;
}

/**
 * True when a sentence cannot stand alone in a summary: it opens on a word
 * pointing back ("He", "But", "It"…) or on a quotation (a dialogue dash's
 * reply too, in a language that prints them), whose speaker and
 * context come from elsewhere; it points back at someone within its first
 * words ("Police named him as Edwin Harrow"); or it holds an odd number of
 * quote marks, double ones or the single ones of `singleMarks` (offsets, see
 * `singleMarksOf`), so its quotation opens or closes in another sentence
 * (`said: "This is wrong.` or `…the 100,000 teachers."`, `It gave way.'`);
 * or it is an interview's question ("Q. …", "Q: …"), whose answer is
 * elsewhere; or, in English, an attribution after a comma to a pronoun
 * closes it or a clause of it ("…would resume, she said.", "…, he says;")
 * and no person is named before the pronoun (`attributedToPronoun`; a given
 * name counts only as `text`, the text the tokens are spans of, writes it).
 * The words pointing back are those of the sentence's `language`
 * ("Il", "Aber").
 */
export function isDangling(tokens: readonly Token[], language?: string, singleMarks?: ReadonlySet<number>, text?: string): boolean {
  if (tokens.length > 0 && tokens[0].punct && /^["'`]/.test(tokens[0].norm)) return true;
  if (opensDialogueReply(tokens, language)) return true;
  if (opensInterviewQuestion(tokens)) return true;
  if (tokens.filter((token) => isQuoteMark(token, singleMarks)).length % 2 === 1) return true;
  if ((language ?? 'en') === 'en' && attributedToPronoun(tokens, text)) return true;
  const words = tokens.filter((token) => !token.punct).slice(0, POINTING_REACH);
  if (words.length === 0) return false;
  const openers = language === undefined ? undefined : DANGLING_OPENERS_BY_LANGUAGE[language];
  if (openers !== undefined) return openers.has(words[0].norm) || (words.length > 1 && openers.has(`${words[0].norm} ${words[1].norm}`));
  return DANGLING_OPENERS.has(words[0].norm) || words.slice(1).some((word) => POINTING_OBJECTS.has(word.norm));
}

/** Subject pronouns of an attribution set after a comma. */
const ATTRIBUTING_PRONOUNS = new Set(['he', 'she', 'they']);
/** What closes an attribution: the sentence's end, or a clause's ("…, he says; the operator…"). */
const CLOSING_PUNCTUATION = new Set(['.', ';', ',', ':', '!', '?', '-', '–', '—']);

/**
 * An English sentence whose words are attributed after a comma to a pronoun
 * that closes the sentence or a clause ("…the driller is 66 percent owned by
 * Keyspan, he says;", "…would resume, she said."): who "he" is, another
 * sentence names. A pronoun whose verb goes on to a clause of its own
 * ("When Mayor Ana Varn toured the pier, she said the repairs…") is none,
 * nor one after a person the sentence names before it (`namesPersonBefore`).
 */
function attributedToPronoun(tokens: readonly Token[], text: string | undefined): boolean {
  return tokens.some((token, index) =>
    index > 0 &&
    ATTRIBUTING_PRONOUNS.has(token.norm) &&
    tokens[index - 1].norm === ',' &&
    REPORTING_VERBS.has(tokens[index + 1]?.norm ?? '') &&
    closesAttribution(tokens[index + 2]) &&
    !namesPersonBefore(tokens, index, text),
  );
}

/** Whether a person is named before `end`: a given name written as one (`writesGivenName`), or a title before a name ("Mayor Ana Varn"; not "the ferry trade,"). */
function namesPersonBefore(tokens: readonly Token[], end: number, text: string | undefined): boolean {
  return tokens.slice(0, end).some((token, index) => (text !== undefined && writesGivenName(tokens, index, text)) || (isTitle(token.norm) && index + 1 < end && !tokens[index + 1].punct && !tokens[index + 1].stop));
}

/**
 * Whether the token at `index` is a given name as `text` writes one:
 * capitalised and not the sentence's first word ("…taxes on the poor", "Frank
 * talks would resume" name no one); a name that is also a word ("Bill",
 * "Frank") only before a capitalised surname ("Bill Reed").
 */
function writesGivenName(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index];
  const firstWord = tokens.findIndex((candidate) => !candidate.punct);
  if (index === firstWord || !isAnyGivenName(token.norm) || !isCapitalized(text, token)) return false;
  const next = tokens[index + 1];
  return !GIVEN_NAMES_THAT_ARE_WORDS.has(token.norm) || (next !== undefined && !next.punct && isCapitalized(text, next));
}

/** Whether the token after an attribution's verb closes it: the sentence's end, or closing punctuation. */
function closesAttribution(token: Token | undefined): boolean {
  return token === undefined || (token.punct && CLOSING_PUNCTUATION.has(token.norm.charAt(0)));
}

/**
 * A reply written with a dialogue dash (`—Nunca habíamos visto algo así —dijo…`, `– Je commence à 3 heures, raconte…`) in a language whose papers print them
 * (`QuoteCues.dialogueDashes`): a quotation, as one in quote marks, when a dash closes it or a speech verb attributes it; a bulleted line (`- Le pont rouvrira lundi.`) is none.
 * Tokens write every dash as "-".
 */
function opensDialogueReply(tokens: readonly Token[], language: string | undefined): boolean {
  const cues = language === undefined ? undefined : QUOTE_CUES[language];
  if (cues?.dialogueDashes !== true || tokens.length < 2 || tokens[0].norm !== '-') return false;
  return tokens.slice(1).some((token) => token.norm === '-' || cues.verbs.has(token.norm));
}

/** "Q. Why…" or "Q: Why…": a question of a printed interview. */
function opensInterviewQuestion(tokens: readonly Token[]): boolean {
  return tokens.length > 1 && (tokens[0].norm === 'q.' || (tokens[0].norm === 'q' && tokens[1].norm === ':'));
}

/**
 * The text of a unit's parts: joined by one space, or by nothing before a part
 * that opens on closing punctuation (a compressed "…the country, he said." keeps its ".").
 */
export function unitText(text: string, parts: readonly Span[]): string {
  return joinedUnit(text, parts).text;
}

/** The unit's text (`unitText`) and where each part starts in it. */
export function joinedUnit(text: string, parts: readonly Span[]): { text: string; offsets: number[] } {
  let joined = '';
  const offsets: number[] = [];
  for (const part of parts) {
    const piece = spanText(text, part);
    if (joined !== '' && !joinsUnspaced(text, part)) joined += ' ';
    offsets.push(joined.length);
    joined += piece;
  }
  return { text: joined, offsets };
}

/** A part that opens on closing punctuation joins the part before it with no space (`unitText`). */
export function joinsUnspaced(text: string, part: Span): boolean {
  return /^[.,;:!?)\]]/.test(text.slice(part.start, part.start + 1));
}

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}
