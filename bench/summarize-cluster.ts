import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article, SegmentedArticle } from '../src/article.js';
import { prepare } from '../src/pipeline.js';
import { readBytes } from '../src/read/index.js';
import { summarize, summaryPartsText, type SummarizeOptions } from '../src/summarize/index.js';

/** A cluster's files as bytes, read once so timing measures Tidings, not the disk. */
export interface ClusterFiles {
  id: string;
  files: { input: string; bytes: Uint8Array }[];
}

export async function loadCluster(id: string, folder: string): Promise<ClusterFiles> {
  const names = (await readdir(folder)).sort();
  const files = await Promise.all(names.map(async (name) => ({ input: path.join(folder, name), bytes: await readFile(path.join(folder, name)) })));
  return { id, files };
}

/** A cluster's articles as `tidings summarize` reads them: format detected from content, cleaned, segmented. */
export function prepareCluster(cluster: ClusterFiles): SegmentedArticle[] {
  const articles: SegmentedArticle[] = [];
  for (const file of cluster.files) {
    const { articles: read, problems } = readBytes(file.bytes, { input: file.input });
    if (problems.length > 0) throw new Error(`benchmark input unreadable: ${problems[0].message}`);
    for (const article of read) articles.push(prepare(article));
  }
  return articles;
}

/**
 * What `tidings summarize` does to a cluster, minus the disk: the same readers,
 * cleaning, segmenting and summarizing.
 * Returns the summary one sentence per line, as ROUGE reads it.
 */
export function summarizeCluster(cluster: ClusterFiles, options: Partial<SummarizeOptions>): string {
  const articles: Article[] = prepareCluster(cluster);
  const summary = summarize(articles, options);
  const byId = new Map(articles.map((article) => [article.id, article]));
  return summary.sentences.map((sentence) => summaryPartsText(byId.get(sentence.article)!.text, sentence.parts)).join('\n');
}
