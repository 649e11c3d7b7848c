import { describe, expect, it } from 'vitest';
import type { CopyView, VersionChanges } from '../copies/index.js';
import { quoted } from '../copies/copy-view.js';
import { copyJson, versionChangesJson } from './edits-json.js';

const SOURCE = 'The Velmar ferry resumed crossings to Inishvale on Monday after the storm.';
const COPY = 'The Velmar ferry restarted crossings to Inishvale on Monday after the storm.';
const whole = (text: string) => quoted(text, { start: 0, end: text.length });

const COPIED: CopyView = {
  article: 'copy',
  source: 'source',
  kind: 'rewrite',
  share: 1,
  sentences: [
    {
      sentence: whole(COPY),
      source: whole(SOURCE),
      similarity: 0.9,
      verbatim: false,
      edits: [
        { op: 'equal', source: quoted(SOURCE, { start: 0, end: 16 }), copy: quoted(COPY, { start: 0, end: 16 }) },
        { op: 'replace', source: quoted(SOURCE, { start: 17, end: 24 }), copy: quoted(COPY, { start: 17, end: 26 }) },
      ],
      merged: { first: whole(SOURCE), second: whole(SOURCE) },
    },
  ],
};

describe('copyJson', () => {
  it('keeps every character by default, as the CLI gives it', () => {
    expect(copyJson(COPIED)).toEqual(COPIED);
  });

  it('cuts each sentence and edit longer than maxChars, flagged, its span unchanged', () => {
    const [sentence] = copyJson(COPIED, 16).sentences;
    expect(sentence.sentence).toEqual({ start: 0, end: COPY.length, text: 'The Velmar ferry', textTruncated: true });
    expect(sentence.edits).toEqual([COPIED.sentences[0].edits[0], COPIED.sentences[0].edits[1]]);
    expect(sentence.merged?.first).toMatchObject({ text: 'The Velmar ferry', textTruncated: true });
    expect(copyJson(COPIED, 8).sentences[0].edits[0].copy).toEqual({ start: 0, end: 16, text: 'The Velm', textTruncated: true });
  });
});

describe('versionChangesJson', () => {
  const changes: VersionChanges = {
    headline: { before: 'Ferry halted', after: 'Ferry resumes' },
    sentences: [{ kind: 'changed', before: whole(SOURCE), after: whole(COPY), edits: COPIED.sentences[0].edits }, { kind: 'added', after: whole(COPY) }],
    numbers: [],
  };

  it('keeps every character by default, and cuts each quoted sentence and edit to maxChars', () => {
    expect(versionChangesJson(changes)).toEqual(changes);
    const cut = versionChangesJson(changes, 8);
    expect(cut.headline).toEqual(changes.headline);
    expect(cut.sentences.map((sentence) => [sentence.before?.text, sentence.after?.text])).toEqual([['The Velm', 'The Velm'], [undefined, 'The Velm']]);
    expect(cut.sentences[1]).not.toHaveProperty('before');
    expect(cut.sentences[0].edits?.[1].source).toEqual({ start: 17, end: 24, text: 'resumed' });
  });
});
