/**
 * The facts some given passages state, for a caller that needs only those
 * (`summaryWithDisputes` marks a summary's sentences with the values other
 * sources dispute) and not the rest of the story report. A fact group
 * depends only on the claims of its key, so the groups of the keys claimed
 * in the passages are those `storyReport` finds, made from the same
 * functions (`analysisClaims`, `ageClaims`, `alignClaims`) over the same
 * articles (`reportArticles`), in the same order; no quotation is found in
 * an English article, no timeline made, and the story's names are merged
 * only when a sentence of a passage holds a form an age is read from
 * (`sentenceMayGiveAge`) or a passage names a person (whose name, title or
 * role may be disputed: `nameClaims`). The articles no passage is in have
 * their claims read only when a passage states one, and their dates and
 * times only when a passage states one of those (`claimKindsOf`).
 */
import { spansOverlap, type SegmentedArticle, type Span } from '../article.js';
import { mergeEntities, spellingVariants, type ArticleEntities } from '../entities/index.js';
import { expected } from '../errors.js';
import { readingLanguage } from '../language/index.js';
import { ageClaims, sentenceMayGiveAge } from './ages.js';
import { alignClaims, claimKindsOf } from './align.js';
import { factWords } from './language-facts.js';
import { analysisClaims, analysisEntities } from './analysis.js';
import type { FactClaim } from './claims.js';
import { reportArticles, REPORT_MAX_ARTICLES } from './reading.js';
import { nameClaims, withoutAgreedNames } from './roles.js';
import { independentSources } from './sources.js';
import type { FactGroup } from './types.js';

/**
 * The groups of `storyReport(articles).facts` (no copies, default options)
 * whose key some claim within `passages` (spans by article id) has, in the
 * report's order: a passage states a value of a fact only if the fact is
 * among them.
 */
export function factsStatedIn(articles: readonly SegmentedArticle[], passages: ReadonlyMap<string, readonly Span[]>): FactGroup[] {
  if (!Array.isArray(articles)) expected('an array of segmented articles', articles);
  if (!(passages instanceof Map)) expected('a map of article ids to spans', passages);
  const { read } = reportArticles(articles, [], REPORT_MAX_ARTICLES);
  const holding = read.filter((article) => passages.has(article.id));
  if (holding.length === 0) return [];
  const inPassage = (article: string, span: Span) => passages.get(article)?.some((passage: Span) => spansOverlap(passage, span)) === true;
  const languages = new Map(read.map((article) => [article.id, readingLanguage(article)]));
  const claimsOf = new Map<string, FactClaim[]>(holding.map((article) => [article.id, analysisClaims(article, languages.get(article.id))]));
  const names = new Map<string, ArticleEntities>();
  const namesOf = (article: SegmentedArticle) => names.get(article.id) ?? names.set(article.id, analysisEntities(article, languages.get(article.id))).get(article.id)!;
  const mayGiveAge = (article: SegmentedArticle) => {
    const words = factWords(languages.get(article.id));
    return article.sentences.some((sentence, index) => inPassage(article.id, sentence) && sentenceMayGiveAge(article, index, words));
  };
  const givesAge = holding.some(mayGiveAge);
  const namesPerson = holding.some((article) => namesOf(article).mentions.some((mention) => mention.type === 'person' && [mention.span, mention.title, mention.role].some((span) => span !== undefined && inPassage(article.id, span))));
  const statesClaim = holding.some((article) => claimsOf.get(article.id)!.some((claim) => inPassage(article.id, claim.span)));
  if (!givesAge && !statesClaim && !namesPerson) return [];
  // Another article's claims matter only for the keys claimed in the passages, of which age and name keys are none of theirs: none when no claim of the passages' articles is in one, and dates and times only when one of them is (`claimKindsOf`).
  const kinds = claimKindsOf(holding.flatMap((article) => claimsOf.get(article.id)!.filter((claim) => inPassage(article.id, claim.span)).map((claim) => claim.key)));
  const own = statesClaim ? read.flatMap((article) => claimsOf.get(article.id) ?? analysisClaims(article, languages.get(article.id), kinds)) : [];
  const perArticle = givesAge || namesPerson ? read.map(namesOf) : [];
  const entities = givesAge || namesPerson ? mergeEntities(perArticle) : [];
  const spellings = givesAge || namesPerson ? spellingVariants(entities) : [];
  const claims = [...own, ...(givesAge ? ageClaims(read, perArticle, entities, spellings) : []), ...(namesPerson ? nameClaims(read, perArticle, entities, spellings) : [])];
  const keys = new Set(claims.filter((claim) => inPassage(claim.article, claim.span)).map((claim) => claim.key));
  return withoutAgreedNames(alignClaims(claims.filter((claim) => keys.has(claim.key)), undefined, independentSources(read, [])));
}
