import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { spanText, type SegmentedArticle, type Span } from '../../article.js';
import { prepare } from '../../pipeline.js';
import { readBytes, readString } from '../../read/index.js';
import { DUC_DOCS, EXAMPLES } from '../../read/test-support/shared-data.js';
import { MAX_MERGE_GAP } from '../align.js';
import type { CopyVerdict } from '../index.js';

export { available, DUC_DOCS, EXAMPLES, SEEDS } from '../../read/test-support/shared-data.js';

/** Every article of a file, read as a user's file is (format detected) and prepared. */
export async function readPrepared(file: string): Promise<SegmentedArticle[]> {
  return readString(await readFile(file, 'utf8'), { input: file }).articles.map((article) => prepare(article));
}

/** Every article of the bundled examples (their README left out), file by file in name order, prepared. */
export async function exampleArticles(): Promise<SegmentedArticle[]> {
  const names = (await readdir(EXAMPLES)).filter((name) => !name.endsWith('.md')).sort();
  return (await Promise.all(names.map((name) => readPrepared(path.join(EXAMPLES, name))))).flat();
}

/** Every article of a string, as if read from a plain-text file `input`. */
export function preparedText(text: string, input: string): SegmentedArticle {
  return prepare(readString(text, { input, format: 'text' }).articles[0]);
}

/** The DUC 2004 documents, read from bytes as the benchmark does, and prepared. */
export async function ducArticles(): Promise<SegmentedArticle[]> {
  const articles: SegmentedArticle[] = [];
  for (const cluster of (await readdir(DUC_DOCS)).sort()) {
    for (const name of (await readdir(path.join(DUC_DOCS, cluster))).sort()) {
      const input = path.join(DUC_DOCS, cluster, name);
      articles.push(...readBytes(await readFile(input), { input }).articles.map((article) => prepare(article)));
    }
  }
  return articles;
}

export function text(article: SegmentedArticle, span: Span): string {
  return spanText(article.text, span);
}

export function sentenceText(article: SegmentedArticle, index: number): string {
  return text(article, article.sentences[index]);
}

/** The words (non-punctuation tokens) of `article` inside `span`, in order. */
function wordsIn(article: SegmentedArticle, span: Span): string[] {
  return article.tokens.filter((token) => !token.punct && token.start >= span.start && token.end <= span.end).map((token) => text(article, token));
}

/**
 * Everything wrong with a verdict's spans: every source span is its
 * sentence (or runs from it through one of the next `MAX_MERGE_GAP`, for a merged sentence), every edit
 * span lies inside the right text, and the edits rebuild both sentences
 * (equal + delete + replace source spans cover the source sentence's
 * words, or a merged pair's two without what lies between, or the part a
 * split half took; equal + insert + replace copy spans the copy sentence's). `[]`
 * when all is well.
 */
export function verdictProblems(verdict: CopyVerdict, byId: ReadonlyMap<string, SegmentedArticle>): string[] {
  const problems: string[] = [];
  const copy = byId.get(verdict.article);
  if (!copy) return [`unknown article ${verdict.article}`];
  for (const source of verdict.sources) {
    const original = byId.get(source.article);
    if (!original) {
      problems.push(`unknown source ${source.article}`);
      continue;
    }
    for (const match of source.matches) {
      const where = `${verdict.article} sentence ${match.sentence} ← ${source.article} sentence ${match.source.sentence}`;
      const copySentence = copy.sentences[match.sentence];
      const first = original.sentences[match.source.sentence];
      const last = original.sentences.slice(match.source.sentence, match.source.sentence + MAX_MERGE_GAP + 1).find((sentence) => sentence.end === match.source.span.end);
      if (match.source.span.start !== first.start || !last) problems.push(`${where}: source span is not the sentence (or it through one of the next ${MAX_MERGE_GAP}, merged)`);
      const sourceSentence = { start: first.start, end: (last ?? first).end };
      const fromSource: string[] = [];
      const fromCopy: string[] = [];
      for (const edit of match.edits) {
        if (edit.source) {
          if (edit.source.start < sourceSentence.start || edit.source.end > sourceSentence.end) problems.push(`${where}: ${edit.op} source span outside the sentence`);
          else fromSource.push(...wordsIn(original, edit.source));
        }
        if (edit.copy) {
          if (edit.copy.start < copySentence.start || edit.copy.end > copySentence.end) problems.push(`${where}: ${edit.op} copy span outside the sentence`);
          else fromCopy.push(...wordsIn(copy, edit.copy));
        }
        if ((edit.op === 'insert') !== !edit.source || (edit.op === 'delete') !== !edit.copy) problems.push(`${where}: ${edit.op} with the wrong sides`);
      }
      const taken = match.merged
        ? [...wordsIn(original, match.merged.first), ...wordsIn(original, match.merged.second)]
        : match.split
          ? wordsIn(original, match.split.part)
          : wordsIn(original, sourceSentence);
      if (fromSource.join(' ') !== taken.join(' ')) problems.push(`${where}: source edits do not rebuild the sentence (the merged pair, or the split half's part)`);
      if (match.split) {
        const halves = [wordsIn(original, match.split.part), wordsIn(original, match.split.rest)];
        if ((match.split.sentence > match.sentence ? halves : halves.reverse()).flat().join(' ') !== wordsIn(original, sourceSentence).join(' ')) problems.push(`${where}: split part and rest are not the sentence`);
      }
      if (fromCopy.join(' ') !== wordsIn(copy, copySentence).join(' ')) problems.push(`${where}: copy edits do not rebuild the sentence`);
    }
  }
  return problems;
}
