/**
 * Numbers, dates and people's ages with what they count, lined up across the
 * articles of a story (`alignFacts`), and the story report that puts quotes,
 * entities and facts side by side (`storyReport`).
 */
export { ageClaims, findAgeFacts, type AgeFact } from './ages.js';
export { alignClaims, alignFacts, articleClaims, compatible, defaultFactOptions } from './align.js';
export { analysisClaims, analysisEntities, articleAnalysis, type ArticleAnalysis } from './analysis.js';
export { sameDay, type FactClaim } from './claims.js';
export { conflictDays, revisedSources, type ConflictDays } from './conflict-days.js';
export { findCountFacts, findNumberFacts } from './counts.js';
export { findDateFacts } from './dates.js';
export { findTallyFacts, TALLY_KEY, type TallyFact } from './tallies.js';
export { findTimeFacts, TIME_KEY, TIME_UNIT, type TimeFact } from './times.js';
export { FACT_LANGUAGES, factWords, type FactWords } from './language-facts.js';
export { reportArticles, REPORT_MAX_ARTICLES, type ReadingCopy, type ReportReading } from './reading.js';
export { NAME_UNIT, namesAgree } from './person-names.js';
export { isNameUnit, nameClaims, TITLE_UNIT, titlesAgree, withoutAgreedNames } from './roles.js';
export { independentSources } from './sources.js';
export { factsStatedIn } from './stated.js';
export { REPORT_REVISION, storyReport, type OtherLanguage, type StoryReport, type StoryReportOptions } from './report.js';
export { MAX_TIMELINE_POSTS, storyTimeline, type TimelineEntry } from './timeline.js';
export type { DateFact, FactGroup, FactOptions, FactSource, FactValue, NumberFact, Qualifier } from './types.js';
