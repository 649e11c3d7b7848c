/**
 * Pass 1 (dashes) of the quotation rules of languages besides English
 * (`other-languages.ts`): replies written with dialogue dashes instead of
 * quote marks, as Spanish, Portuguese, Italian and French papers print them
 * (`QuoteCues.dialogueDashes`):
 *
 * - `—No vamos a ceder —dijo la alcaldesa—. Mañana habrá otra reunión.`
 *   (Spanish raya: the attribution opens on a dash after a space and closes
 *   on one written against its last word);
 * - `— Não vamos desistir — disse o presidente. — A ponte só reabre …`
 *   (the attribution ends with its sentence, a dash reopens the reply);
 * - `– Je commence à 3 heures, raconte la boulangère. Mais quand je vois …`
 *   (French: the attribution after a comma, the reply going on after its
 *   sentence with no dash, unless that sentence tells of someone:
 *   `isNarration`; `QuoteCues.replyGoesOnUndashed`). In Spanish, Portuguese
 *   and Italian a sentence after such an attribution is the writer's
 *   (`—No —respondió Luis Prado. Después se marchó …`).
 *
 * A reply opens a paragraph on an em or en dash followed by a capital, "¿"
 * or "¡" (a list's items open on a small letter), or opens inside one on
 * such a dash after a speech verb and a colon (`y dijo: —Ahora …`); each stretch of it
 * between attributions is one piece, as `« … », répond le maire. « … »`
 * would be two. An attribution is a dash after a space, or a comma,
 * followed by a speech verb of the language (`verbAt`: `dijo`, `ha
 * detto`, `se preguntaba`); a dash inside a reply before anything else
 * (`la planta —abierta en 1974— cierra`) is a parenthesis and stays in it.
 * A paragraph holding a quote mark is left to the marks.
 */
import { norm } from './context.js';
import { verbAt } from './language-verbs.js';
import type { QuotedPiece } from './marks.js';
import { nameAt, type Reader } from './name-runs.js';

/** The dialogue dashes: em dash, en dash, horizontal bar. */
const DIALOGUE_DASHES = new Set(['—', '–', '―']);
/** Characters a reply may open on after its dash: a capital, an opening question or exclamation mark. */
const REPLY_OPENER = /^[\p{Lu}¿¡]/u;
/** Punctuation left out at the end of a piece cut before its attribution (`…, six jours sur sept, raconte`); "?", "!" and "." stay. */
const CUT_PUNCTUATION = new Set([',', ';', ':']);

/** The pieces of an article's dash-quoted replies, and those going on with the reply before them after its attribution (they take its speaker). */
export interface DashPieces {
  pieces: QuotedPiece[];
  resuming: Set<QuotedPiece>;
}

export function dashQuotedPieces(reader: Reader, marked: readonly QuotedPiece[]): DashPieces {
  const found: DashPieces = { pieces: [], resuming: new Set() };
  if (!reader.cues.dialogueDashes) return found;
  const { article } = reader.context;
  const { sentences, tokens } = article;
  let markAt = 0;
  for (let first = 0; first < sentences.length; ) {
    const { paragraph, tokenStart: start } = sentences[first];
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1].paragraph === paragraph) last++;
    const end = sentences[last].tokenEnd;
    first = last + 1;
    while (markAt < marked.length && marked[markAt].span.end <= tokens[start]?.start) markAt++;
    const marksInside = markAt < marked.length && marked[markAt].span.start < (tokens[end - 1]?.end ?? 0);
    if (end - start < 2 || marksInside) continue;
    const dash = isDialogueDash(reader, start) ? start : introducedDash(reader, start, end);
    if (dash === undefined || dash + 1 >= end || !REPLY_OPENER.test(article.text.slice(tokens[dash + 1].start, tokens[dash + 1].end))) continue;
    replies(reader, dash, end, found);
  }
  return found;
}

/** A reply opening inside its paragraph on a dash right after a speech verb and a colon (`Se paró ante la valla y dijo: —Ahora tardaré …`). */
function introducedDash(reader: Reader, start: number, end: number): number | undefined {
  const { context, cues } = reader;
  for (let index = start + 2; index < end - 1; index++) {
    if (isDialogueDash(reader, index) && norm(context, index - 1) === ':' && cues.verbs.has(norm(context, index - 2))) return index;
  }
  return undefined;
}

/** The pieces of the reply opening on the dash at `dash`, in tokens up to `end` (its paragraph's end). */
function replies(reader: Reader, dash: number, end: number, found: DashPieces): void {
  let from = dash + 1;
  let open: number | undefined = dash;
  let opening = true;
  while (from < end) {
    const cut = attributionAt(reader, from, end);
    const piece = pieceOf(reader, from, cut ?? end, open, cut);
    if (piece) {
      if (!opening) found.resuming.add(piece);
      found.pieces.push(piece);
      opening = false;
    }
    if (cut === undefined) return;
    const next = resumesAt(reader, cut, end);
    if (next === undefined) return;
    open = isDialogueDash(reader, next) ? next : undefined;
    if (open === undefined && !closedByDash(reader, cut, next) && (!reader.cues.replyGoesOnUndashed || isNarration(reader, next))) return;
    from = open === undefined ? next : next + 1;
  }
}

