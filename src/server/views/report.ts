/**
 * The story report on the story page: quotes with who carries them, where
 * the sources differ and where they agree (each value linked to the words
 * that state it), the names they spell differently, and the people,
 * organisations, places, vessels, products and works named, and the
 * timeline (a live blog's posts each at its time). Each list of
 * sources shows its first `MAX_SHOWN_ITEMS` and counts the rest.
 */
import type { Span } from '../../article.js';
import type { Entity, SpellingVariant } from '../../entities/index.js';
import type { FactGroup, OtherLanguage, StoryReport, TimelineEntry } from '../../facts/index.js';
import { languageName } from '../../language/index.js';
import type { MergedQuote } from '../../quotes/index.js';
import { valueText } from '../../render/fact-values.js';
import { minuteParts } from '../../render/minute.js';
import { factStatusText, otherLanguageReading } from '../../render/report-text.js';
import { writtenZone } from '../../render/story-overview.js';
import { firstShown, moreNote } from '../../render/shown.js';
import { unreadNote } from '../../render/unread.js';
import type { CopyLink } from '../../store/index.js';
import { html, sitePath, type SafeHtml } from './html.js';
import { articleLang, inArticleLang } from './article-text.js';
import { shownText } from './cut.js';
import { sourceName } from '../../render/outlet-name.js';

/** An article as the story page's lists name it, and read its language from. */
export interface NamedArticle {
  id: string;
  outlet?: string | null;
  title?: string | null;
  published?: string | null;
  text: string;
  paragraphs?: readonly Span[];
  language?: string;
}

export type Names = ReadonlyMap<string, NamedArticle>;

/** Link to an article page with a span (a quote, a number) highlighted and scrolled to. */
export function spanHref(article: string, span: Span, story: string): string {
  return `${sitePath(['articles', article], { hl: `${span.start}-${span.end}`, story })}#highlight`;
}

function sourceLink(names: Names, article: string, span: Span, story: string): SafeHtml {
  const source = names.get(article);
  return html`<a href="${spanHref(article, span, story)}">${sourceName(source ?? { id: article })}</a>`;
}

/** The first `MAX_SHOWN_ITEMS` items, separated, and how many more there are. */
function shownList<T>(items: readonly T[], separator: string, render: (item: T) => SafeHtml): SafeHtml {
  const { shown, more } = firstShown(items);
  return html`${shown.map((item, i) => html`${i > 0 ? separator : ''}${render(item)}`)}${moreNote(more)}`;
}

/** The articles in other languages than English, each linked, with its language and what was read in it (quotations, names, numbers and dates); nothing when every article is in English. */
export function otherLanguagesNote(otherLanguages: readonly OtherLanguage[], names: Names, story: string): SafeHtml | '' {
  if (otherLanguages.length === 0) return '';
  const link = (entry: OtherLanguage) =>
    html`<a href="${sitePath(['articles', entry.article], { story })}">${sourceName(names.get(entry.article) ?? { id: entry.article })}</a> (${languageName(entry.language)}, ${otherLanguageReading(entry)})`;
  return html`<p class="muted">In other languages than English: ${shownList(otherLanguages, ', ', link)}.</p>`;
}

/** How many articles the report read and which it left unread, when the story has more than it reads; nothing otherwise. */
export function unreadParagraph(report: StoryReport, copies: readonly CopyLink[], articles: number): SafeHtml | '' {
  const note = unreadNote(report, copies, articles);
  return note === undefined ? '' : html`<p class="muted">${note}</p>`;
}

export function quotesTable(quotes: readonly MergedQuote[], names: Names, story: string): SafeHtml {
  if (quotes.length === 0) return html`<p>No quotation found.</p>`;
  const words = (quote: MergedQuote) => {
    const { article, span } = quote.representative;
    const { text, cut } = shownText(names.get(article)?.text.slice(span.start, span.end) ?? '', spanHref(article, span, story));
    return html`${inArticleLang(names.get(article), quote.kind === 'direct' ? `“${text}”` : text)}${cut}`;
  };
  return html`<table>
<thead><tr><th scope="col">Quote</th><th scope="col">Speaker</th><th scope="col">Carried by</th></tr></thead>
<tbody>${quotes.map(
    (quote) => html`<tr><td>${words(quote)}${quote.kind === 'indirect' ? html` <span class="muted">(reported speech)</span>` : ''}</td>
<td>${quote.speaker ?? html`<span class="muted">unnamed</span>`}</td>
<td>${shownList(quote.occurrences, ', ', (occurrence) => sourceLink(names, occurrence.article, occurrence.span, story))}</td></tr>`,
  )}</tbody>
</table>`;
}

function factRows(fact: FactGroup, names: Names, story: string): SafeHtml {
  return html`<tbody>${fact.values.map(
    (value, i) => html`<tr>${
      i === 0 ? html`<th scope="rowgroup" rowspan="${fact.values.length}">${fact.label}<br><span class="muted">${factStatusText(fact)}</span></th>` : ''
    }<td class="${fact.status === 'conflicting' ? 'conflict' : ''}">${valueText(value)}${
      i > 0 && value.reading === fact.values[i - 1].reading && fact.values.some((other) => other.reading !== value.reading) ? html` <span class="muted">(agrees with the value above)</span>` : ''
    }</td>
<td>${shownList(value.sources, '; ', (source) => {
      const words = shownText(names.get(source.article)?.text.slice(source.span.start, source.span.end) ?? '', spanHref(source.article, source.span, story));
      return html`${sourceLink(names, source.article, source.span, story)}${source.day ? ` (${source.day})` : ''}: ${inArticleLang(names.get(source.article), `“${words.text}”`)}${words.cut}`;
    })}</td></tr>`,
  )}</tbody>`;
}

