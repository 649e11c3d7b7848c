/**
 * Integer ids for tokens and for pairs of ids, so n-grams and skip-bigrams are
 * counted in `Map<number, number>` instead of by joined strings. Tokens and
 * pairs draw ids from one counter: a unigram id never equals a bigram id, which
 * lets ROUGE-SU count both in one map, as ROUGE-1.5.5 does with its
 * `"a"` and `"a b"` hash keys.
 *
 * The references of a task fill a vocabulary; peers only look ids up. A peer
 * token or pair the references never contain gets `unknownId`: it still counts
 * in the peer's totals but can never match.
 */
export interface Vocabulary {
  readonly tokens: Map<string, number>;
  /** First id → second id → pair id (small-integer keys hash fastest). */
  readonly pairs: Map<number, Map<number, number>>;
  /** The next free id. */
  size: number;
}

export const unknownId = -1;

/** Assigns and looks up ids; `interning` decides whether unseen tokens and pairs get new ids. */
export interface IdSource {
  token(token: string): number;
  pair(first: number, second: number): number;
}

export function createVocabulary(): Vocabulary {
  return { tokens: new Map(), pairs: new Map(), size: 0 };
}

function nextId(vocabulary: Vocabulary): number {
  const id = vocabulary.size;
  vocabulary.size += 1;
  return id;
}

/** Ids that grow the vocabulary: for references. */
export function interningIds(vocabulary: Vocabulary): IdSource {
  return {
    token(token) {
      const known = vocabulary.tokens.get(token);
      if (known !== undefined) return known;
      const id = nextId(vocabulary);
      vocabulary.tokens.set(token, id);
      return id;
    },
    pair(first, second) {
      let seconds = vocabulary.pairs.get(first);
      if (seconds === undefined) {
        seconds = new Map();
        vocabulary.pairs.set(first, seconds);
      }
      const known = seconds.get(second);
      if (known !== undefined) return known;
      const id = nextId(vocabulary);
      seconds.set(second, id);
      return id;
    },
  };
}

/** Ids that leave the vocabulary as it is: for peers. */
export function lookupIds(vocabulary: Vocabulary): IdSource {
  return {
    token: (token) => vocabulary.tokens.get(token) ?? unknownId,
    pair: (first, second) => vocabulary.pairs.get(first)?.get(second) ?? unknownId,
  };
}
