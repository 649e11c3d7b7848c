/**
 * A name written before a lower-case noun that it modifies is named by that
 * noun: "the mountainous Bener Meriah district" is a place, "a Sea King
 * helicopter" a product, "the first two Harry Potter films" a work, "a
 * Vanity Fair article" a periodical, an organisation, "the Harry Winston
 * store" and "the Mat Maid warehouse" a company, and "a New Bedford man" a place. A person's name does modify nouns too ("the Clinton
 * administration", "a Spielberg film"), so only nouns that a person's name
 * seldom modifies count here, and only for names nothing else explained:
 * typed a person by default or left unknown, with no title, no known given
 * name first (but before a shop's noun) and no initials ("U. N.
 * helicopters"). A product, a work, a
 * periodical or a place named by its people needs two name words or more
 * ("Marvel films" may be the studio's); a place named by one word must stand
 * alone (a known place before it joins it: "Aceh Besar district", in
 * `run-parts.ts`), open no sentence, read as no adjective
 * ("an Olympic city", "the Christian-dominated town"), and be neither the
 * surname of the article's person (a congressman's "Carson district") nor a
 * word the article writes in lower case ("the Ocean city").
 *
 * The noun types the name in every mention of the article (`cued`), as a
 * work's noun before it does ("from Bener Meriah to Banda Aceh"), and so
 * does it for a name of two words or more already typed a place by other
 * words ("in Bener Meriah district").
 */
import type { SegmentedArticle } from '../article.js';
import { isGivenName } from './given-names.js';
import { writesInLowerCase } from './not-people.js';
import { isNameWord, tokenText } from './tokens.js';
import type { NameMention } from './types.js';
import { wordSet as words } from '../text/words.js';


/** Administrative units and landforms after a place's name ("Bener Meriah district", "Lampahan city"). */
export const PLACE_HEAD_NOUNS = words(`
district districts subdistrict province provinces regency county counties prefecture municipality township village
villages town city region island islands valley state neighborhood neighbourhood settlement
`);

/** Nouns for a place's people and houses after its name ("a New Bedford man", "a Velmar Heights home"). */
const RESIDENT_HEADS = words(`man woman men women resident residents native natives home homes couple teen teenager boy girl`);

/** Machines after a model's name ("Sea King helicopter", "Patriot Blue missiles", "Galaxy Nexus smartphone"). */
const PRODUCT_HEADS = words(`
helicopter helicopters chopper choppers gunship gunships airliner airliners aircraft warplane warplanes jetliner
missile missiles rifle rifles smartphone smartphones handset handsets laptop laptops
`);

/** A work's nouns after its title ("the Harry Potter films", "the Twilight franchise"). */
const WORK_HEADS = words(`films movies franchise saga trilogy novels sequel sequels adaptation`);

/** A periodical's nouns after its name ("a Vanity Fair article", "a Velmar Weekly columnist"). */
const PERIODICAL_HEADS = words(`article articles columnist columnists`);

/** A shop's nouns after its company's name ("the Harry Winston jewellery store", "a Velmar boutique"): a person's name before one names the business after the person. */
const SHOP_HEADS = words(`store stores shop shops boutique boutiques showroom showrooms jewellery jewelry jewellers jewelers`);

/** A business's premises after its name ("the Velmar Maid warehouse", "a Brenco plant"): a company, unless a given name opens the name. */
const BUSINESS_HEADS = words(`warehouse warehouses factory factories plant plants dairy creamery`);

/** The mentions, each typed by the lower-case noun after it where one applies and marked as typed by its context. */
export function withHeadNouns(article: SegmentedArticle, mentions: readonly NameMention[]): NameMention[] {
  const surnames = new Set(mentions.filter((mention) => mention.type === 'person' && mention.tokenEnd - mention.tokenStart >= 2).map((mention) => article.tokens[mention.tokenEnd - 1].norm));
  return mentions.map((mention) => {
    const type = headNounType(article, mention, surnames);
    return type === undefined ? mention : { ...mention, type, cued: true };
  });
}

function headNounType(article: SegmentedArticle, mention: NameMention, surnames: ReadonlySet<string>): 'place' | 'product' | 'work' | 'organisation' | undefined {
  const { tokenStart: start, tokenEnd: end } = mention;
  const placeAlready = mention.type === 'place' && end - start >= 2 && !mention.canonical;
  if ((mention.type !== 'person' && mention.type !== 'unknown' && !placeAlready) || mention.title || mention.possessive) return undefined;
  if (end >= article.tokens.length || tokenText(article, end) !== article.tokens[end].norm) return undefined;
  if (end - start >= 2 && SHOP_HEADS.has(article.tokens[end].norm) && !placeAlready) return 'organisation';
  if (isGivenName(article.tokens[start].norm) || mention.form.split(' ').some((word) => /^\p{Lu}\.$/u.test(word))) return undefined;
  const noun = article.tokens[end].norm;
  if (end - start === 1) return PLACE_HEAD_NOUNS.has(noun) && standsAsPlace(article, start, article.sentences[mention.sentence].tokenStart, surnames) ? 'place' : undefined;
  if (PLACE_HEAD_NOUNS.has(noun) || (RESIDENT_HEADS.has(noun) && !placeAlready)) return 'place';
  if (placeAlready) return undefined;
  if (PRODUCT_HEADS.has(noun)) return 'product';
  if (WORK_HEADS.has(noun)) return 'work';
  if (PERIODICAL_HEADS.has(noun) || BUSINESS_HEADS.has(noun)) return 'organisation';
  return undefined;
}

/** The one name word at `index` may name a place by its noun (see the header). */
function standsAsPlace(article: SegmentedArticle, index: number, sentenceStart: number, surnames: ReadonlySet<string>): boolean {
  const word = tokenText(article, index);
  const norm = article.tokens[index].norm;
  if (index === sentenceStart || isNameWord(tokenText(article, index - 1))) return false;
  if (/-|(?:ic|ish)$/.test(norm) || surnames.has(norm)) return false;
  return word !== norm && !writesInLowerCase(article, norm, index, index + 1);
}
