import type { SegmentedArticle } from '../../article.js';
import { prepare } from '../../pipeline.js';
import { buildArticle } from '../../read/index.js';
import type { ArticleProfile } from '../profile.js';
import { READ_AT } from '../../read/test-support/read-at.js';

/** A segmented article from a title and paragraphs, dated when `published` is given. */
export function article(id: string, title: string, paragraphs: readonly string[], published?: string): SegmentedArticle {
  return prepare(buildArticle({ id, title, published }, paragraphs, { input: 'test', format: 'text' }, READ_AT));
}

/**
 * Reports of two earthquakes, one in Aceh and one in Papua: the same kind of
 * event, told with the same words, told apart by places, people and numbers.
 */
export const ACEH = [
  article('aceh-1', 'Strong earthquake hits Aceh province', [
    'A magnitude 6.1 earthquake struck Aceh province on the island of Sumatra on Tuesday, killing at least 12 people in the town of Takengon.',
    'The quake damaged hundreds of houses and a mosque, said Sutopo Purwo Nugroho, spokesman of the disaster agency.',
    'Rescue workers searched collapsed buildings in Takengon and Bener Meriah through the night.',
  ]),
  article('aceh-2', 'Aceh earthquake death toll rises to 22', [
    'The death toll from the magnitude 6.1 earthquake in Aceh rose to 22 on Wednesday as rescuers pulled more bodies from the rubble in Takengon.',
    'Sutopo Purwo Nugroho said more than 2,000 people had fled their damaged houses in Bener Meriah and Central Aceh.',
    'The quake struck at a shallow depth of 10 kilometres, the geological agency said.',
  ]),
  article('aceh-3', 'Survivors of Aceh quake sleep in tents', [
    'Thousands of survivors of the Aceh earthquake slept in tents in Takengon after the magnitude 6.1 quake destroyed their houses.',
    'Rescue workers in Bener Meriah said the death toll of 22 could rise, according to Sutopo Purwo Nugroho.',
    'Aid arrived from Banda Aceh on Thursday.',
  ]),
];

export const PAPUA = [
  article('papua-1', 'Powerful earthquake strikes Papua', [
    'A magnitude 7.6 earthquake struck near Manokwari in West Papua province early on Sunday, killing at least 4 people.',
    'The quake damaged a hotel and dozens of houses in Manokwari, said Papua police chief Tito Karnavian.',
    'The geological agency said the quake struck at a depth of 35 kilometres and did not cause a tsunami.',
  ]),
  article('papua-2', 'Papua earthquake kills 4, damages hotel', [
    'Rescue workers searched the rubble of a collapsed hotel in Manokwari after the magnitude 7.6 earthquake that killed 4 people.',
    'Tito Karnavian said more than 800 people had fled their houses in West Papua.',
    'Aftershocks shook Manokwari through the night, the geological agency said.',
  ]),
  article('papua-3', 'Manokwari residents flee after 7.6 quake', [
    'Hundreds of residents of Manokwari slept outside after the 7.6 magnitude earthquake damaged their houses in West Papua.',
    'Papua police chief Tito Karnavian said the death toll of 4 was not expected to rise.',
    'Flights to Manokwari resumed on Monday.',
  ]),
];

/** A hand-made profile: content stems and names with counts, dated when `time` is given. */
export function profile(id: string, terms: readonly string[], entities: readonly string[] = [], time?: number): ArticleProfile {
  const counts = (keys: readonly string[]): Map<string, number> => {
    const map = new Map<string, number>();
    for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
    return map;
  };
  const result: ArticleProfile = { id, terms: counts(terms), entities: counts(entities), lead: counts(terms.slice(0, 3)) };
  if (time !== undefined) result.time = time;
  return result;
}
