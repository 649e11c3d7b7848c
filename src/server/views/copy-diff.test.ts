import { describe, expect, it } from 'vitest';
import { copyViews } from '../../copies/index.js';
import { preparedText } from '../../copies/test-support/articles.js';
import { copiesView } from './copy-diff.js';

const SOURCE = `Ferry halted at Cray Sound

The Cray Sound ferry was halted on Tuesday morning after a crack was found in the hull near the car deck.

Inspectors from the Harbour Safety Board boarded the vessel at the Westmere slipway before the first crossing.

Passengers waiting at the slipway were offered seats on a replacement coach service to Dunmore.

The operator said repairs would take at least a week, and the ferry would return once the board had signed it off.

Islanders said the route had been cut three times this winter.
`;

/** Fictional: the first and third sentences merged (the second left out), the fourth split in two. */
const REWRITE = `Cray Sound ferry out of service

The Cray Sound ferry was halted on Tuesday morning after a crack was found in the hull near the car deck, and passengers waiting at the slipway were offered seats on a replacement coach service to Dunmore.

The operator said repairs would take at least a week. The ferry would return once the board had signed it off.

Islanders said the route had been cut three times this winter.
`;

describe('copiesView of a rewrite that merges and splits sentences', () => {
  const source = preparedText(SOURCE, 'cray-source.txt');
  const rewrite = preparedText(REWRITE, 'cray-rewrite.txt');
  const [view] = copyViews([{ article: rewrite.id, source: source.id, kind: 'rewrite', share: 1 }], [source, rewrite]);
  const page = copiesView([view], new Map(), 's1').value;

  it('shows the sentence left out between two merged ones once, as left out, never struck out as replaced', () => {
    const merged = view.sentences.find((sentence) => sentence.sentence.text.startsWith('The Cray Sound ferry'))!;
    expect(merged.merged?.leftOut?.text).toBe('Inspectors from the Harbour Safety Board boarded the vessel at the Westmere slipway before the first crossing.');
    expect(merged.edits.filter((edit) => edit.op !== 'equal').map((edit) => [edit.op, edit.source?.text, edit.copy?.text])).toEqual([['insert', undefined, 'and']]);
    expect(page).not.toContain('<del>Inspectors');
    expect(page.split('Inspectors from the Harbour Safety Board').length - 1).toBe(1);
    expect(page).toContain('What the source has between them is not in it: “Inspectors from the Harbour Safety Board');
  });

  it('shows each half of a split sentence against the part it took, and says where the rest went', () => {
    const first = view.sentences.find((sentence) => sentence.sentence.text.startsWith('The operator said'))!;
    const second = view.sentences.find((sentence) => sentence.sentence.text.startsWith('The ferry would return'))!;
    expect(first.edits.filter((edit) => edit.op !== 'equal')).toEqual([]);
    expect(second.edits.filter((edit) => edit.op !== 'equal').map((edit) => [edit.op, edit.source?.text])).toEqual([['delete', 'and']]);
    expect([first.split?.part.text, first.split?.rest.text, first.split?.sentence.text]).toEqual([
      'The operator said repairs would take at least a week',
      'and the ferry would return once the board had signed it off',
      'The ferry would return once the board had signed it off.',
    ]);
    expect(page).not.toContain('<del>and the ferry would return');
    expect(page).toContain('the rest (“and the ferry would return once the board had signed it off”) went to the neighbouring sentence');
  });

  it('tells a copy and its source of one outlet apart by when each was published, and names others by their outlet alone (web26)', () => {
    const named = (outlet: string) =>
      new Map([
        [source.id, { ...source, outlet: 'Cray Gazette', published: '2026-02-03T07:00:00Z' }],
        [rewrite.id, { ...rewrite, outlet, published: '2026-02-03T09:30:00Z' }],
      ]);
    const heading = (outlet: string) => /<h3>(.*?)<\/h3>/.exec(copiesView([view], named(outlet), 's1').value)![1].replace(/<[^>]+>/g, '');
    expect(heading('Cray Gazette')).toBe('Cray Gazette (2026-02-03 09:30) rewrites Cray Gazette (2026-02-03 07:00)');
    expect(heading('Westmere Courier')).toBe('Westmere Courier rewrites Cray Gazette');
  });

  it('tells them apart by id when their times do not: both undated, or published in the same minute (review r4)', () => {
    const heading = (sourcePublished: string | undefined, rewritePublished: string | undefined) => {
      const named = new Map([
        [source.id, { ...source, outlet: 'Cray Gazette', published: sourcePublished }],
        [rewrite.id, { ...rewrite, outlet: 'Cray Gazette', published: rewritePublished }],
      ]);
      return /<h3>(.*?)<\/h3>/.exec(copiesView([view], named, 's1').value)![1].replace(/<[^>]+>/g, '');
    };
    const byId = `Cray Gazette (${rewrite.id}) rewrites Cray Gazette (${source.id})`;
    expect(heading(undefined, undefined)).toBe(byId);
    expect(heading('2026-02-03T07:00:10Z', '2026-02-03T07:00:40Z')).toBe(byId);
  });
});
