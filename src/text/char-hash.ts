/**
 * Open-addressing tables over typed arrays (the segmenter's surface table,
 * the story clusterer's vocabulary) find a string by a hash of its UTF-16
 * code units and probe from its home slot: fewer scattered reads than a
 * `Map` holding tens of thousands of strings. One hash serves them all,
 * `charsHash`; a scanner that reads the characters anyway hashes them as it
 * goes (`hashStep` from `HASH_START`, then `hashEnd`) and gets the same number.
 */

/** FNV-1a's offset basis: where a hash starts. */
export const HASH_START = 0x811c9dc5;

/** FNV-1a's step: `hash` (`HASH_START` before the first) after one more code unit. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash of `length` code units whose steps ended in state `hash`: the length mixed in last (a scan can hash as it reads, before it knows where it ends), the high bits folded into the low. */
export function hashEnd(hash: number, length: number): number {
  const mixed = Math.imul(hash ^ length, 0x01000193);
  return mixed ^ (mixed >>> 15);
}

/** FNV-1a over `text` from `start` to `end` (no string cut out), its length mixed in last: `hashStep` from `HASH_START`, then `hashEnd`. */
export function charsHash(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hashEnd(hash, end - start);
}

/** Where a probe for `hash` starts in a table of `mask + 1` slots (a power of two). */
export function homeSlot(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
}
