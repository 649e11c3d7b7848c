/**
 * Concepts: what a word means for copy detection, so that a rewrite's
 * synonyms, long names and spelled-out numbers meet their source. A word or
 * phrase in the paraphrase table becomes its line's concept (`=worldwide`
 * for "international"); a number becomes its digits (`#1200` for "1,200",
 * `#3` for "three"); any other word its Porter stem.
 *
 * A concept is computed once per distinct word form and shared: news
 * repeats its words, and this runs on every sentence of every article.
 */
import type { Token } from '../article.js';
import { tokenize } from '../segment/index.js';
import { combineHash, hashString, mix32 } from './hash.js';
import { PARAPHRASE_TABLE } from './paraphrases.js';

export interface Concept {
  key: string;
  /** 32-bit hash of `key`. */
  hash: number;
  /** Not a function word: stopwords are not content; numbers and table entries with a content word are. */
  content: boolean;
  number: boolean;
  /** Distinct character trigrams of a stem that may be a name (4+ characters, not a number or table concept), sorted; else empty. */
  trigrams: readonly number[];
}

interface Phrase {
  stems: readonly string[];
  concept: Concept;
}

/** What one word form contributes when it is more than one concept: its own concepts, and the table phrases that may start at it. */
interface WordConcepts {
  concepts: readonly Concept[];
  phrases: readonly Phrase[] | undefined;
}

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
    eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
    eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60',
    seventy: '70', eighty: '80', ninety: '90',
  }),
);

const NUMERIC = /^[$€£¥]?\d/;
const NUMBER_NOISE = /[$€£¥,]/g;
const MIN_NAME_LENGTH = 4;
const NO_TRIGRAMS: readonly number[] = Object.freeze([]);

function makeConcept(key: string, content: boolean, number: boolean): Concept {
  return Object.freeze({ key, hash: hashString(key), content, number, trigrams: number || key.startsWith('=') ? NO_TRIGRAMS : nameTrigrams(key) });
}

/** Phrases of the paraphrase table by their first stem, longest first. */
const PHRASES_BY_FIRST_STEM: ReadonlyMap<string, readonly Phrase[]> = phraseTable(PARAPHRASE_TABLE);
const PERCENT = PHRASES_BY_FIRST_STEM.get('percent')![0].concept;

function phraseTable(table: string): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const line of table.split('\n')) {
    const alternatives = line.split('|').map((part) => part.trim()).filter(Boolean);
    if (alternatives.length === 0) continue;
    const tokenized = alternatives.map((alternative) => tokenize(alternative, { start: 0, end: alternative.length }).filter((token) => !token.punct));
    const concept = makeConcept(`=${alternatives[0]}`, tokenized.some((tokens) => tokens.some((token) => !token.stop)), false);
    for (const tokens of tokenized) {
      const stems = tokens.map((token) => token.stem);
      const list = byFirst.get(stems[0]) ?? [];
      if (!list.some((phrase) => phrase.stems.join(' ') === stems.join(' '))) list.push({ stems, concept });
      byFirst.set(stems[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirst;
}

/**
 * What a word form means, memoized by the token's `form` (its slot is the
 * form's number modulo `FORM_SLOTS`): forms are numbered in sequence as the
 * segmenter meets them, so the forms of any recent stretch of text hold
 * distinct slots. A slot holds its form's number, the hash of its normalized
 * form and, for a form that is one content concept, that concept's hash, side
 * by side (one read finds them); and what it means: its concept when it has
 * one and starts no table phrase (most words), else its concepts and phrases.
 * A form that finds another's in its slot is computed again and takes the
 * slot. Private and bounded: the result depends on the form only.
 */
const FORM_SLOTS = 1 << 17;
/** Numbers a slot holds in `slotKeys`: its form, its normalized form's hash, its one content concept's hash (−1: none), and 1 when the form is a negation (`isNegation`), else 0: four, so that a slot never straddles two cache lines. */
const SLOT_STRIDE = 4;
const slotKeys = new Float64Array(SLOT_STRIDE * FORM_SLOTS).fill(-1);
const slotConcept = new Array<Concept | undefined>(FORM_SLOTS).fill(undefined);
const slotWords = new Array<WordConcepts | undefined>(FORM_SLOTS).fill(undefined);

/** The slot holding what `word`'s form means, filled first if another form held it. */
function wordSlot(word: Token): number {
  const slot = word.form & (FORM_SLOTS - 1);
  const at = SLOT_STRIDE * slot;
  if (slotKeys[at] === word.form) return slot;
  const concepts = ownConcepts(word);
  const phrases = PHRASES_BY_FIRST_STEM.get(word.stem);
  const single = concepts.length === 1 && phrases === undefined;
  slotKeys[at] = word.form;
  slotKeys[at + 1] = hashString(word.norm);
  slotKeys[at + 2] = single && concepts[0].content ? concepts[0].hash : -1;
  slotKeys[at + 3] = isNegation(word.norm) ? 1 : 0;
  slotConcept[slot] = single ? concepts[0] : undefined;
  slotWords[slot] = single ? undefined : { concepts, phrases };
  return slot;
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'nor', 'without']);

/** The normalized form is a negation ("not", "n't", "no", "never", "nor", "without"). */
export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm);
}

