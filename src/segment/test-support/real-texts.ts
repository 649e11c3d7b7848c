import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Article, Span } from '../../article.js';
import { DUC_DOCS, SEEDS } from '../../read/test-support/shared-data.js';

function article(id: string, text: string, paragraphs: Span[]): Article {
  return { id, text, paragraphs, messages: [], origin: { input: id, format: 'text' } };
}

/** Non-blank runs of lines: the paragraphs of a plain-text file. */
export function blankLineParagraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The two seed articles, paragraphs at blank lines; `[]` when `../shared` is absent. */
export function seedArticles(): Article[] {
  if (!existsSync(SEEDS)) return [];
  return readdirSync(SEEDS).sort().map((name) => {
    const text = readFileSync(`${SEEDS}/${name}`, 'utf8');
    return article(name, text, blankLineParagraphs(text));
  });
}

/**
 * Every DUC 2004 document as an article: the `<TEXT>` element, its hard-wrapped
 * lines joined, paragraphs at blank lines; `[]` when `../shared` is absent.
 */
export function ducArticles(): Article[] {
  if (!existsSync(DUC_DOCS)) return [];
  const articles: Article[] = [];
  for (const cluster of readdirSync(DUC_DOCS).sort()) {
    for (const name of readdirSync(`${DUC_DOCS}/${cluster}`).sort()) {
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(`${DUC_DOCS}/${cluster}/${name}`, 'utf8'))?.[1] ?? '';
      const text = body.split(/\n[ \t]*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');
      articles.push(article(name, text, blankLineParagraphs(text)));
    }
  }
  return articles;
}
