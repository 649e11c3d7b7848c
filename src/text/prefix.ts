/**
 * The first `max` UTF-16 code units of a text, one fewer when the last of
 * them opens a surrogate pair, so no character is split in two.
 */
export function prefixOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}