function ownConcepts(word: Token): Concept[] {
  const spelled = NUMBER_WORDS.get(word.norm);
  if (spelled === undefined && !NUMERIC.test(word.norm)) return [makeConcept(word.stem, !word.stop, false)];
  const digits = spelled ?? word.norm.replace(NUMBER_NOISE, '');
  return digits.endsWith('%') ? [makeConcept(`#${digits.slice(0, -1)}`, true, true), PERCENT] : [makeConcept(`#${digits}`, true, true)];
}

/** The concepts of a run of tokens, in order; punctuation is dropped, a table phrase is one concept. */
export function concepts(tokens: readonly Token[]): Concept[] {
  const found: Concept[] = [];
  scanConcepts(tokens, 0, tokens.length, found);
  return found;
}

/** What `scanConcepts` writes of an article's tokens besides their concepts. */
export interface ConceptScan {
  /** The hash of every token's normalized form (punctuation included), written from `hashesAt` on. */
  normHashes: Uint32Array;
  hashesAt: number;
  /** The normalized form of every word, appended. */
  norms: string[];
  /** The hashes of content concepts, appended unless held from `contentFrom` on (each sentence's distinct, in order of first occurrence). */
  content: number[];
  contentFrom: number;
  /** A word scanned is a negation (`isNegation`): set, never cleared (the caller clears it for each sentence). */
  negated: boolean;
}

/**
 * `concepts` of tokens `[start, end)` appended to `found`, in one pass that
 * also counts the words (returned) and, when `article` is given, writes
 * what `ConceptScan` holds.
 */
export function scanConcepts(tokens: readonly Token[], start: number, end: number, found: Concept[], article?: ConceptScan): number {
  let words = 0;
  let inPhrase = 0;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    const slot = wordSlot(token);
    if (article) article.normHashes[article.hashesAt + i - start] = slotKeys[SLOT_STRIDE * slot + 1];
    if (token.punct) continue;
    words++;
    if (article) {
      article.norms.push(token.norm);
      if (slotKeys[SLOT_STRIDE * slot + 3] === 1) article.negated = true;
    }
    if (inPhrase > 0) {
      inPhrase--;
      continue;
    }
    const single = slotConcept[slot];
    if (single !== undefined) {
      found.push(single);
      if (article) addContent(article, slotKeys[SLOT_STRIDE * slot + 2]);
      continue;
    }
    const form = slotWords[slot]!;
    const phrase = form.phrases && phraseAt(form.phrases, tokens, i, end);
    if (phrase) {
      found.push(phrase.concept);
      if (article && phrase.concept.content) addContent(article, phrase.concept.hash);
      inPhrase = phrase.stems.length - 1;
    } else {
      for (const concept of form.concepts) {
        found.push(concept);
        if (article && concept.content) addContent(article, concept.hash);
      }
    }
  }
  return words;
}

/** Appends a content concept's `hash` (−1: not a content concept) unless held from `contentFrom` on. */
function addContent(article: ConceptScan, hash: number): void {
  if (hash < 0) return;
  const { content } = article;
  for (let i = article.contentFrom; i < content.length; i++) if (content[i] === hash) return;
  content.push(hash);
}

/** The longest phrase starting at word `at` whose next stems are the next words' (punctuation skipped), if any. */
function phraseAt(phrases: readonly Phrase[], tokens: readonly Token[], at: number, end: number): Phrase | undefined {
  for (const phrase of phrases) {
    let next = at;
    let matches = true;
    for (let k = 1; k < phrase.stems.length && matches; k++) {
      do next++;
      while (next < end && tokens[next].punct);
      matches = next < end && tokens[next].stem === phrase.stems[k];
    }
    if (matches) return phrase;
  }
  return undefined;
}

/** Three UTF-16 code units hashed per trigram, distinct, sorted; empty under 4 characters. */
function nameTrigrams(key: string): readonly number[] {
  if (key.length < MIN_NAME_LENGTH) return NO_TRIGRAMS;
  const grams: number[] = [];
  for (let i = 0; i + 3 <= key.length; i++) {
    const gram = mix32(combineHash(combineHash(key.charCodeAt(i), key.charCodeAt(i + 1)), key.charCodeAt(i + 2)));
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams.sort((a, b) => a - b);
}
