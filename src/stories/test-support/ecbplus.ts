/**
 * ECB+ (../shared/data/ecbplus, evaluation data, absent on a user's machine):
 * its documents read as articles. Shared by src/stories/ecbplus.test.ts and
 * bench/ecbplus.ts.
 */
import { readFileSync } from 'node:fs';
import type { SegmentedArticle } from '../../article.js';
import { prepare } from '../../pipeline.js';
import { buildArticle, readBytes } from '../../read/index.js';
import { READ_AT } from '../../read/test-support/read-at.js';

export interface EcbDoc {
  doc_id: string;
  topic: number;
  event_cluster: string;
  text: string;
}

/** The documents of `docs.jsonl`, one a line. */
export function readEcbDocs(file: string): EcbDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EcbDoc);
}

/** One article per document: each sentence of the file is a paragraph, as a reader would keep its lines. */
export function ecbArticle(doc: EcbDoc, item?: number): SegmentedArticle {
  return prepare(buildArticle({ id: doc.doc_id }, doc.text.split('\n'), { input: 'ecbplus/docs.jsonl', format: 'jsonl', item }, READ_AT));
}

/** Every document as a user's JSONL line `{"id", "text"}` read by the JSONL reader, which takes a date from a date line (110 of 982). */
export function ecbArticlesAsJsonl(docs: readonly EcbDoc[]): SegmentedArticle[] {
  const lines = docs.map((doc) => JSON.stringify({ id: doc.doc_id, text: doc.text })).join('\n');
  return readBytes(Buffer.from(lines), { input: 'ecbplus/docs.jsonl' }).articles.map((article) => prepare(article));
}
