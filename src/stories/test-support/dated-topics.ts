/**
 * Dated stories to group, from the summarization sets in ../shared/data
 * (evaluation data, absent on a user's machine): DUC 2004 Task 2 (50 TDT
 * topics, 500 newswire articles of 1998, each topic followed for up to ten
 * weeks) and MultiLing 2011 English (10 stories of 10 articles, followed over
 * weeks). Each article read from its file as a user's would, profiled with
 * the given options, in publication order; the gold label is its topic.
 * Shared by src/stories/dated-topics.test.ts and bench/dated-stories.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { prepare } from '../../pipeline.js';
import { readBytes } from '../../read/index.js';
import type { StoryOptions } from '../options.js';
import { articleProfile, type ArticleProfile } from '../profile.js';

export interface DatedTopics {
  /** Oldest first. */
  profiles: ArticleProfile[];
  /** Article id → topic. */
  gold: Map<string, string>;
}

/** The articles of `files` (path → topic), profiled, each id once (DUC files one topic shares with another count for the first). */
function datedTopics(files: ReadonlyArray<readonly [string, string]>, options?: Partial<StoryOptions>): DatedTopics {
  const gold = new Map<string, string>();
  const profiles: ArticleProfile[] = [];
  for (const [file, topic] of files) {
    for (const article of readBytes(readFileSync(file), { input: file }).articles) {
      if (gold.has(article.id)) continue;
      gold.set(article.id, topic);
      profiles.push(articleProfile(prepare(article), options));
    }
  }
  profiles.sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
  return { profiles, gold };
}

/** DUC 2004 `docs/<topic>/<file>`. */
export function ducTopics(root: string, options?: Partial<StoryOptions>): DatedTopics {
  const docs = path.join(root, 'docs');
  const files = readdirSync(docs).sort().flatMap((topic) => readdirSync(path.join(docs, topic)).sort().map((name) => [path.join(docs, topic, name), topic] as const));
  return datedTopics(files, options);
}

/** MultiLing 2011 `sources/M00TD.english`: article D of story T. */
export function multilingTopics(root: string, options?: Partial<StoryOptions>): DatedTopics {
  const sources = path.join(root, 'sources');
  const files = readdirSync(sources).sort().map((name) => [path.join(sources, name), name.slice(3, 4)] as const);
  return datedTopics(files, options);
}
