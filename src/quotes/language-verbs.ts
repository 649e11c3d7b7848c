/**
 * A speech verb as the quotation rules of languages besides English read it:
 * its form without a pronoun written onto it (`verbForm`), with its
 * auxiliary and the words it takes after it (`verbAt`, `particlesAfter`).
 * A leaf of the language rules: `language-speakers.ts`, `passive.ts` and
 * `reported-chains.ts` read verbs here, none importing another for it.
 */
import { norm, type QuoteContext } from './context.js';
import type { Range, Reader } from './name-runs.js';

/** A verb written with its subject pronoun: `a-t-il`, `explique-t-elle`. */
export const INVERTED = /-(?:t-)?(?:il|elle|ils|elles)$/;

/** A speech verb at `index`, with its auxiliary before it (`a déclaré`, `ha detto`, `a-t-il ajouté`) or written with its pronoun (`explique-t-il`), and the words it takes after it (`ha fatto sapere`). */
export function verbAt(reader: Reader, index: number, end: number): Range | undefined {
  const { context, cues } = reader;
  let at = index;
  if (cues.auxiliaries.has(norm(context, at)) && at + 1 < end && cues.verbs.has(verbForm(context, at + 1))) at++;
  return cues.verbs.has(verbForm(context, at)) ? { start: index, end: particlesAfter(reader, at, end) } : undefined;
}

export function verbForm(context: QuoteContext, index: number): string {
  return norm(context, index).replace(INVERTED, '');
}

/**
 * The end of a speech verb at `index` with the words it takes right after
 * it, two at most (`fügte hinzu`, `voegde eraan toe`, `ha fatto sapere`); a
 * function word only where the clause closes after it (`räumte ein, dass`,
 * not `sagte ein Sprecher`).
 */
export function particlesAfter(reader: Reader, index: number, end: number): number {
  const { context, cues, stopwords } = reader;
  const taken = (at: number) => at < end && cues.separable?.has(norm(context, at)) === true;
  const closes = (at: number) => at >= end || context.article.tokens[at].punct || cues.that.has(norm(context, at)) || taken(at);
  let after = index + 1;
  while (after - index <= 2 && taken(after) && (!stopwords.has(norm(context, after)) || closes(after + 1))) after++;
  return after;
}
