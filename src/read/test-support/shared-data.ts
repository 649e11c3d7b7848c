import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../article.js';

/** `../shared` beside the project root: real data for tests, absent on a user's machine. */
export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const SEEDS = `${SHARED}seeds`;
export const DUC_DOCS = `${SHARED}data/duc2004/docs`;
export const MULTILING_SOURCES = `${SHARED}data/multiling2011/sources`;
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Says once, on the console, why a real-data suite is skipped. */
export function available(path: string, suite: string): boolean {
  if (existsSync(path)) return true;
  console.warn(`${suite}: skipped, ${path} is absent`);
  return false;
}

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** Sorted file paths in a folder, or [] when it is absent. */
export function filesIn(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort().map((name) => `${folder}/${name}`) : [];
}

/**
 * Everything wrong with an article's spans: paragraphs inside the text, in
 * order, not overlapping, with no whitespace at their ends; message spans
 * inside the text. `[]` when all is well.
 */
export function spanProblems(article: Article): string[] {
  const problems: string[] = [];
  const { text } = article;
  let previousEnd = 0;
  article.paragraphs.forEach((span, index) => {
    const where = `${article.id} paragraph ${index} {${span.start}, ${span.end}}`;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) {
      problems.push(`${where}: outside the text or empty`);
      return;
    }
    if (span.start < previousEnd) problems.push(`${where}: overlaps or comes before the previous paragraph`);
    const value = text.slice(span.start, span.end);
    if (value !== value.trim()) problems.push(`${where}: leading or trailing whitespace`);
    previousEnd = span.end;
  });
  article.messages.forEach((message, index) => {
    const span = message.span;
    if (span && (span.start < 0 || span.end > text.length || span.start > span.end)) {
      problems.push(`${article.id} message ${index} (${message.rule}): span {${span.start}, ${span.end}} outside the text`);
    }
  });
  return problems;
}

/** The text of each kept paragraph. */
export function paragraphTexts(article: Article): string[] {
  return article.paragraphs.map((span) => article.text.slice(span.start, span.end));
}
