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

/** Where a probe for `hash` starts in a table of `mask + 1` slots (a power of two). */
export function homeSlot(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
}
