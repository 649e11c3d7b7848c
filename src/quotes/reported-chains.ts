/**
 * Reported speech carried on past its verb of saying, in the languages that
 * mark it by the verb's mood: German in the subjunctive (`Der Minister
 * sagte, die Lage sei ernst. Man werde helfen.`), French, Spanish and
 * Italian in the conditional (`Le maire a indiqué que … Une navette serait
 * mise en place.`, `El alcalde dijo que … El Ayuntamiento ofrecería suelo.`,
 * `Il sindaco ha detto che … Il Comune sarebbe pronto …`). A sentence with
 * no attribution of its own, right after one that reports someone (a
 * reported clause or an attributed quotation) or after such a sentence
 * carried on, in the same paragraph, holding such a verb outside quote marks
 * and opening on none, reports the same speaker: the whole sentence, its
 * closing punctuation left out. The reporter's own sentences in the
 * indicative break the chain (`Der Ausbau war 2021 beschlossen worden.`), as
 * do, the compound conditional being also the reporter's hedge, those in it
 * opening on a subject of their own (`Le suspect aurait fui vers la
 * Belgique.`).
 */
import { norm, tokenAt } from './context.js';
import type { QuoteCues } from './language-cues.js';
import { particlesAfter, verbForm } from './language-verbs.js';
import type { QuotedPiece } from './marks.js';
import type { Range, Reader } from './name-runs.js';

/** What a report is to the chain rule: its words and who they are of. */
export interface ChainLink {
  piece: QuotedPiece;
  speaker?: Range;
  /** The attribution's words (tokens), which may follow the piece's sentence (`… schließen. Das teilte das Unternehmen mit.`). */
  cue?: Range;
}

/**
 * The sentences carrying on the reports and attributed quotations of
 * `attributed` (either kind, in text order; those with no speaker are
 * passed), each a piece with the speaker of the report it goes on from.
 */
export function chainedReports(reader: Reader, attributed: readonly ChainLink[]): Array<{ piece: QuotedPiece; speaker: Range }> {
  const { context, cues } = reader;
  if (cues.reportedMood === undefined) return [];
  const { sentences, tokens } = context.article;
  const speakerOf = new Map<number, Range>();
  const covered = new Uint8Array(sentences.length);
  for (const entry of attributed) {
    if (entry.speaker === undefined) continue;
    const first = context.sentenceOf[tokenAt(context, entry.piece.span.start)];
    const last = Math.max(context.sentenceOf[tokenAt(context, entry.piece.span.end - 1)], entry.cue === undefined ? 0 : context.sentenceOf[entry.cue.end - 1]);
    for (let sentence = first; sentence <= last; sentence++) covered[sentence] = 1;
    speakerOf.set(last, entry.speaker);
  }
  const chained: Array<{ piece: QuotedPiece; speaker: Range }> = [];
  let carried: Range | undefined;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    if (covered[index] === 1) {
      carried = speakerOf.get(index);
      continue;
    }
    if (carried === undefined || sentences[index - 1]?.paragraph !== sentence.paragraph || !carriesReport(reader, sentence.tokenStart, sentence.tokenEnd) || holdsSpeechVerb(reader, sentence.tokenStart, sentence.tokenEnd) || !opensAsCarried(reader, sentence.tokenStart, sentence.tokenEnd)) {
      carried = undefined;
      continue;
    }
    let last = sentence.tokenEnd - 1;
    while (last > sentence.tokenStart && tokens[last].punct && context.marks[last] !== 1) last--;
    const span = { start: tokens[sentence.tokenStart].start, end: tokens[last].end };
    chained.push({ piece: { span, parts: [span] }, speaker: carried });
  }
  return chained;
}

/**
 * A speech verb outside quote marks in tokens `[start, end)` naming its own
 * speaker: the sentence has an attribution of its own, read or not
 * (`Fuentes del departamento indicaron que …`); a verb with a pronoun or
 * none (`…, räumte er ein.`, `…, explique-t-elle.`, `…, añadió.`) goes on
 * with the speaker carried.
 */
function holdsSpeechVerb(reader: Reader, start: number, end: number): boolean {
  const { context, cues } = reader;
  for (let index = start; index < end; index++) {
    if (context.quoted[index] === 1 || !cues.verbs.has(verbForm(context, index))) continue;
    const after = particlesAfter(reader, index, end);
    if (verbForm(context, index) === norm(context, index) && !cues.pronouns.has(norm(context, after)) && !(after >= end || context.article.tokens[after].punct)) return true;
  }
  return false;
}

/**
 * Whether a sentence in tokens `[start, end)` opens as one carrying a report
 * on: always, unless it holds a compound conditional that may be the
 * reporter's own hedge (`hedges`: `Le suspect aurait fui …`) and quotes no
 * one's words (`Le calendrier aurait été « irréaliste »`); then only on a
 * subject pronoun, a connective or the verb itself (`Il aurait ajouté …`,
 * `Además, …`, `Habría pedido …`), not on a subject of its own.
 */
function opensAsCarried(reader: Reader, start: number, end: number): boolean {
  const { context } = reader;
  const mood = reader.cues.reportedMood;
  if (mood?.hedges === undefined || mood.openers === undefined) return true;
  let hedged = false;
  let hedge = false;
  for (let index = start; index < end; index++) {
    if (context.quoted[index] === 1) return true;
    const word = norm(context, index);
    // With `hedgedBy`, a hedge counts only with a participle or an auxiliary after it (`zou zijn gevlucht`, `teria fugido`; not `zou betalen`).
    if (hedge && mood.hedgedBy?.test(word)) hedged = true;
    hedge ||= mood.hedges.has(word);
    if (mood.hedgedBy === undefined) hedged ||= hedge;
  }
  if (!hedged) return true;
  let first = start;
  while (first < end && context.article.tokens[first].punct) first++;
  if (first >= end) return false;
  const word = norm(context, first);
  return mood.openers.has(word) || (first + 1 < end && mood.openers.has(`${word} ${norm(context, first + 1)}`)) || isMoodForm(reader, mood, word, first, first);
}

/** A sentence in tokens `[start, end)` opening on no quote mark and holding a verb of the reported mood outside quote marks. */
export function carriesReport(reader: Reader, start: number, end: number): boolean {
  const { context } = reader;
  const mood = reader.cues.reportedMood;
  if (mood === undefined || context.marks[start] === 1) return false;
  for (let index = start; index < end; index++) {
    if (context.quoted[index] === 1 || context.article.tokens[index].punct) continue;
    const word = norm(context, index);
    if (/^\p{Lu}/u.test(context.article.text[context.article.tokens[index].start]) && index !== start) continue;
    if (isMoodForm(reader, mood, word, index, start)) return true;
  }
  return false;
}

function isMoodForm(reader: Reader, mood: NonNullable<QuoteCues['reportedMood']>, word: string, index: number, start: number): boolean {
  const { context } = reader;
  if (mood.forms?.has(word)) return true;
  if (mood.endings?.test(word) && !mood.except?.test(word)) {
    // A form shared with nouns (`-ría`: `la consejería`) is a verb only where no determiner or preposition stands before it.
    return !(mood.sharedWithNouns?.test(word) && index > start && (reader.cues.determiners.has(norm(context, index - 1)) || reader.cues.of.has(norm(context, index - 1))));
  }
  // `man prüfe`, `komme es`: a verb in -e next to its subject pronoun.
  return mood.besideSubject !== undefined && !reader.stopwords.has(word) && word.length >= 4 && word.endsWith('e') && ((index > start && mood.besideSubject.has(norm(context, index - 1))) || mood.besideSubject.has(norm(context, index + 1)));
}
