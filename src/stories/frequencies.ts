/**
 * Keys as integer ids, document frequencies by id, and the TF-IDF vectors
 * weighed with them: the clusterer's working form of `TermStats`, where an
 * arriving article's keys are each looked up once (to count it and to weigh
 * it) and its vectors are `SparseVector`s.
 */
import { KeyIds } from './key-ids.js';
import { appendEntry, sparseVector, type SparseVector } from './sparse.js';
import type { TermStats } from './weights.js';

/**
 * In how many documents each key occurs, by id: NaN for a key with no count
 * (a key never seen weighs as if seen once), 0 for one whose documents were
 * all removed (it weighs the same). `counted` lists the ids in the order they
 * got a count, the order the frequencies are saved in.
 */
export interface Frequencies {
  /** Each distinct key an id, 0, 1, 2… in order of first sight. */
  vocabulary: KeyIds;
  counts: number[];
  counted: number[];
}

/** Documents seen, and the frequencies of content stems (also the headline's) and of entity keys. */
export interface DocumentFrequencies {
  documents: number;
  terms: Frequencies;
  entities: Frequencies;
}

export function emptyFrequencies(): Frequencies {
  return { vocabulary: new KeyIds([]), counts: [], counted: [] };
}

/** The id of `key`, given the next one when it has none. */
export function keyId(frequencies: Frequencies, key: string): number {
  const { vocabulary } = frequencies;
  const known = vocabulary.keys.length;
  const id = vocabulary.idOf(key);
  if (id === known) frequencies.counts.push(NaN);
  return id;
}

/** Sets a key's count, as `Map.set` would: a key already counted keeps its place in `counted`. */
export function setCount(frequencies: Frequencies, key: string, count: number): void {
  const id = keyId(frequencies, key);
  if (Number.isNaN(frequencies.counts[id])) frequencies.counted.push(id);
  frequencies.counts[id] = count;
}

/** `[key, count]` in the order the keys were first counted. */
export function countEntries(frequencies: Frequencies): Array<[string, number]> {
  const { keys } = frequencies.vocabulary;
  return frequencies.counted.map((id) => [keys[id], frequencies.counts[id]]);
}

/** Smoothed inverse document frequency of the key with count `count` (NaN: never seen, and 0: seen only in articles since removed, weigh as seen once). */
function inverseFrequency(count: number, documents: number): number {
  return Math.log((documents + 1) / ((count > 0 ? count : 1) + 1)) + 1;
}

/**
 * Sublinear TF × IDF weights of `counts` (keys with a count above 0), in
 * their order. With `count`, every key of `counts` is first counted as
 * occurring in one more document (the document itself, already counted in
 * `documents`): one lookup per key does both. Written into `into` when
 * given (emptied first: a caller's scratch vector), else into a new vector.
 */
export function weighCounts(counts: ReadonlyMap<string, number>, frequencies: Frequencies, documents: number, count = false, into?: SparseVector): SparseVector {
  const vector = into ?? sparseVector(counts.size);
  vector.size = 0;
  const seen = frequencies.counts;
  counts.forEach((tf, key) => {
    const id = keyId(frequencies, key);
    if (count) {
      if (Number.isNaN(seen[id])) {
        frequencies.counted.push(id);
        seen[id] = 1;
      } else seen[id] += 1;
    }
    if (tf > 0) appendEntry(vector, id, (1 + Math.log(tf)) * inverseFrequency(seen[id], documents));
  });
  return vector;
}

/** The frequencies `stats` gives the keys of `counts` (only those: a corpus's statistics may be large). */
export function frequenciesOf(stats: ReadonlyMap<string, number>, ...counts: ReadonlyArray<ReadonlyMap<string, number> | undefined>): Frequencies {
  const frequencies = emptyFrequencies();
  for (const map of counts) {
    map?.forEach((_, key) => {
      const known = stats.get(key);
      if (known !== undefined) setCount(frequencies, key, known);
      else keyId(frequencies, key);
    });
  }
  return frequencies;
}

/** `stats` in the clusterer's working form. */
export function documentFrequencies(stats: TermStats): DocumentFrequencies {
  const terms = emptyFrequencies();
  const entities = emptyFrequencies();
  stats.terms.forEach((count, key) => setCount(terms, key, count));
  stats.entities.forEach((count, key) => setCount(entities, key, count));
  return { documents: stats.documents, terms, entities };
}
