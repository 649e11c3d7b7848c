/**
 * The first `max` UTF-16 code units of a text, one fewer when the last of
 * them opens a surrogate pair, so no character is split in two.
 */
export function prefixOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/**
 * The text, or at most `max` characters of it with an ellipsis, ending on a
 * whole word when one ends in its second half (cut anywhere otherwise), no
 * comma or dash left before the ellipsis: “Dam Gate Failure Forces 1,200 People…”.
 */
export function shortenedAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = prefixOf(text, max - 1);
  const space = /\s/.test(text[head.length]) ? head.length : head.search(/\s\S*$/);
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:_–—-]+$/u, '')}…`;
}