export function factsTable(facts: readonly FactGroup[], names: Names, story: string, caption: string, empty: string): SafeHtml {
  if (facts.length === 0) return html`<p>${empty}</p>`;
  return html`<table>
<caption class="muted">${caption}</caption>
<thead><tr><th scope="col">What</th><th scope="col">Value</th><th scope="col">Reported by</th></tr></thead>
${facts.map((fact) => factRows(fact, names, story))}
</table>`;
}

/** The people the sources name with different spellings, each spelling with the articles writing it; nothing when they agree. */
export function spellingsTable(variants: readonly SpellingVariant[], names: Names, story: string): SafeHtml {
  if (variants.length === 0) return html``;
  return html`<table>
<caption class="muted">Names the articles spell differently</caption>
<thead><tr><th scope="col">Spelling</th><th scope="col">Written by</th></tr></thead>
${variants.map(
    (variant) => html`<tbody>${variant.spellings.map(
      (spelling) => html`<tr><td class="conflict">${spelling.name}</td>
<td>${shownList(spelling.articles, ', ', (article) => html`<a href="${sitePath(['articles', article], { story })}">${sourceName(names.get(article) ?? { id: article })}</a>`)}</td></tr>`,
    )}</tbody>`,
  )}
</table>`;
}

/** Most words of a live blog's post the timeline shows; they are cut after `MAX_QUOTED_CHARS` characters as a quoted text is (`shownText`). */
export const TIMELINE_POST_WORDS = 25;

/**
 * The story's timeline: each article, and each post of a live blog, at the
 * time it was told, linked to the article (a post highlighted in it). Each
 * time is shown as written, in its own zone: when the entries are written
 * in more than one, each names its zone, or the list, in order of the
 * instants, would read 06:21, 08:03, 06:07.
 */
export function timelineTable(entries: readonly TimelineEntry[], names: Names, story: string): SafeHtml {
  if (entries.length === 0) return html`<p>No article.</p>`;
  const zones = new Set(entries.flatMap((entry) => (entry.published && entry.published.length > 10 ? [writtenZone(entry.published)] : [])));
  const zone = (published: string) => (zones.size > 1 && writtenZone(published) !== '' ? html` ${writtenZone(published)}` : html``);
  // The day and the time of day may part on a phone's narrow column ("told" in the stylesheet), so the column of what was told keeps its width.
  const told = ({ published }: TimelineEntry) => {
    if (!published) return html`<span class="muted">undated</span>`;
    const { day, time } = minuteParts(published);
    return html`<time class="told" datetime="${published}"><span>${day}</span> ${time}${zone(published)}</time>`;
  };
  const what = (entry: TimelineEntry) => {
    const title = entry.title ?? entry.article;
    const lang = entry.title === undefined ? '' : articleLang(names.get(entry.article));
    if (!entry.post) return html`<a href="${sitePath(['articles', entry.article], { story })}"${lang}>${title}</a>`;
    const text = names.get(entry.article)?.text;
    const words = text?.slice(entry.post.start, entry.post.end).split('\n\n').slice(1).join(' ').split(/\s+/).filter(Boolean) ?? [];
    const href = spanHref(entry.article, entry.post, story);
    const shown = shownText(words.length > TIMELINE_POST_WORDS ? `${words.slice(0, TIMELINE_POST_WORDS).join(' ')} …` : words.join(' '), href);
    const postLang = shown.text ? articleLang(names.get(entry.article)) : lang;
    const blogTitle = lang === '' ? html`${title}` : html`<span${lang}>${title}</span>`;
    return html`<a href="${href}"${postLang}>${shown.text || title}</a>${shown.cut} <span class="muted">(a post of the live blog “${blogTitle}”)</span>`;
  };
  return html`<table>
<thead><tr><th scope="col">Told</th><th scope="col">Source</th><th scope="col">What</th></tr></thead>
<tbody>${entries.map((entry) => html`<tr><td>${told(entry)}</td><td>${sourceName(names.get(entry.article) ?? { id: entry.article, outlet: entry.outlet, title: entry.title })}</td><td>${what(entry)}</td></tr>`)}</tbody>
</table>`;
}

export function entitiesTable(entities: readonly Entity[]): SafeHtml {
  if (entities.length === 0) return html`<p>No name found.</p>`;
  return html`<table>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Also called</th><th scope="col" class="number">Mentions</th><th scope="col" class="number">Articles</th></tr></thead>
<tbody>${entities.map(
    (entity) => html`<tr><td>${entity.name}</td><td>${entity.type}</td><td>${entity.aliases.filter((alias) => alias !== entity.name).join(', ')}</td>
<td class="number">${entity.mentions.length}</td><td class="number">${Object.keys(entity.countsBySource).length}</td></tr>`,
  )}</tbody>
</table>`;
}
