/**
 * The story report (`storyReport`) as plain text or Markdown, for `tidings
 * story`: the quotations with their speakers and the sources carrying them
 * (the first `MAX_SHOWN_ITEMS` names, the rest counted),
 * where sources differ on numbers, dates, who holds a role or a person's title
 * and on how they spell names,
 * what they agree on, what only one source reports, and the names they
 * mention. The words shown are read
 * back from the article spans.
 */
import { spanText, type SegmentedArticle } from '../article.js';
import type { Entity, SpellingVariant } from '../entities/index.js';
import { conflictDays, type FactGroup, type OtherLanguage, type StoryReport } from '../facts/index.js';
import { valueText } from './fact-values.js';
import type { MergedQuote } from '../quotes/index.js';
import { escapeMarkdown } from './markdown.js';
import { firstShown, moreNote } from './shown.js';
import { unreadNote } from './unread.js';
import { languageName } from '../language/index.js';


/** What a fact's status means to a reader. */
export const FACT_STATUS: Readonly<Record<FactGroup['status'], string>> = Object.freeze({
  conflicting: 'same-day reports disagree',
  updated: 'revised by a later report',
  agreed: 'every source agrees',
  'single-source': 'one source',
});

/**
 * What a fact's status means to a reader; for a conflicting fact, the days
 * its sources disagreed on, and whether later reports revised it too ("same-day
 * reports disagree (2026-11-04); later reports revise it": a toll of 3,
 * then 7 the next day, then 10 and 11 the day after).
 */
export function factStatusText(fact: FactGroup): string {
  if (fact.status !== 'conflicting') return FACT_STATUS[fact.status];
  const { days, revisedLater } = conflictDays(fact);
  return `${FACT_STATUS.conflicting}${days.length > 0 ? ` (${days.join(', ')})` : ''}${revisedLater ? '; later reports revise it' : ''}`;
}

export interface ReportTextOptions {
  /** `text`: headings and two-space indents; `md`: `##` headings and `-` lists, Markdown escaped. */
  format: 'text' | 'md';
  /** A short name for an article id: its outlet, else something that tells it apart. */
  name: (article: string) => string;
  /** The story's copies with their kinds, to say of which kinds the articles left unread are (`report.unread`). */
  copies?: ReadonlyArray<{ article: string; kind: 'reprint' | 'rewrite' }>;
  /** At most this many names are listed (most mentioned first). */
  entities: number;
}

/** What was read in an article in another language than English: "quotations, names, numbers and dates read", "nor quotations, names, numbers and dates". */
export function otherLanguageReading({ quotes, names, facts }: Pick<OtherLanguage, 'quotes' | 'names' | 'facts'>): string {
  const read = [...(quotes ? ['quotations'] : []), ...(names ? ['names'] : []), ...(facts ? ['numbers and dates'] : [])];
  if (read.length === 0) return 'nor quotations, names, numbers and dates';
  return `${read.join(', ')} read`;
}

/** "Trevik Herald: German, quotations, names, numbers and dates read", the first `MAX_SHOWN_ITEMS` of them, then how many more. */
function otherLanguageLines(report: StoryReport, name: (article: string) => string): string[] {
  const { shown, more } = firstShown(report.otherLanguages);
  const line = (entry: OtherLanguage) => `${name(entry.article)}: ${languageName(entry.language)}, ${otherLanguageReading(entry)}`;
  return [...shown.map(line), ...(more > 0 ? [moreNote(more).trim()] : [])];
}

/** The report's sections, each a heading and its lines, empty sections left out. */
export function reportText(report: StoryReport, articles: readonly SegmentedArticle[], options: ReportTextOptions): string {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const escape = (text: string) => (options.format === 'md' ? escapeMarkdown(text) : text);
  const words = (article: string, span: { start: number; end: number }) => {
    const source = byId.get(article);
    return source ? spanText(source.text, span).replace(/\s+/g, ' ') : '';
  };
  const names = (ids: readonly string[]) => {
    const { shown, more } = firstShown([...new Set(ids.map(options.name))]);
    return `${shown.join(', ')}${moreNote(more)}`;
  };

  const quoteLine = (quote: MergedQuote) => {
    const said = words(quote.representative.article, quote.representative.span);
    const text = quote.kind === 'direct' ? `“${said}”` : `(reported) ${said}`;
    return `${quote.speaker ?? 'unnamed'}: ${text} — ${names(quote.occurrences.map((occurrence) => occurrence.article))}`;
  };
  const factLine = (fact: FactGroup) => {
    const values = fact.values.map((value, i) => `${i === 0 ? '' : value.reading === fact.values[i - 1].reading ? ' and ' : ' vs '}${valueText(value)} (${names(value.sources.map((source) => source.article))})`);
    return `${fact.label}: ${values.join('')} — ${factStatusText(fact)}`;
  };
  const spellingLine = (variant: SpellingVariant) => variant.spellings.map((spelling) => `${spelling.name} (${names(spelling.articles)})`).join(' / ');
  const entityLine = (entity: Entity) => {
    const aliases = entity.aliases.filter((alias) => alias !== entity.name);
    const also = aliases.length > 0 ? `, also ${aliases.join(', ')}` : '';
    const sources = Object.keys(entity.countsBySource).length;
    return `${entity.name} (${entity.type}${also}): ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'} in ${sources} article${sources === 1 ? '' : 's'}`;
  };

  const differ = report.facts.filter((fact) => fact.status === 'conflicting' || fact.status === 'updated');
  const agreed = report.facts.filter((fact) => fact.status === 'agreed');
  const single = report.facts.filter((fact) => fact.status === 'single-source');
  const entities = [...report.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, options.entities);
  const sections: Array<[string, string[]]> = [
    ['In other languages than English', otherLanguageLines(report, options.name)],
    ['Not read for quotes, names and facts (more articles than a report reads)', [unreadNote(report, options.copies ?? [], new Set([...articles.map((article) => article.id), ...report.unread]).size)].filter((line) => line !== undefined)],
    ['Quotes', report.quotes.filter((quote) => quote.kind === 'direct').map(quoteLine)],
    ['Reported speech', report.quotes.filter((quote) => quote.kind === 'indirect').map(quoteLine)],
    ['Where sources differ', differ.map(factLine)],
    ['Names spelled differently', report.spellings.map(spellingLine)],
    ['Where sources agree', agreed.map(factLine)],
    ['Reported by one source', single.map(factLine)],
    ['Names', entities.map(entityLine)],
  ];
  const heading = (title: string) => (options.format === 'md' ? `## ${title}\n` : title);
  const item = (line: string) => (options.format === 'md' ? `- ${escape(line)}` : `  ${line}`);
  return sections
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => [heading(title), ...lines.map(item)].join('\n'))
    .join('\n\n');
}
