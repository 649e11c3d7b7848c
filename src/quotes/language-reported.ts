/**
 * Pass 3 of the quotation rules of languages besides English
 * (`other-languages.ts`): reported speech outside quote marks, with its
 * speaker named or described, in five forms: `Selon NAME, CLAUSE`, `Wie
 * NAME VERB, CLAUSE`, `Fue confirmado por NAME que CLAUSE` (`passive.ts`),
 * `NAME VERB (,) que CLAUSE` and `CLAUSE, VERB NAME.` (or `CLAUSE, wie NAME
 * VERB.`, `CLAUSE, ha sido precisado por NAME.`).
 */
import { isQuoteMark, norm, phraseAt, thatWithin, tokenAt, type QuoteContext } from './context.js';
import type { QuotedPiece } from './marks.js';
import { sourceNamedAt } from './language-descriptions.js';
import { accordingLength, nextComma, PLURAL_DETERMINERS, sourceAfter, speakerAfter, speakerBefore, TO_WHOM, type Found } from './language-speakers.js';
import { particlesAfter, verbAt, verbForm } from './language-verbs.js';
import { SPEAKER_WINDOW, type Range, type Reader } from './name-runs.js';
import { passiveAt } from './passive.js';
import { documentAt, documentThat, issuedBefore, makesKnow, verbFirstThat } from './documents.js';
import { carriesReport } from './reported-chains.js';
import { pointingBack, whenEnd } from './pointing-back.js';

/**
 * Pass 3, read with pass 2 in text order (so that a pronoun finds either
 * kind's speaker): in each sentence, the first of `Selon NAME, CLAUSE`,
 * `Wie NAME VERB, CLAUSE`, `NAME VERB (,) que CLAUSE` and `CLAUSE, VERB
 * NAME.` whose attribution is
 * outside quote marks (a verb inside a quotation reports the quoted
 * speaker's words) and whose clause does not open on one (that is a
 * quotation, pass 2's); a clause may hold a quoted phrase (`a assuré que
 * l'entreprise « coopérera pleinement »`).
 */
export function reportedSpeech(reader: Reader): Array<Found & { piece: QuotedPiece }> {
  const { context } = reader;
  const reported: Array<Found & { piece: QuotedPiece }> = [];
  const { sentences } = context.article;
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const { tokenStart: start, tokenEnd: end } = sentences[sentence];
    const found = afterSource(reader, start, end) ?? heardFrom(reader, start, end) ?? afterAsClause(reader, start, end) ?? passiveThat(reader, start, end) ?? openingThat(reader, start, end) ?? beforeThat(reader, start, end) ?? beforeClosingAttribution(reader, start, end);
    // Words reported inside a quotation ("«Mi marido decía que estaba loca»") are the quoted speaker's, as in English.
    if (found && !(found.cue && context.quoted[found.cue.start] === 1)) reported.push(...withSecondClause(reader, found));
    else if (found === undefined && sentence > 0 && sentences[sentence - 1].paragraph === sentences[sentence].paragraph) {
      const before = sentences[sentence - 1];
      const reportedBefore = reported.length > 0 && reported[reported.length - 1].piece.span.end > context.article.tokens[before.tokenStart].start;
      const pointed = reportedBefore || holdsQuoteMark(context, before.tokenStart, before.tokenEnd) ? undefined : pointingBack(reader, start, end);
      if (pointed) reported.push({ piece: clause(reader, before.tokenStart, before.tokenEnd), ...pointed });
    }
  }
  return reported;
}

/** Words joining a second verb of the same subject besides "and" (`…, aunque advirtió de que`, `…, mas admitiu que`). */
const BUT = new Set(['aunque', 'pero', 'mas', 'ma', 'però', 'mais', 'aber', 'maar']);
/** Prepositions a speech verb takes before "that" (`advirtió de que`). */
const BEFORE_THAT = new Set(['de', 'di']);

/**
 * A reported clause holding a second one under its own verb, joined by a
 * comma, "and" or "but" (`las obras durarán cuatro meses, aunque advirtió de
 * que el plazo podría alargarse`, `i lavori costeranno 450mila euro e ha
 * precisato che …`): two reports of the same speaker, the first ending
 * before the joining word.
 */
