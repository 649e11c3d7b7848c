/**
 * Finds, for a quotation without a speaker, the first attributed quotation of
 * the same article holding the same words, one of them perhaps cut short:
 * either one's words run inside the other's. An index of word triples keeps
 * this near-linear in the article's quotations, where comparing every pair
 * made a long page with thousands of quote marks take minutes.
 */

/** Quotations shorter than this many words are too common to match on. */
export const MIN_SAME_WORDS = 3;

export interface WordsEntry<Speaker> {
  words: readonly string[];
  speaker?: Speaker;
}

const joined = (words: readonly string[]): string => ` ${words.join(' ')} `;
const tripleAt = (words: readonly string[], at: number): string => `${words[at]} ${words[at + 1]} ${words[at + 2]}`;

export class SameWordsIndex<Speaker> {
  private readonly texts: string[];
  /** Attributed quotations by every triple of consecutive words they hold. */
  private readonly holding = new Map<string, number[]>();
  /** Attributed quotations by the triple they open on. */
  private readonly opening = new Map<string, number[]>();

  constructor(private readonly entries: readonly WordsEntry<Speaker>[]) {
    this.texts = entries.map((entry) => joined(entry.words));
    entries.forEach((entry, index) => {
      if (entry.speaker === undefined || entry.words.length < MIN_SAME_WORDS) return;
      listFor(this.opening, tripleAt(entry.words, 0)).push(index);
      const seen = new Set<string>();
      for (let at = 0; at + 2 < entry.words.length; at++) {
        const triple = tripleAt(entry.words, at);
        if (!seen.has(triple)) listFor(this.holding, triple).push(index);
        seen.add(triple);
      }
    });
  }

  /** The speaker of the first other attributed quotation whose words hold entry `index`'s, or that its words hold. */
  speakerFor(index: number): Speaker | undefined {
    const words = this.entries[index].words;
    if (words.length < MIN_SAME_WORDS) return undefined;
    const candidates = new Set(this.holding.get(tripleAt(words, 0)));
    for (let at = 0; at + 2 < words.length; at++) for (const other of this.opening.get(tripleAt(words, at)) ?? []) candidates.add(other);
    const text = this.texts[index];
    let first: number | undefined;
    for (const other of candidates) {
      if (other === index || (first !== undefined && other > first)) continue;
      if (this.texts[other].includes(text) || text.includes(this.texts[other])) first = other;
    }
    return first === undefined ? undefined : this.entries[first].speaker;
  }
}

function listFor(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
