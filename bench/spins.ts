/**
 * Spun copies with known ground truth, for `bench/rewrites.ts`: a copy is
 * built sentence by sentence from one to three source articles, and every
 * sentence of it remembers which source sentences it came from (none for an
 * added one). Operations, in the order they apply:
 *
 * 1. `drop`: this share of the source's sentences of 5+ words left out.
 * 2. `merges`: two adjacent sentences of one paragraph joined by ", and ".
 * 3. `synonyms`: in this share of the sentences, up to `synonymsPerSentence` words swapped
 *    from `SPIN_SYNONYMS` (a spinner's list written for this benchmark, not the paraphrase table).
 * 4. `renames`: every name of `SPIN_RENAMES` found renamed ("Russia" → "Russian Federation").
 * 5. `reorder`: `adjacent` (two pairs of neighbouring sentences swapped), `paragraphs`
 *    (paragraph order shuffled; a text of fewer than 3 paragraphs is first cut into blocks of
 *    2–4 sentences, as a site re-paragraphing it would) or `sentences` (every sentence shuffled, regrouped 1–3 a paragraph).
 * 6. `splits`: sentences cut in two at ", and ", ", but ", ", which " or "; " (both halves 5+ words),
 *    the halves kept side by side; a merged sentence is not split again.
 * 7. `add`: sentences from an unrelated article (another cluster) inserted, this share of the copy.
 *
 * Deterministic: the same seed gives the same copy.
 */
import { seededRandom } from '../src/test-support/random.js';

/** Where a sentence of a spun copy came from: a source article's sentence (its index in the prepared source). */
export interface SentenceOrigin {
  article: string;
  sentence: number;
}

export interface SpinUnit {
  text: string;
  /** Empty for an added sentence; two for a merged one. */
  origins: SentenceOrigin[];
  /** The operations that changed it: `split`, `merge`, `synonyms`, `rename`. */
  changes?: string[];
  /** A split half: which (0 first, 1 second), cut at the `cut`-th place `SPLIT_AT` finds in the sentence (0 the first). */
  half?: { which: 0 | 1; cut: number };
}

/** A source as the generator reads it: its sentences' text, grouped in paragraphs. */
export interface SpinSource {
  id: string;
  /** Sentence indices per paragraph, in order. */
  paragraphs: number[][];
  sentences: string[];
}

export interface SpinOperations {
  drop: number;
  splits: number;
  merges: number;
  synonyms: number;
  synonymsPerSentence: number;
  renames: number;
  reorder: 'none' | 'adjacent' | 'paragraphs' | 'sentences';
  add: number;
}

const NONE: SpinOperations = { drop: 0, splits: 0, merges: 0, synonyms: 0, synonymsPerSentence: 0, renames: 0, reorder: 'none', add: 0 };

/**
 * The graded strengths. `reprint`: a sentence left out and a credit line added, nothing
 * else. `light`: a few words and names changed, two swaps of neighbouring sentences.
 * `medium`: paragraphs reordered, a sentence split and two merged, 60% of the sentences
 * reworded, 15% left out, 10% added. `heavy`: every sentence moved, every listed synonym and
 * name swapped, 3 splits and 3 merges, 30% left out, 20% added.
 */
export const SPIN_STRENGTHS = {
  reprint: { ...NONE, drop: 0.05 },
  light: { ...NONE, drop: 0.05, synonyms: 0.3, synonymsPerSentence: 1, renames: 1, reorder: 'adjacent' },
  medium: { ...NONE, drop: 0.15, splits: 1, merges: 2, synonyms: 0.6, synonymsPerSentence: 2, renames: 99, reorder: 'paragraphs', add: 0.1 },
  heavy: { ...NONE, drop: 0.3, splits: 3, merges: 3, synonyms: 1, synonymsPerSentence: 99, renames: 99, reorder: 'sentences', add: 0.2 },
} as const satisfies Record<string, SpinOperations>;

/**
 * Word swaps a spinner makes (one direction, whole words, case kept on the first letter).
 * Written for this benchmark from common news wording; some pairs are also in
 * `PARAPHRASE_TABLE` (said/stated, killed/slain), most are not.
 */