function withSecondClause(reader: Reader, found: Found & { piece: QuotedPiece }): Array<Found & { piece: QuotedPiece }> {
  const { context, cues } = reader;
  const first = tokenAt(context, found.piece.span.start);
  const last = tokenAt(context, found.piece.span.end - 1);
  for (let index = first + 2; index < last; index++) {
    if (!cues.verbs.has(verbForm(context, index)) || context.quoted[index] === 1) continue;
    const verbStart = cues.auxiliaries.has(norm(context, index - 1)) ? index - 1 : index;
    const joint = verbStart - 1;
    if (!cues.and.has(norm(context, joint)) && !BUT.has(norm(context, joint)) && norm(context, joint) !== ',') continue;
    const afterVerb = particlesAfter(reader, index, last + 1);
    const that = BEFORE_THAT.has(norm(context, afterVerb)) ? afterVerb + 1 : afterVerb;
    if (!cues.that.has(norm(context, that)) || that + 1 > last) continue;
    if (namesSubject(reader, first, joint) && isPluralVerb(context, verbStart, index) && !isPluralSpeaker(context, found.speaker)) continue;
    let firstEnd = joint;
    while (firstEnd > first && (norm(context, firstEnd - 1) === ',' || context.article.tokens[firstEnd - 1].punct)) firstEnd--;
    const span = (from: number, to: number) => ({ start: context.article.tokens[from].start, end: context.article.tokens[to - 1].end });
    const one = span(first, firstEnd);
    const two = { start: context.article.tokens[that + 1].start, end: found.piece.span.end };
    return [{ ...found, piece: { span: one, parts: [one] } }, { ...found, piece: { span: two, parts: [two] } }];
  }
  return [found];
}

/** Endings of third-person plural verbs and auxiliaries (`aseguraron`, `afirmaram`, `hanno`, `dicono`, `ont`, `affirment`, `dicen`, `han`, `dizem`). */
const PLURAL_VERB = /(?:ron|ram|nno|ono|ont|[^i]ent|[ae]n|em)$/u;

/** A speech verb at `verb`, with its auxiliary from `verbStart`, of the third-person plural. */
function isPluralVerb(context: QuoteContext, verbStart: number, verb: number): boolean {
  return PLURAL_VERB.test(norm(context, verbStart)) || PLURAL_VERB.test(verbForm(context, verb));
}

/** A speaker described in the plural (`los vecinos`), not one person. */
function isPluralSpeaker(context: QuoteContext, speaker: Range | undefined): boolean {
  return speaker !== undefined && PLURAL_DETERMINERS.has(norm(context, speaker.start));
}

/** A reported clause from `first` naming its own subject before `joint`: it opens on a determiner, a pronoun or a capitalized word (`los técnicos revisaron el puente y …`). */
function namesSubject(reader: Reader, first: number, joint: number): boolean {
  const { context, cues } = reader;
  if (first >= joint) return false;
  const word = norm(context, first);
  return cues.determiners.has(word) || cues.pronouns.has(word) || /^\p{Lu}/u.test(context.article.text[context.article.tokens[first].start]);
}

/** `Selon NAME, CLAUSE`, `Volgens NAME CLAUSE`, the clause to the sentence's end. */
function afterSource(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context, cues } = reader;
  const according = accordingLength(reader, start);
  if (according === 0) return undefined;
  const cue = { start, end: start + according };
  if (cues.objectPronouns.has(norm(context, cue.end)) && norm(context, cue.end + 1) === ',' && !holdsQuoteMark(context, start, cue.end + 3)) {
    return { piece: clause(reader, cue.end + 2, end), speaker: { start: cue.end, end: cue.end + 1 }, cue, pronoun: true };
  }
  const issued = issuedBefore(reader, cue.end, end);
  if (issued && issued.end < end && !holdsQuoteMark(context, start, issued.end + 1)) {
    const from = norm(context, issued.end) === ',' ? issued.end + 1 : issued.end;
    return { piece: clause(reader, from, end), speaker: issued.speaker, cue };
  }
  const speaker = sourceAfter(reader, cue.end, end);
  const from = speaker && clauseAfterSource(reader, speaker, end);
  if (!speaker || from === undefined || from >= end || holdsQuoteMark(reader.context, start, from + 1)) return undefined;
  return { piece: clause(reader, from, end), speaker, cue };
}

/**
 * `NAME VERB (,) que CLAUSE`, or in German `NAME sagte, CLAUSE` (the
 * subjunctive marks it: `thatOptional`), at the sentence's first speech
 * verb followed by its clause.
 */
