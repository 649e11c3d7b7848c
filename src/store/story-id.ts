import type { Store } from './types.js';

/**
 * The stored story a user means by `given`: the id as written, else for a
 * bare number the story the lists show with an "s" before it ("12" → "s12"),
 * else `given` unchanged, for the caller to report as not found.
 */
export async function storyIdIn(store: Store, given: string): Promise<string> {
  if (!/^\d+$/.test(given) || (await store.storyHead(given)) !== undefined) return given;
  const listed = `s${given}`;
  return (await store.storyHead(listed)) === undefined ? given : listed;
}
