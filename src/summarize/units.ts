import type { Span, Token } from '../article.js';

/**
 * A unit is what the summarizer can pick: a sentence of one article, whole or
 * (after compression) with some words left out. Its words are the text of its
 * `parts` joined by single spaces.
 */
export interface Unit {
  /** Index of the article in the summarizer's input. */
  article: number;
  /** Index of the sentence in `article.sentences`. */
  sentence: number;
  parts: Span[];
  /** Tokens of the unit (punctuation included), in order. */
  tokens: Token[];
  words: number;
  bytes: number;
  /** Ids of the distinct concepts (adjacent stem pairs) the unit covers. */
  concepts: number[];
  /** Opens on a word that needs the sentence before it ("He", "But", "It"…). */
  dangling: boolean;
  /** Ends on a full stop, question or exclamation mark. */
  complete: boolean;
}

/** Words a sentence cannot open on without the sentence before it. */
const DANGLING_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'these', 'those', 'that',
  'but', 'and', 'or', 'so', 'yet', 'also', 'however', 'still', 'meanwhile', 'instead', 'then', 'thus',
  'such', 'there', 'here', 'both', 'neither', 'nor', 'moreover', 'furthermore', 'besides', 'otherwise',
]);

export function opensDangling(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => !token.punct);
  return first !== undefined && DANGLING_OPENERS.has(first.norm);
}

/** Counts whitespace-separated words, as a reader (and ROUGE's `-l`) counts them. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function unitText(text: string, parts: readonly Span[]): string {
  return parts.map((part) => text.slice(part.start, part.end)).join(' ');
}

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}