function beforeThat(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context, cues } = reader;
  for (let index = cues.proDrop ? start : start + 1; index < end; index++) {
    if (!cues.verbs.has(verbForm(context, index))) continue;
    const verbEnd = particlesAfter(reader, index, end);
    const when = whenEnd(context, verbEnd, end);
    const told = documentAside(reader, toWhomEnd(reader, when, end), end);
    const comma = norm(context, told) === ',';
    const that = cues.that.has(norm(context, told)) ? told : (comma || BEFORE_THAT.has(norm(context, told))) && cues.that.has(norm(context, told + 1)) ? told + 1 : subjunctiveAfter(reader, when, end);
    // `meldde dat maandag.`: "dat" points back (`pointingBack`), no clause follows.
    if (that < 0 || whenEnd(context, that + 1, end) === end || context.article.tokens[whenEnd(context, that + 1, end)].punct) continue;
    const cue = { start: cues.auxiliaries.has(norm(context, index - 1)) ? index - 1 : index, end: verbEnd };
    // A verb opening its sentence with no subject, in a language that drops it (`Dice que le duelen las manos`), goes on with the one spoken of, as a pronoun would.
    const found = cue.start === start && cues.proDrop && !isPluralVerb(context, cue.start, index) ? { speaker: cue, cue, pronoun: true } : speakerBefore(reader, cue, start);
    // The attribution and the clause's opening are outside quote marks; a quotation may come before them (`"…", explicó X, quien precisó que …`).
    return found?.speaker && that + 1 < end && context.quoted[cue.start] !== 1 && !holdsQuoteMark(context, cue.start, that + 2) ? { piece: clause(reader, that + 1, end), ...found } : undefined;
  }
  return undefined;
}

/** `Lê-se num comunicado da associação que CLAUSE`, `Explicaron desde X que CLAUSE`, `Fa sapere il Comune che CLAUSE` (`documents.ts`). */
function openingThat(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const found = documentThat(reader, start, end) ?? verbFirstThat(reader, start, end);
  if (found === undefined || holdsQuoteMark(reader.context, start, found.from + 1)) return undefined;
  const { from, ...attribution } = found;
  return { piece: clause(reader, from, end), ...attribution };
}

/** Subjects of an impersonal passive before its auxiliary (`Il a été annoncé par X que`, `Es wurde von X bestätigt, dass`, `Er werd door X gemeld dat`). */
const IMPERSONAL = new Set(['il', 'es', 'er']);

/** `Fue confirmado por X que CLAUSE`, `È stato annunciato dal sindaco che CLAUSE`, `Il a été annoncé par X, …, que CLAUSE`: a sentence opening on a passive speech verb, its agent, then "that" (past the agent's apposition). */
function passiveThat(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context, cues } = reader;
  const found = passiveAt(reader, IMPERSONAL.has(norm(context, start)) ? start + 1 : start, end);
  if (found?.speaker === undefined) return undefined;
  const that = thatWithin(context, (found.written ?? found.speaker).end, end, SPEAKER_WINDOW, (word) => cues.that.has(word));
  return that !== undefined && that + 1 < end && !holdsQuoteMark(context, start, that + 2) ? { piece: clause(reader, that + 1, end), ...found } : undefined;
}

/** Most words between a German speech verb and the comma before its clause in the subjunctive (`sagte auf Nachfrage, …`). */
const BEFORE_SUBJUNCTIVE = 3;

/**
 * In a language whose reported clause may open with no "that" (German), the
 * comma before it, right after the verb (`sagte, man sei …`) or a few
 * words on when the clause holds a verb of the reported mood (`sagte auf
 * Nachfrage, eine Planung könne …`); -1 for none.
 */
function subjunctiveAfter(reader: Reader, from: number, end: number): number {
  const { context, cues } = reader;
  if (!cues.thatOptional) return -1;
  for (let index = from; index < Math.min(end, from + BEFORE_SUBJUNCTIVE + 1); index++) {
    if (norm(context, index) === ',') return index === from || carriesReport(reader, index + 1, end) ? index : -1;
    if (context.article.tokens[index].punct || cues.verbs.has(norm(context, index)) || cues.that.has(norm(context, index))) return -1;
  }
  return -1;
}

/** After the words telling whom a verb speaks to, from `from` (`a déclaré aux journalistes que`, `zei tegen de krant dat`), or `from` when none open there. */
function toWhomEnd(reader: Reader, from: number, end: number): number {
  const { context, cues } = reader;
  if (!cues.toWhom?.has(norm(context, from))) return from;
  for (let index = from + 1; index < Math.min(end, from + 1 + TO_WHOM); index++) {
    if (cues.that.has(norm(context, index)) || norm(context, index) === ',') return index;
    if (context.article.tokens[index].punct || cues.verbs.has(norm(context, index))) return from;
  }
  return from;
}

