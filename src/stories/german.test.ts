import { describe, expect, it } from 'vitest';
import { articleProfile, profileSimilarity, StoryClusterer } from './index.js';
import { termStats } from './weights.js';
import { article } from './test-support/articles.js';
import { KLEINBRUECK, OBERWIED } from './test-support/german-articles.js';

const profiles = [...OBERWIED, ...KLEINBRUECK].map((article) => articleProfile(article));
const profile = (id: string) => profiles.find((found) => found.id === id)!;

/** The stories a clusterer makes of the articles added in `order`, each its articles' ids sorted, the stories sorted. */
function stories(order: readonly string[]): string[][] {
  const clusterer = new StoryClusterer();
  const members = new Map<string, string[]>();
  for (const id of order) {
    const { story } = clusterer.add(profile(id));
    members.set(story, [...(members.get(story) ?? []), id]);
  }
  return [...members.values()].map((ids) => ids.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

describe('German stories', () => {
  it('keeps no noun written after an article or a number among the names ("die Feuerwehr", "eine Lagerhalle", "am Mittwoch", "80 Einsatzkräfte"), and keeps names', () => {
    const names = [...profile('oberwied-1').entities.keys()];
    expect(names).toEqual(expect.arrayContaining(['oberwied', 'spedition kessler', 'torsten hallmann']));
    expect(names).not.toContain('kreisbrandmeister'); // "Kreisbrandmeister Torsten Hallmann": the noun before a given name says who he is
    for (const noun of ['feuerwehr', 'lagerhalle', 'nacht', 'morgen', 'löscharbeiten']) expect(names).not.toContain(noun);
    const counted = [...profile('kleinbrueck-1').entities.keys()];
    for (const noun of ['mittwochabend', 'einsatzkräften']) expect(counted).not.toContain(noun); // "mit 80 Einsatzkräften": what a number counts
    expect([...profile('oberwied-3').entities.keys()]).not.toContain('dienstag'); // "in der Nacht zum Dienstag Verdächtiges": a weekday wherever written
  });

  it('keeps a place German writes with an article ("in der Schweiz", "in den Niederlanden"), by its English name', () => {
    const names = [...articleProfile(article('alpen', 'Lawinengefahr in der Schweiz', ['Nach starkem Schneefall gilt in der Schweiz die höchste Warnstufe; auch in den Niederlanden schneit es.'], '2024-03-12T08:00:00Z')).entities.keys()];
    expect(names).toEqual(expect.arrayContaining(['switzerland', 'netherlands']));
    expect(names).not.toContain('warnstufe');
  });

  it('finds the next-day follow-up nearer its own event than the other fire of the same kind', () => {
    const stats = termStats(profiles);
    const similarity = (a: string, b: string) => profileSimilarity(profile(a), profile(b), stats);
    for (const other of ['kleinbrueck-1', 'kleinbrueck-2']) {
      expect(similarity('oberwied-3', 'oberwied-1')).toBeGreaterThan(similarity('oberwied-3', other));
      expect(similarity('oberwied-3', 'oberwied-2')).toBeGreaterThan(similarity('oberwied-3', other));
    }
  });

  it.each([
    ['in the order published', ['oberwied-1', 'oberwied-2', 'oberwied-3', 'kleinbrueck-1', 'kleinbrueck-2']],
    ['with the other fire told before the follow-up', ['oberwied-1', 'oberwied-2', 'kleinbrueck-1', 'kleinbrueck-2', 'oberwied-3']],
  ])('groups the follow-up with its event and keeps the other fire apart, %s', (_, order) => {
    expect(stories(order)).toEqual([
      ['kleinbrueck-1', 'kleinbrueck-2'],
      ['oberwied-1', 'oberwied-2', 'oberwied-3'],
    ]);
  });
});
