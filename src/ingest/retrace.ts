/**
 * The copies of removed articles traced again against the articles that
 * remain, with the comparison ingest uses (`compareCandidates`). A copy's
 * candidates are the sources it keeps and the earlier-stored copies of the
 * articles it lost: of a wire story reprinted by several outlets, the
 * earliest remaining reprint becomes the origin and the later ones its
 * reprints. As in ingest, a candidate that is a reprint stands for its
 * source, and a candidate published after the copy is never its source.
 */
import { compareCandidates, keptCandidate, type CopyCandidate, type CopyOptions, type VerdictWithoutEdits } from '../copies/index.js';
import type { PrepareOptions } from '../pipeline.js';
import { segment } from '../segment/index.js';
import type { RemovalPlan, Store } from '../store/index.js';
import { storedCandidates } from './copies.js';

export interface RetraceOptions {
  prepare: PrepareOptions;
  copies: Partial<CopyOptions>;
}

/** The new verdict of each copy of a removed article, by id, tracing them in the order stored. */
export async function retraceCopies(store: Store, copies: RemovalPlan['copies'], removed: ReadonlySet<string>, settings: RetraceOptions): Promise<Map<string, VerdictWithoutEdits>> {
  const traced = new Map<string, VerdictWithoutEdits>();
  const candidates = new Map<string, CopyCandidate>();
  /** The article a candidate stands for: its source when it is a reprint (traced now, or as stored). */
  const origin = async (id: string): Promise<string> => {
    const verdict = traced.get(id);
    if (verdict !== undefined) return verdict.kind === 'reprint' ? verdict.sources[0].article : id;
    const source = (await store.reprintSources([id])).get(id)?.[0];
    return source === undefined || removed.has(source) ? id : source;
  };
  /** For each removed source, what the copies of it traced so far stand for. */
  const tracedCopiesOf = new Map<string, Set<string>>();
  for (const copy of copies) {
    const lost = copy.sources.filter((source) => removed.has(source));
    const origins = new Set(lost.flatMap((source) => [...(tracedCopiesOf.get(source) ?? [])]));
    for (const source of copy.sources) if (!removed.has(source)) origins.add(await origin(source));
    for (const id of [copy.id, ...removed]) origins.delete(id);
    const missing = [...origins].filter((id) => !candidates.has(id));
    for (const candidate of await storedCandidates(store, missing, settings.prepare)) candidates.set(candidate.id, candidate);
    const [article] = await store.articles([copy.id]);
    const segmented = segment(article, settings.prepare.segment);
    const verdict = compareCandidates(segmented, [...origins].flatMap((id) => candidates.get(id) ?? []), settings.copies);
    traced.set(copy.id, verdict);
    if (verdict.kind !== 'reprint') candidates.set(copy.id, keptCandidate(segmented));
    const standsFor = await origin(copy.id);
    for (const source of lost) {
      if (!tracedCopiesOf.has(source)) tracedCopiesOf.set(source, new Set());
      tracedCopiesOf.get(source)!.add(standsFor);
    }
  }
  return traced;
}