/** The first dash after a space, or comma, in `(from, end)` that a speech verb follows. */
function attributionAt(reader: Reader, from: number, end: number): number | undefined {
  const { context } = reader;
  const { text, tokens } = context.article;
  for (let index = from + 1; index + 1 < end; index++) {
    const spacedDash = isDialogueDash(reader, index) && /\s/.test(text[tokens[index].start - 1] ?? ' ');
    if (!spacedDash && norm(context, index) !== ',') continue;
    if (!/^\p{Ll}/u.test(text[tokens[index + 1].start]) || context.sentenceOf[index + 1] !== context.sentenceOf[index]) continue;
    const sentenceEnd = context.article.sentences[context.sentenceOf[index + 1]].tokenEnd;
    if (verbAt(reader, index + 1, sentenceEnd)) return index;
  }
  return undefined;
}

/**
 * Where the reply goes on after the attribution opening at `cut`: after the
 * dash closing the attribution and the punctuation after it (`—dijo la
 * alcaldesa—. Mañana …`, `– dice Maria – e nessuno …`), else at the next
 * sentence of the paragraph (on its dash, if it opens on one).
 */
function resumesAt(reader: Reader, cut: number, end: number): number | undefined {
  const { context } = reader;
  const { tokens } = context.article;
  const sentence = context.sentenceOf[cut + 1];
  for (let index = cut + 2; index < end; index++) {
    if (context.sentenceOf[index] !== sentence) return index;
    if (!isDialogueDash(reader, index)) continue;
    let next = index + 1;
    while (next < end && tokens[next].punct && !isDialogueDash(reader, next)) next++;
    return next < end ? next : undefined;
  }
  return undefined;
}

/** The piece of tokens `[from, to)`, trailing commas, semicolons and colons left out before an attribution. */
function pieceOf(reader: Reader, from: number, to: number, open: number | undefined, cut: number | undefined): QuotedPiece | undefined {
  const { context } = reader;
  const { tokens } = context.article;
  let last = to - 1;
  while (last >= from && (CUT_PUNCTUATION.has(norm(context, last)) || isDialogueDash(reader, last))) last--;
  if (last < from) return undefined;
  const span = { start: tokens[from].start, end: tokens[last].end };
  const piece: QuotedPiece = { span, parts: [span] };
  if (open !== undefined) piece.open = tokens[open].start;
  if (cut !== undefined) piece.close = tokens[cut].start;
  return piece;
}

/** Words after "il" that make it impersonal (`Il a fallu deux hivers.`, `Il y a du monde.`): the speaker may still speak. */
const IMPERSONAL_AFTER_IL = new Set(['faut', 'fallait', 'fallu', 'faudra', 'faudrait', 'y', "s'", 'suffit', 'suffisait', 'reste', 'semble', 'manque']);

/**
 * A sentence after an attribution, with no dash of its own, that tells of
 * someone rather than going on with the reply: it opens on a third-person
 * pronoun or a name (`– On avait tout organisé, soupire la jeune femme. Elle
 * a dû rappeler les familles …`, `…, assure Marc Tessier. Il installe son
 * camion …`), perhaps after an opening adverb (`Puis il retourne à ses
 * machines.`). A French reply paragraph is the speaker's to its end, but a
 * news story may go on with its own narration there; words that go on
 * speaking (`Mais quand je vois …`, `Ici, les gens viennent à pied.`) stay.
 */
function isNarration(reader: Reader, index: number): boolean {
  const { context } = reader;
  const pronoun = pronounAt(reader, index);
  if (pronoun !== undefined) return !IMPERSONAL_AFTER_IL.has(norm(context, pronoun + 1)) && !IMPERSONAL_AFTER_IL.has(norm(context, pronoun + 2));
  const name = nameAt(reader, index, context.article.sentences[context.sentenceOf[index]].tokenEnd);
  // A name: two words, or one the article writes in a longer name (`Tessier` after `Marc Tessier`), not a capitalized first word (`Vamos`).
  return name !== undefined && (name.end - name.start > 1 || (reader.names.get(norm(context, name.end - 1)) ?? []).some((run) => run.end - run.start > 1));
}

/** The third-person pronoun opening the sentence at `index`, or after its first word and perhaps a comma (`Puis il`, `Ensuite, elle`). */
function pronounAt(reader: Reader, index: number): number | undefined {
  const { context, cues } = reader;
  const { tokens } = context.article;
  if (cues.pronouns.has(norm(context, index))) return index;
  if (tokens[index]?.punct) return undefined;
  const after = norm(context, index + 1) === ',' ? index + 2 : index + 1;
  return context.sentenceOf[after] === context.sentenceOf[index] && cues.pronouns.has(norm(context, after)) ? after : undefined;
}

/** The attribution at `cut` closes on a dash before the reply goes on at `next` (`—dijo la alcaldesa—. Vamos …`): the words after it are the reply's. */
function closedByDash(reader: Reader, cut: number, next: number): boolean {
  for (let index = cut + 1; index < next; index++) if (isDialogueDash(reader, index)) return true;
  return false;
}

function isDialogueDash(reader: Reader, index: number): boolean {
  const { text, tokens } = reader.context.article;
  const token = tokens[index];
  return token !== undefined && token.end - token.start === 1 && DIALOGUE_DASHES.has(text[token.start]);
}
