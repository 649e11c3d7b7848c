/**
 * Saving the story clusterer's state in the store's transaction: the state
 * without its stories and keys in one row, the changed stories in theirs,
 * the keys first counted and the stories retired since the last save
 * appended (a snapshot changed by a removal rewritten in its place, one
 * emptied deleted). Functions over the store's prepared statements.
 */
import { expected } from '../errors.js';
import { encodeClustererRest, encodeRetired, encodeStory } from './clusterer-codec.js';
import type { Statements } from './sqlite-statements.js';
import type { ClustererSave } from './types.js';

export function saveClusterer(sql: Statements, { changes, generation }: ClustererSave): void {
  sql('saveClusterer').run(generation + 1, encodeClustererRest(changes));
  for (const kind of ['terms', 'entities'] as const) {
    const { added, counts } = changes[kind];
    const from = counts.length - added.length;
    const saved = sql('countClustererKeys').get(kind) as number;
    if (saved !== from) expected(`the clusterer's changes to follow the last save (${saved} ${kind} saved, ${from} before the added ones)`, added.slice(0, 5).join(', '));
    addKeys(sql, kind, from, added);
  }
  for (const story of changes.stories) {
    const { record, weights } = encodeStory(story);
    sql('saveClustererStory').run(story.id, record, weights);
  }
  const retired = new Set(changes.retired.map((snapshot) => snapshot.id));
  for (const id of changes.removed) {
    sql('deleteClustererStory').run(id);
    if (!retired.has(id)) sql('deleteClustererRetired').run(id);
  }
  const saved = sql('countClustererStories').get() as number;
  if (saved !== changes.active) expected(`the clusterer's changes to name every story changed since the last save (${changes.active} active, ${saved} saved)`, changes.stories.slice(0, 5).map((story) => story.id).join(', '));
  for (const snapshot of changes.retired) sql('addClustererRetired').run(snapshot.id, encodeRetired(snapshot));
  sql('keepClustererRetired').run(changes.keptRetired);
  const kept = sql('countClustererRetired').get() as number;
  if (kept !== changes.keptRetired) expected(`the clusterer's changes to name every story retired since the last save (${changes.keptRetired} kept, ${kept} saved)`, changes.removed.slice(0, 5).join(', '));
}

/** The keys of `kind` at positions `from` on, in one statement (a batch adds some 11 an article). */
function addKeys(sql: Statements, kind: 'terms' | 'entities', from: number, added: readonly string[]): void {
  if (added.length > 0) sql('addClustererKeys').run(kind, from, JSON.stringify(added));
}