/**
 * `CLAUSE, a annoncé la préfecture.`, `CLAUSE, sagte ein Sprecher am
 * Montag.`, `CLAUSE, a-t-il ajouté.`, `CLAUSE, según la compañía Luz del
 * Sur.`, `CLAUSE, wie die Polizei mitteilte.`: a speech verb, "selon"… or
 * a clause of the source (`asClause`) right after the sentence's last comma,
 * and its speaker reaching the sentence's end, two words aside; the clause
 * is all before the comma, and not the end of a quotation (`« … Et je
 * m'ennuyais », sourit-elle.`).
 */
function beforeClosingAttribution(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context } = reader;
  const { tokens } = context.article;
  let last = end - 1;
  while (last > start && tokens[last].punct) last--;
  let comma = last - 1;
  while (comma > start && norm(context, comma) !== ',') comma--;
  // A sentence ending on a colon introduces what follows (`El alcalde, Tomás Ibarra, añadió:`), it closes no clause.
  if (norm(context, end - 1) === ':' || isQuoteMark(context, start) || context.quoted[start] === 1) return undefined;
  const found = closingAt(reader, start, end, comma, last);
  if (found !== undefined) return found;
  // `…, disse o presidente da Câmara de Alvarim, Rui Fontoura.`: the last comma sets off the speaker's name; the attribution opens at the one before.
  let before = comma - 1;
  while (before > start && norm(context, before) !== ',') before--;
  return before > start && last - before <= SPEAKER_WINDOW ? closingAt(reader, start, end, before, last) : undefined;
}

/** `beforeClosingAttribution` with the attribution after the comma at `comma`, `last` the sentence's last word. */
function closingAt(reader: Reader, start: number, end: number, comma: number, last: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context } = reader;
  if (comma - start < 3 || last - comma > SPEAKER_WINDOW || holdsQuoteMark(context, comma, end)) return undefined;
  const as = asClause(reader, comma + 1, last + 1);
  if (as) return { piece: clause(reader, start, comma), ...as };
  const according = accordingLength(reader, comma + 1);
  const verb = verbAt(reader, comma + 1, end);
  // "según informaron fuentes del 112": a verb between the source's words ("según", "de acuerdo con") and the source; `…, disse hoje à agência Lusa o presidente`: the day after the verb is the cue's.
  const cue = according > 0 ? { start: comma + 1, end: verbAt(reader, comma + 1 + according, end)?.end ?? comma + 1 + according } : verb ? { start: verb.start, end: whenEnd(context, verb.end, end) } : makesKnow(reader, comma + 1, end);
  const found = cue ? (according > 0 ? { speaker: sourceAfter(reader, cue.end, end), cue } : speakerAfter(reader, cue, end)) : (passiveAt(reader, comma + 1, end) ?? documentAt(reader, comma + 1, end));
  // Two words may follow the speaker ("am Dienstag"), four when a separable verb's particle ends the sentence ("teilte die Stadt am Dienstag mit").
  const tail = reader.cues.separable?.has(norm(context, last)) ? 4 : 1;
  const named = found?.speaker && documentEnd(reader, (found.written ?? found.speaker).end, last + 1);
  return named !== undefined && named >= last - tail ? { piece: clause(reader, start, comma), ...found } : undefined;
}

/** After a document the words were written in, between a verb and its clause (`schrijft in zijn rapport dat`, `informou, em nota, que`), on the comma closing it if one opened it; else `from`. */
function documentAside(reader: Reader, from: number, end: number): number {
  const at = norm(reader.context, from) === ',' ? from + 1 : from;
  const after = documentEnd(reader, at, end);
  return after === at || (at > from && norm(reader.context, after) !== ',') ? from : after;
}

/** After the document a source's words were issued in, when one follows at `from` (`según informó la empresa en un comunicado`), else `from`. */
function documentEnd(reader: Reader, from: number, end: number): number {
  const { context, cues } = reader;
  let at = from;
  if (!cues.within?.has(norm(context, at))) return from;
  at++;
  if (cues.determiners.has(norm(context, at))) at++;
  return at < end && cues.documents?.has(norm(context, at)) ? at + 1 : from;
}

