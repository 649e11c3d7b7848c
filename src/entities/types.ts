import type { Span } from '../article.js';

export type EntityType = 'person' | 'organisation' | 'place' | 'vessel' | 'product' | 'work';

/**
 * One proper name found in an article: the name words (without a title or a
 * possessive "'s"), what kind of thing it names, and the words around it that
 * say who or what it is.
 */
export interface NameMention {
  span: Span;
  /** Tokens of the name: `article.tokens.slice(tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** The name as written, a shouted dateline word title-cased ("BRENMOUTH" → "Brenmouth"). */
  form: string;
  /** `role` is a title with no name after it ("Secretary of State"); `unknown` a single word nothing explains yet. */
  type: EntityType | 'role' | 'unknown';
  /** The gazetteer's name for a known country, capital or organisation. */
  canonical?: string;
  /** "Russian", "Syrians": a country named through its people. */
  demonym?: boolean;
  /** A capital city standing for its country's government ("Washington has blamed…"). */
  government?: boolean;
  /** Title and role words just before the name ("US Secretary of State", "Kremlin spokesman"). */
  title?: Span;
  /** An appositive description after the name ("director of the Eastmarch Emergency Management Agency"). */
  role?: Span;
  /**
   * Typed by the nouns around it ("the yacht …", "the film …", "… magazine"):
   * every other mention of the name in the article takes its type.
   */
  cued?: boolean;
  /** Written with a possessive ("Putin's"). */
  possessive?: boolean;
}

/** Everything one article says about one entity. */
export interface ArticleEntity {
  /** The fullest name the article gives. */
  name: string;
  type: EntityType;
  /** Every distinct way the article names it (names, titles with names, title-only forms that were resolved). */
  aliases: string[];
  /** Where it is named, in text order. */
  mentions: Span[];
  /** Titles and role descriptions, lower-cased ("kremlin spokesman", "the agency's director"). */
  roles: string[];
  gender?: 'female' | 'male';
  /**
   * Named by one word after a kin noun ("his oldest brother Paul"): a
   * relative of someone, whom a story joins to another article's full name
   * only when that name's surname is a family's (borne by two people).
   */
  relative?: boolean;
}

/** The entities of one article, with every mention pointing at its entity. */
export interface ArticleEntities {
  article: string;
  entities: ArticleEntity[];
  /** Name mentions in text order; `entity` indexes `entities` (absent for unexplained single words). */
  mentions: Array<NameMention & { entity?: number }>;
}

/** One entity across all articles of a story. */
export interface Entity {
  /** Stable key: type and the fullest name, e.g. `person:rex-tillerson`. */
  key: string;
  /** The fullest name any article gives. */
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Array<{ article: string; span: Span }>;
  countsBySource: Record<string, number>;
  roles: string[];
}
