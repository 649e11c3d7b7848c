/**
 * Ingest: articles from files, folders, feeds and JSONL into a `Store`, with
 * copy detection and story grouping on the way; and stored stories shown with
 * their cited summary, copies with their edits, quotes, entities and facts.
 */
export { ingest } from './ingest.js';
export { IngestSession } from './session.js';
export type { UpdatePolicy } from './updates.js';
export { defaultIngestOptions, type IngestOptions, type IngestProgress, type IngestReport, type IngestSeconds } from './options.js';
export { allowRemoved, defaultRemoveOptions, removeArticles, type RemovalReport, type RemoveOptions } from './remove.js';
export { showStory, type ShownStory } from './story.js';
export { storyCopyViews, storyView, type StoryView } from './story-view.js';
export { articleRevisions, storyRevisions, type ArticleRevisions, type EarlierVersion } from './revisions.js';
