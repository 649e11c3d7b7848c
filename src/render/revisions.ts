/**
 * What the updates of a story's articles changed, as `tidings story` and the
 * JSON API show it: per revised article, each update with when it came and,
 * briefly, what it changed (the headline, the numbers, the sentences with
 * their word edits: `[-removed-] {+added+}` in text, ~~struck~~ and **bold**
 * in Markdown), and the same as JSON with every change (spans and text).
 */
import type { EditView, VersionChanges } from '../copies/index.js';
import type { ArticleRevisions, EarlierVersion } from '../ingest/revisions.js';
import { versionChangesJson } from './edits-json.js';
import { escapeMarkdown } from './markdown.js';
import { minute } from './minute.js';

/** The text and Markdown reports show at most this many sentence changes an update; JSON has them all. */
export const SHOWN_SENTENCE_CHANGES = 5;

/** When an update came: the time the new text says it was modified, and when Tidings stored it. */
export function updateTime(version: EarlierVersion): string {
  const stored = `stored ${minute(version.replaced)}`;
  return version.updated === null ? stored : `modified ${minute(version.updated)}, ${stored}`;
}

type Format = 'text' | 'md';

/** Markdown of plain text: `escapeMarkdown`, and a tilde escaped too (the strike-through marks removed words). */
function md(text: string): string {
  return escapeMarkdown(text).replace(/~/g, '\\~');
}

function marked(edits: readonly EditView[], format: Format): string {
  const removed = (text: string) => (format === 'md' ? `~~${md(text)}~~` : `[-${text}-]`);
  const added = (text: string) => (format === 'md' ? `**${md(text)}**` : `{+${text}+}`);
  return edits
    .map((edit) => {
      if (edit.op === 'equal') return format === 'md' ? md(edit.copy!.text) : edit.copy!.text;
      return [edit.source ? removed(edit.source.text) : '', edit.copy ? added(edit.copy.text) : ''].filter(Boolean).join(' ');
    })
    .join(' ');
}

/** The lines telling briefly what one update changed. */
export function changeLines(changes: VersionChanges, format: Format): string[] {
  const quote = (text: string) => (format === 'md' ? md(`"${text}"`) : `"${text}"`);
  const lines: string[] = [];
  if (changes.headline) lines.push(`headline: ${quote(changes.headline.before ?? '(none)')} → ${quote(changes.headline.after ?? '(none)')}`);
  if (changes.numbers.length > 0) lines.push(`numbers: ${changes.numbers.map((number) => `${quote(number.before.text)} → ${quote(number.after.text)}`).join(', ')}`);
  for (const sentence of changes.sentences.slice(0, SHOWN_SENTENCE_CHANGES)) {
    if (sentence.kind === 'changed') lines.push(`changed: ${marked(sentence.edits!, format)}`);
    else lines.push(`${sentence.kind}: ${quote((sentence.before ?? sentence.after)!.text)}`);
  }
  const more = changes.sentences.length - SHOWN_SENTENCE_CHANGES;
  if (more > 0) lines.push(`… and ${more} more sentence${more === 1 ? '' : 's'} (--format json lists all)`);
  if (lines.length === 0) lines.push('no change a reader would see in the headline or the sentences');
  return lines;
}

/** Each revised article, each of its updates with its time and changes, indented; `name` names an article. */
export function revisionLines(revisions: readonly ArticleRevisions[], name: (id: string) => string, format: Format): string[] {
  const lines: string[] = [];
  for (const revision of revisions) {
    const heading = `${name(revision.article)} [${revision.article}]: ${revision.versions.length} update${revision.versions.length === 1 ? '' : 's'} kept`;
    lines.push(format === 'md' ? `- ${md(heading)}` : `  ${heading}`);
    for (const version of revision.versions) {
      lines.push(format === 'md' ? `  - ${md(updateTime(version))}` : `    ${updateTime(version)}`);
      for (const line of changeLines(version.changes, format)) lines.push(format === 'md' ? `    - ${line}` : `      ${line}`);
    }
  }
  return lines;
}

/**
 * An article's revisions as JSON: each earlier version's title, dates and
 * the changes the next text made (each quoted sentence and edit its first
 * `maxChars` characters, `versionChangesJson`), without its text unless
 * `texts`.
 */
export function revisionsJson(revision: ArticleRevisions, { texts = false, maxChars = Infinity }: { texts?: boolean; maxChars?: number } = {}) {
  return {
    article: revision.article,
    versions: revision.versions.map(({ text, changes, ...version }) => {
      const shown = { ...version, changes: versionChangesJson(changes, maxChars) };
      return texts ? { ...shown, text } : shown;
    }),
  };
}