export const SPIN_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: 'stated', says: 'states', told: 'informed', people: 'individuals', government: 'administration',
    officials: 'authorities', police: 'law enforcement', killed: 'slain', attack: 'assault', attacks: 'assaults',
    large: 'sizable', small: 'little', many: 'numerous', several: 'a number of', about: 'roughly', nearly: 'almost',
    country: 'nation', countries: 'nations', city: 'town', meeting: 'gathering', talks: 'negotiations',
    agreement: 'accord', leader: 'head', leaders: 'heads', began: 'started', ended: 'concluded', announced: 'declared',
    wanted: 'sought', helped: 'assisted', needed: 'required', showed: 'demonstrated', tried: 'attempted',
    bought: 'purchased', children: 'kids', houses: 'homes', car: 'vehicle', cars: 'vehicles', fire: 'blaze',
    explosion: 'blast', injured: 'wounded', died: 'perished', important: 'significant', major: 'key', quickly: 'rapidly',
    also: 'additionally', however: 'nevertheless', because: 'since', after: 'following', before: 'prior to',
    company: 'firm', companies: 'firms', money: 'funds', rose: 'climbed', fell: 'dropped', problem: 'issue',
    problems: 'issues', expected: 'anticipated', international: 'worldwide', global: 'worldwide', foreign: 'overseas',
    area: 'region', troops: 'soldiers', army: 'military', fighting: 'combat', war: 'conflict', crisis: 'emergency',
    election: 'poll', elections: 'polls', law: 'legislation', rules: 'regulations', prison: 'jail', arrested: 'detained',
    charged: 'accused', spokesman: 'representative', week: 'seven days', month: 'four weeks', percent: 'per cent',
    increase: 'rise', opposition: 'rival camp', plan: 'proposal',
    statement: 'declaration', reporters: 'journalists', newspaper: 'daily', residents: 'locals', victims: 'casualties',
    hospital: 'medical center', damage: 'destruction', strong: 'powerful', continue: 'carry on',
    received: 'got', became: 'turned into', whether: 'if', despite: 'in spite of', including: 'among them',
  }),
);

/** Names a spinner spells out or shortens ("Russia" → "Russian Federation"), whole words. */
export const SPIN_RENAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Russia: 'Russian Federation', 'United States': 'U.S.', 'U.S.': 'United States', Britain: 'United Kingdom',
    China: "People's Republic of China", Iran: 'Islamic Republic of Iran', 'U.N.': 'United Nations',
    'United Nations': 'U.N.', NATO: 'North Atlantic alliance', Yugoslavia: 'Federal Republic of Yugoslavia',
    Washington: 'the U.S. capital', Moscow: 'the Russian capital', Israel: 'the Jewish state', Japan: 'Tokyo',
    'European Union': 'EU', Clinton: 'the president',
  }),
);

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\w/.test(word)).length;

/** The units of `source`'s sentences `from` to `to` (exclusive), by paragraph. */
export function sourceUnits(source: SpinSource, from = 0, to = source.sentences.length): SpinUnit[][] {
  return source.paragraphs
    .map((paragraph) => paragraph.filter((i) => i >= from && i < to).map((i) => ({ text: source.sentences[i], origins: [{ article: source.id, sentence: i }] })))
    .filter((paragraph) => paragraph.length > 0);
}

