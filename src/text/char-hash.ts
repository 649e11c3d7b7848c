/**
 * Open-addressing tables over typed arrays (the segmenter's surface table,
 * the story clusterer's vocabulary) find a string by a hash of its UTF-16
 * code units and probe from its home slot: fewer scattered reads than a
 * `Map` holding tens of thousands of strings.
 */

/** FNV-1a over `text` from `start` to `end` (no string cut out), the high bits folded into the low. */
export function charsHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/** FNV-1a's offset basis: where `scanHash` starts. */
export const SCAN_HASH_START = 0x811c9dc5;

/** FNV-1a's step: `hash` (`SCAN_HASH_START` before the first) after one more code unit. */
export function scanHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash of a scan of `length` code units that ended in state `hash`: the length mixed in last, so a scan can hash as it reads, before it knows where it ends. */
export function scanHashEnd(hash: number, length: number): number {
  const mixed = Math.imul(hash ^ length, 0x01000193);
  return mixed ^ (mixed >>> 15);
}

/** `text` from `start` to `end` hashed as a scan would (`scanHashStep` from `SCAN_HASH_START`, then `scanHashEnd`). */
export function scanHash(text: string, start: number, end: number): number {
  let hash = SCAN_HASH_START;
  for (let i = start; i < end; i++) hash = scanHashStep(hash, text.charCodeAt(i));
  return scanHashEnd(hash, end - start);
}

/** Where a probe for `hash` starts in a table of `mask + 1` slots (a power of two). */
export function homeSlot(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
}
