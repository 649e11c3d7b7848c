import type { GramCounts } from './grams.js';

/** The LCS length table, reused between calls and grown when a pair of sentences needs more cells. */
let scratchTable = new Uint32Array(4096);
/** Reference positions whose token occurs in the peer sentence, reused between calls. */
let scratchRows = new Int32Array(256);

/**
 * Marks, in `hits`, the reference positions of the one longest common
 * subsequence of `reference` and `peer` that ROUGE-1.5.5 picks (`lcs_inner`
 * and `markLCS`): the table is filled as usual, then walked back from the
 * end, going diagonal on equal tokens, else up when the cell above is at least
 * the cell to the left, else left.
 *
 * Reference tokens absent from the peer sentence are left out of the table:
 * such a row only copies the row above and the walk always goes up through it
 * (the cell to its left equals the one above-left, never more than the one
 * above), so dropping it changes neither the lengths nor the marks.
 */
function markLcs(reference: Int32Array, peer: Int32Array, peerTokens: ReadonlySet<number>, hits: Uint8Array): void {
  if (scratchRows.length < reference.length) scratchRows = new Int32Array(reference.length * 2);
  const positions = scratchRows;
  let rows = 0;
  for (let position = 0; position < reference.length; position += 1) {
    if (peerTokens.has(reference[position])) positions[rows++] = position;
  }
  const columns = peer.length;
  if (rows === 0 || columns === 0) return;
  const width = columns + 1;
  if (scratchTable.length < (rows + 1) * width) scratchTable = new Uint32Array(Math.max((rows + 1) * width, scratchTable.length * 2));
  const table = scratchTable;
  // Row 0 and column 0 are read as 0; every other cell is written before it is read.
  table.fill(0, 0, width);
  for (let i = 1; i <= rows; i += 1) {
    const token = reference[positions[i - 1]];
    const rowStart = i * width;
    table[rowStart] = 0;
    for (let j = 1; j <= columns; j += 1) {
      const cell = rowStart + j;
      if (token === peer[j - 1]) table[cell] = table[cell - width - 1] + 1;
      else {
        const up = table[cell - width];
        const left = table[cell - 1];
        table[cell] = up >= left ? up : left;
      }
    }
  }
  let i = rows;
  let j = columns;
  while (i > 0 && j > 0) {
    if (reference[positions[i - 1]] === peer[j - 1]) {
      i -= 1;
      j -= 1;
      hits[positions[i]] = 1;
    } else if (table[(i - 1) * width + j] >= table[i * width + j - 1]) {
      i -= 1;
    } else {
      j -= 1;
    }
  }
}

/** The distinct tokens of each peer sentence, for `unionLcs`. */
export function peerSentenceTokens(peerSentences: readonly Int32Array[]): ReadonlySet<number>[] {
  return peerSentences.map((sentence) => new Set(sentence));
}

export interface LcsResult {
  /** Reference tokens on a union LCS, each allowed only as often as both summaries still have it. */
  hits: number;
  /** Reference tokens in all (ROUGE's `$base`). */
  referenceTokens: number;
}

/**
 * Summary-level ROUGE-L (`lcs` in ROUGE-1.5.5.pl). For each reference
 * sentence, the union of its LCS with every peer sentence is marked; marked
 * tokens are then taken in order while the reference's and the peer's unigram
 * counts (`referenceUnigrams`, `peerUnigrams`, from the whole-text reading)
 * both still have that token, and each taken token uses up one of each. The
 * counts are used up across the sentences of one reference and start afresh
 * for the next reference. `peerTokenSets` holds the tokens of each peer
 * sentence (`peerSentenceTokens`), made once per peer.
 */
export function unionLcs(
  referenceSentences: readonly Int32Array[],
  peerSentences: readonly Int32Array[],
  peerTokenSets: readonly ReadonlySet<number>[],
  referenceUnigrams: GramCounts,
  peerUnigrams: GramCounts,
): LcsResult {
  const referenceLeft = new Map(referenceUnigrams.counts);
  const peerLeft = new Map(peerUnigrams.counts);
  let hits = 0;
  let referenceTokens = 0;
  for (const sentence of referenceSentences) {
    referenceTokens += sentence.length;
    const marked = new Uint8Array(sentence.length);
    peerSentences.forEach((peerSentence, index) => markLcs(sentence, peerSentence, peerTokenSets[index], marked));
    for (let position = 0; position < sentence.length; position += 1) {
      if (marked[position] === 0) continue;
      const token = sentence[position];
      const inReference = referenceLeft.get(token) ?? 0;
      const inPeer = peerLeft.get(token) ?? 0;
      if (inReference > 0 && inPeer > 0) {
        hits += 1;
        referenceLeft.set(token, inReference - 1);
        peerLeft.set(token, inPeer - 1);
      }
    }
  }
  return { hits, referenceTokens };
}
