import { describe, expect, it } from 'vitest';
import { preparedText } from './test-support/articles.js';
import { versionChanges, type VersionChanges } from './versions.js';

const FIRST = `Ferry capsizes off Quillon Point, 12 dead

QUILLON POINT (Westmere Observer) - A passenger ferry capsized in rough seas off Quillon Point on Tuesday evening, the harbour authority said.

Twelve people died and 40 were rescued by fishing boats, according to the coast guard.

The ferry had left the island of Marrow at six o'clock with about 60 people on board.

Divers will search the wreck on Wednesday morning.`;

/** Edits of a changed sentence as text, "[-old-]{+new+}" for what changed. */
function shown(changes: VersionChanges): string[] {
  return changes.sentences.map((change) => {
    if (change.kind !== 'changed') return `${change.kind}: ${change.before?.text ?? change.after?.text}`;
    const words = change.edits!.map((edit) => {
      if (edit.op === 'equal') return edit.copy!.text;
      return `${edit.source ? `[-${edit.source.text}-]` : ''}${edit.copy ? `{+${edit.copy.text}+}` : ''}`;
    });
    return `changed: ${words.join(' ')}`;
  });
}

describe('versionChanges', () => {
  it('finds a corrected figure, a new headline, a sentence added and one removed', () => {
    const corrected = FIRST.replace('12 dead', '14 dead')
      .replace('Twelve people died and 40 were rescued', 'Fourteen people died and 40 were rescued')
      .replace('Divers will search the wreck on Wednesday morning.', 'The harbour master has ordered an inquiry into the crossing.');
    const changes = versionChanges(preparedText(FIRST, 'ferry.txt'), preparedText(corrected, 'ferry.txt'));
    expect(changes.headline).toEqual({ before: 'Ferry capsizes off Quillon Point, 12 dead', after: 'Ferry capsizes off Quillon Point, 14 dead' });
    expect(shown(changes)).toEqual([
      'changed: [-Twelve-]{+Fourteen+} people died and 40 were rescued by fishing boats, according to the coast guard',
      'removed: Divers will search the wreck on Wednesday morning.',
      'added: The harbour master has ordered an inquiry into the crossing.',
    ]);
    expect(changes.numbers.map((number) => [number.before.text, number.after.text])).toEqual([['Twelve', 'Fourteen']]);
  });

  it('gives spans into each version that cover the quoted text', () => {
    const later = FIRST.replace('about 60 people', 'at least 62 people');
    const before = preparedText(FIRST, 'a.txt');
    const after = preparedText(later, 'a.txt');
    const { sentences, numbers } = versionChanges(before, after);
    expect(sentences).toHaveLength(1);
    expect(numbers.map((number) => [number.before.text, number.after.text])).toEqual([['about 60', 'at least 62']]);
    for (const number of numbers) {
      expect(before.text.slice(number.before.start, number.before.end)).toBe(number.before.text);
      expect(after.text.slice(number.after.start, number.after.end)).toBe(number.after.text);
    }
  });

  it('finds nothing between a text and itself, nor in punctuation and spacing alone', () => {
    const article = preparedText(FIRST, 'a.txt');
    expect(versionChanges(article, article)).toEqual({ sentences: [], numbers: [] });
    const respaced = preparedText(FIRST.replace('the harbour authority said.', 'the harbour authority said .'), 'a.txt');
    expect(versionChanges(article, respaced)).toEqual({ sentences: [], numbers: [] });
  });

  it('does not read a word replaced by another, nor a number written otherwise, as a number changed', () => {
    for (const later of [FIRST.replace('rough seas', 'heavy seas'), FIRST.replace('Twelve people died', '12 people died')]) {
      const changes = versionChanges(preparedText(FIRST, 'a.txt'), preparedText(later, 'a.txt'));
      expect(shown(changes)).toHaveLength(1);
      expect(changes.numbers).toEqual([]);
    }
  });

  it('tells a paragraph added in the middle and a sentence split in two from a sentence changed', () => {
    const later = FIRST.replace('the coast guard.\n\n', 'the coast guard.\n\nThe island school will stay closed on Wednesday.\n\n').replace(
      "The ferry had left the island of Marrow at six o'clock with about 60 people on board.",
      "The ferry had left the island of Marrow at six o'clock. About 60 people were on board.",
    );
    const changes = versionChanges(preparedText(FIRST, 'a.txt'), preparedText(later, 'a.txt'));
    expect(shown(changes)).toEqual([
      'added: The island school will stay closed on Wednesday.',
      "changed: The ferry had left the island of Marrow at six o'clock [-with about 60 people on board-]",
      'added: About 60 people were on board.',
    ]);
    expect(changes.numbers).toEqual([]);
  });
});
