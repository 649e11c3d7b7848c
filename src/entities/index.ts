/**
 * People, organisations, places, vessels (ships by name), products and
 * works (titles of films, shows, books, songs…): per article
 * (`articleEntities`) and merged across the articles of a story
 * (`findEntities`), with the fullest name, every alias and every mention as
 * a span. Articles in French, German, Spanish, Italian, Portuguese and
 * Dutch have theirs found by their language's rules
 * (`otherLanguageEntities`, `NAME_LANGUAGES`).
 */
export { articleEntities } from './article.js';
export { otherLanguageEntities, type QuotedBy } from './other-languages.js';
export { NAME_LANGUAGES } from './language-names.js';
export { nameWords } from './name-words.js';
export { COUNTRIES, KNOWN_ORGANISATIONS, lookUpName, type Country, type GazetteerEntry, type KnownOrganisation } from './gazetteer.js';
export { defaultEntityOptions, findEntities, mergeEntities, type EntityOptions } from './merge.js';
export { editsWithin, sameConsonants, spellingVariants, transliterated, type Spelling, type SpellingVariant } from './spellings.js';
export type { ArticleEntities, ArticleEntity, Entity, EntityType, NameMention } from './types.js';
