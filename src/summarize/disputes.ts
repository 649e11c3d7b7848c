/**
 * A summary sentence that states one side of a disagreement says so.
 *
 * An extractive summary quotes its sources, so a sentence can give one
 * source's number ("12 people died") where others give another (14). The
 * summary does not pick the majority value instead: a count that most
 * articles repeat may be one wire's early figure copied, and the lone value
 * the latest correction; choosing would still hide the disagreement. The
 * sentence keeps its words and carries the disagreement as data
 * (`SummarySentence.disputed`): the value it states, with the articles that
 * state it too, and each value that cannot be true with it, with its
 * articles, for the reader to weigh; `tidings story` and the web reader show
 * it under the sentence. A value given only by articles that state the
 * sentence's value too is their own revision, not another source's (a live
 * blog's earlier post), and a value its own article revises further on is
 * disputed by none. Only values given the same day count (`sameDay`:
 * the same day as written, or hours apart whatever dates their zones write;
 * or on days not known; a person's age on any day), as they make a fact
 * `conflicting`: a later day's figure is an update, not a dispute of the
 * sentence.
 *
 * A pure function of a summary and the story's facts (`storyReport`), both
 * cached apart, so it is applied where a story is shown.
 */
import { spansOverlap, type Span } from '../article.js';
import { compatible, revisedSources, sameDay, type FactGroup, type FactSource, type FactValue } from '../facts/index.js';
import type { DisputedFact, Summary, SummarySentence } from './types.js';

/** The summary with each sentence's `disputed` facts: those of `facts` in conflict whose value the sentence states in its own words, against the same day's other values. */
export function markDisputes(summary: Summary, facts: readonly FactGroup[]): Summary {
  const conflicting = facts.filter((fact) => fact.status === 'conflicting').map((fact) => ({ fact, revised: revisedSources(fact) }));
  if (conflicting.length === 0) return summary;
  return { ...summary, sentences: summary.sentences.map((sentence) => withDisputes(sentence, conflicting)) };
}

/**
 * The parts of a summary sentence within its own sentence of the source
 * (its first citation's span): what it states. A short form it writes for a
 * long one ("the U.S.", `withShortForms`) is a span of another sentence,
 * whose numbers and ages the summary sentence does not state.
 */
export function ownParts(sentence: SummarySentence): Span[] {
  const [source] = sentence.citations;
  if (source === undefined || source.article !== sentence.article) return sentence.parts;
  return sentence.parts.flatMap((part) => {
    const start = Math.max(part.start, source.span.start);
    const end = Math.min(part.end, source.span.end);
    return end > start ? [{ start, end }] : [];
  });
}

/** The sentence's disputes among `facts`, each with the sources its own article revises (`revisedSources`, built once per fact for every sentence). */
function withDisputes(sentence: SummarySentence, facts: ReadonlyArray<{ fact: FactGroup; revised: ReadonlySet<FactSource> }>): SummarySentence {
  const { disputed: _earlier, ...plain } = sentence;
  const disputed: DisputedFact[] = [];
  const parts = ownParts(sentence);
  for (const { fact, revised } of facts) {
    const own = fact.values.flatMap((value) => value.sources.filter((source) => source.article === sentence.article && parts.some((part) => spansOverlap(part, source.span))).map((source) => ({ value, source })));
    if (own.length === 0) continue;
    const [{ value: stated, source: statedHere }] = own;
    if (revised.has(statedHere)) continue;
    const statedBy = new Set(stated.sources.map((source) => source.article));
    const toldWith = (value: FactValue) => fact.key.startsWith('age:') || value.sources.some((source) => stated.sources.some((statedSource) => sameDayAs(source, statedSource)));
    const others = fact.values.filter((value) => value !== stated && !compatible(value, stated) && toldWith(value) && !value.sources.every((source) => statedBy.has(source.article)));
    if (others.length > 0) disputed.push({ label: fact.label, stated, others });
  }
  return disputed.length > 0 ? { ...plain, disputed } : plain;
}

/** Whether two sources were told the same day, as the report finds a conflict (`sameDay`: the same day as written, or instants hours apart); a source of no known day is of every day. */
function sameDayAs(a: FactSource, b: FactSource): boolean {
  return a.day === undefined || b.day === undefined || sameDay({ day: a.day, told: a.told }, { day: b.day, told: b.told });
}
