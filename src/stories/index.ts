/**
 * Online grouping of articles into stories: `articleProfile` reads an
 * article's content stems, names, numbers and date; a `StoryClusterer` takes
 * the profiles one at a time and says which story each belongs to, keeping
 * apart different events of the same kind. Its state is plain JSON.
 */
export { StoryClusterer, type RelatedStory, type Reprinting, type StoryAssignment } from './clusterer.js';
export { defaultStoryOptions, storyOptions, type StoryOptions } from './options.js';
export { articleProfile, articleTime, NUMBER_PREFIX, type ArticleProfile } from './profile.js';
export { articleSimilarity, profileSimilarity } from './similarity.js';
export { wholeStateChanges, type CountedKeys, type FrequencyChanges, type StoryClustererChanges } from './changes.js';
export { countedOnly, type StoryRemoval } from './removal.js';
export { STORY_STATE_VERSION, storyRecordOf, type ChangedStory, type StoryClustererState, type StoryRecord } from './state.js';
export type { StorySnapshot } from './story.js';
export { termStats, type TermStats } from './weights.js';