/** The spun copy's paragraphs of units, from the source units, under `operations`, `filler` giving added sentences. */
export function spin(units: SpinUnit[][], operations: SpinOperations, seed: number, filler: readonly string[] = []): SpinUnit[][] {
  const random = seededRandom(seed);
  let paragraphs = units.map((paragraph) => paragraph.map((unit) => ({ ...unit })));
  paragraphs = dropSentences(paragraphs, operations.drop, random);
  for (let k = 0; k < operations.merges; k++) mergeOne(paragraphs, random);
  for (const paragraph of paragraphs) {
    for (const unit of paragraph) if (random() < operations.synonyms) changed(unit, swapWords(unit.text, operations.synonymsPerSentence, random), 'synonyms');
  }
  renameNames(paragraphs, operations.renames, random);
  paragraphs = reorder(paragraphs, operations.reorder, random);
  for (let k = 0; k < operations.splits; k++) splitOne(paragraphs, random);
  addSentences(paragraphs, operations.add, filler, random);
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** The copy's text: sentences joined by a space, paragraphs by a blank line. */
export function spunText(paragraphs: readonly SpinUnit[][]): string {
  return paragraphs.map((paragraph) => paragraph.map((unit) => unit.text).join(' ')).join('\n\n');
}

/** Sets the unit's text, noting `change` when the text differs. */
function changed(unit: SpinUnit, text: string, change: string): void {
  if (text !== unit.text) unit.changes = [...(unit.changes ?? []), change];
  unit.text = text;
}

function dropSentences(paragraphs: SpinUnit[][], share: number, random: () => number): SpinUnit[][] {
  const all = paragraphs.flat().filter((unit) => wordCount(unit.text) >= 5);
  const dropped = new Set(shuffle(all, random).slice(0, Math.floor(share * all.length)));
  return paragraphs.map((paragraph) => paragraph.filter((unit) => !dropped.has(unit)));
}

export const SPLIT_AT = /, and |, but |, which |; /g;

function splitOne(paragraphs: SpinUnit[][], random: () => number): void {
  const places: { paragraph: number; at: number; cut: number; length: number; place: number }[] = [];
  paragraphs.forEach((paragraph, p) =>
    paragraph.forEach((unit, at) => {
      if (unit.changes?.includes('merge')) return;
      [...unit.text.matchAll(SPLIT_AT)].forEach((found, place) => {
        if (wordCount(unit.text.slice(0, found.index)) >= 5 && wordCount(unit.text.slice(found.index + found[0].length)) >= 5) places.push({ paragraph: p, at, cut: found.index, length: found[0].length, place });
      });
    }),
  );
  if (places.length === 0) return;
  const { paragraph, at, cut, length, place } = places[Math.floor(random() * places.length)];
  const unit = paragraphs[paragraph][at];
  const rest = unit.text.slice(cut + length).replace(/^which /, 'It ');
  const changes = [...(unit.changes ?? []), 'split'];
  const first: SpinUnit = { text: `${unit.text.slice(0, cut)}.`, origins: unit.origins, changes, half: { which: 0, cut: place } };
  const second: SpinUnit = { text: rest.charAt(0).toUpperCase() + rest.slice(1), origins: unit.origins, changes, half: { which: 1, cut: place } };
  paragraphs[paragraph].splice(at, 1, first, second);
}

const LOWER_WHEN_JOINED = /^(The|A|An|It|He|She|They|This|That|In|On|At|But|And|Its|His|Her|Their|There|We|Some|Most)\b/;

function mergeOne(paragraphs: SpinUnit[][], random: () => number): void {
  const places: { paragraph: number; at: number }[] = [];
  paragraphs.forEach((paragraph, p) => paragraph.forEach((unit, at) => at + 1 < paragraph.length && /[.]$/.test(unit.text) && places.push({ paragraph: p, at })));
  if (places.length === 0) return;
  const { paragraph, at } = places[Math.floor(random() * places.length)];
  const [first, second] = paragraphs[paragraph].slice(at, at + 2);
  const joined = LOWER_WHEN_JOINED.test(second.text) ? second.text.charAt(0).toLowerCase() + second.text.slice(1) : second.text;
  paragraphs[paragraph].splice(at, 2, { text: `${first.text.slice(0, -1)}, and ${joined}`, origins: [...first.origins, ...second.origins], changes: [...(first.changes ?? []), ...(second.changes ?? []), 'merge'] });
}

function swapWords(text: string, most: number, random: () => number): string {
  const words = [...text.matchAll(/[A-Za-z]+/g)].filter((found) => SPIN_SYNONYMS.has(found[0].toLowerCase()));
  const chosen = new Set(shuffle(words, random).slice(0, most).map((found) => found.index));
  return text.replace(/[A-Za-z]+/g, (word, index: number) => {
    if (!chosen.has(index)) return word;
    const swap = SPIN_SYNONYMS.get(word.toLowerCase())!;
    return word.charAt(0) === word.charAt(0).toUpperCase() ? swap.charAt(0).toUpperCase() + swap.slice(1) : swap;
  });
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** At most `most` of the names found renamed everywhere, the names chosen at random. */
function renameNames(paragraphs: SpinUnit[][], most: number, random: () => number): void {
  if (most <= 0) return;
  const all = paragraphs.flat();
  const found = [...SPIN_RENAMES.keys()].filter((name) => all.some((unit) => new RegExp(`\\b${escaped(name)}(?!\\w)`).test(unit.text)));
  const names = shuffle(found, random).slice(0, most);
  if (names.length === 0) return;
  const pattern = new RegExp(`\\b(${names.map(escaped).join('|')})(?!\\w)`, 'g');
  for (const unit of all) changed(unit, unit.text.replace(pattern, (name) => SPIN_RENAMES.get(name)!), 'rename');
}

function reorder(paragraphs: SpinUnit[][], how: SpinOperations['reorder'], random: () => number): SpinUnit[][] {
  if (how === 'paragraphs') {
    const blocks = paragraphs.length >= 3 ? paragraphs : regroup(paragraphs.flat(), blockSizes(paragraphs.flat().length, 2, 4, random));
    return shuffle([...blocks], random);
  }
  if (how === 'adjacent') {
    const flat = paragraphs.flat();
    for (let k = 0; k < 2 && flat.length > 2; k++) {
      const at = Math.floor(random() * (flat.length - 1));
      [flat[at], flat[at + 1]] = [flat[at + 1], flat[at]];
    }
    return regroup(flat, paragraphs.map((paragraph) => paragraph.length));
  }
  if (how === 'sentences') {
    const flat = shuffle(paragraphs.flat(), random);
    return regroup(flat, blockSizes(flat.length, 1, 3, random));
  }
  return paragraphs;
}

/** Sizes from `least` to `most` (the last may be smaller) adding up to `total`. */
function blockSizes(total: number, least: number, most: number, random: () => number): number[] {
  const sizes: number[] = [];
  for (let left = total; left > 0; ) {
    const size = Math.min(left, least + Math.floor(random() * (most - least + 1)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function regroup(flat: SpinUnit[], sizes: readonly number[]): SpinUnit[][] {
  let at = 0;
  return sizes.map((size) => flat.slice(at, (at += size)));
}

function addSentences(paragraphs: SpinUnit[][], share: number, filler: readonly string[], random: () => number): void {
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  const count = Math.min(filler.length, Math.round(share * total));
  for (let k = 0; k < count; k++) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)];
    paragraph.splice(Math.floor(random() * (paragraph.length + 1)), 0, { text: filler[k], origins: [] });
  }
}