/** Most words between `hieß es` and the comma before its clause (`hieß es lediglich,`). */
const HEARD_GAP = 2;

/** Words for "from" opening a sentence on its source, besides `QuoteCues.from` (`Dal Comune fanno sapere che …`). */
const OPENING_FROM = new Set(['dal', 'dalla', 'dallo', "dall'", 'dai', 'dagli', 'dalle']);

/**
 * `Aus dem Ministerium hieß es, CLAUSE`, `Dal Comune fanno sapere che
 * CLAUSE`, `Desde la empresa explicaron que CLAUSE`: the source after "from"
 * opening the sentence, a phrase of what was said (`QuoteCues.readIn`) or a
 * speech verb, the clause after its comma or "that".
 */
function heardFrom(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const { context, cues } = reader;
  if (!cues.from?.has(norm(context, start)) && !OPENING_FROM.has(norm(context, start))) return undefined;
  const speaker = sourceNamedAt(reader, start + 1, end);
  if (speaker === undefined) return undefined;
  const phrase = phraseAt(context, cues.readIn, speaker.end);
  const verbEnd = phrase !== undefined ? speaker.end + phrase : (verbAt(reader, speaker.end, end) ?? makesKnow(reader, speaker.end, end))?.end;
  if (verbEnd === undefined) return undefined;
  const cue = { start, end: verbEnd };
  for (let at = cue.end; at < Math.min(end - 1, cue.end + HEARD_GAP + 1); at++) {
    if (norm(context, at) === ',' || cues.that.has(norm(context, at))) return holdsQuoteMark(context, start, at + 2) ? undefined : { piece: clause(reader, at + 1, end), speaker, cue };
    if (context.article.tokens[at].punct) return undefined;
  }
  return undefined;
}

/** `Wie die Polizei mitteilte, CLAUSE`: a clause of the source opening the sentence, the reported one after its comma. */
function afterAsClause(reader: Reader, start: number, end: number): (Found & { piece: QuotedPiece }) | undefined {
  const comma = nextComma(reader, start, end);
  const as = comma === undefined ? undefined : asClause(reader, start, comma);
  return as && comma! + 1 < end && !holdsQuoteMark(reader.context, start, comma! + 2) ? { piece: clause(reader, comma! + 1, end), ...as } : undefined;
}

/** `wie die Polizei mitteilte`, `zoals burgemeester Pieter van Dijk zei` in tokens `[from, to)`: the source's word, its speaker and its speech verb last. */
function asClause(reader: Reader, from: number, to: number): Found | undefined {
  const { context, cues } = reader;
  if (!cues.as?.has(norm(context, from)) || to - from < 3 || !cues.verbs.has(verbForm(context, to - 1))) return undefined;
  const found = speakerBefore(reader, { start: to - 1, end: to }, from + 1);
  return found?.speaker ? found : undefined;
}

/**
 * Where the clause after "selon X" starts: after the comma that follows the
 * source, or after the next one when a relative clause or an office opens
 * between ("Selon Jacques Lemoine, qui a visité le chantier, …", "Selon
 * Jacques Lemoine, préfet de la Marne-Haute, …"), or, in a language putting
 * the verb second, right after the source when a word follows it
 * ("Volgens Van Dijk is de brug veilig").
 */
function clauseAfterSource(reader: Reader, source: Range, end: number): number | undefined {
  const { context, cues } = reader;
  if (cues.verbSecond && source.end < end && !context.article.tokens[source.end].punct) return source.end;
  const comma = nextComma(reader, source.end, end);
  if (comma === undefined) return undefined;
  const aside = cues.relatives.has(norm(context, comma + 1)) || cues.offices.test(norm(context, comma + 1));
  const second = aside ? nextComma(reader, comma + 1, end) : undefined;
  return (second ?? comma) + 1;
}

function holdsQuoteMark(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isQuoteMark(context, index)) return true;
  return false;
}

/** A reported clause from token `from` to the sentence's end, its closing punctuation left out, as a piece without marks. */
function clause(reader: Reader, from: number, end: number): QuotedPiece {
  const { context } = reader;
  const { tokens } = context.article;
  for (let index = from + 1; index < end - 1; index++) if (norm(context, index) === ':' && isQuoteMark(context, index + 1)) end = index;
  let last = end - 1;
  while (last > from && tokens[last].punct) last--;
  const span = { start: tokens[from].start, end: tokens[last].end };
  return { span, parts: [span] };
}
