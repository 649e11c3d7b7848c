import { describe, expect, it } from 'vitest';
import { unreadNote } from './unread.js';

describe('unreadNote', () => {
  const copies = [
    { article: 'p1', kind: 'reprint' as const },
    { article: 'p2', kind: 'reprint' as const },
    { article: 'w1', kind: 'rewrite' as const },
  ];

  it('says nothing when the report read every article', () => {
    expect(unreadNote({ unread: [] }, copies, 3)).toBeUndefined();
  });

  it.each([
    [['p1', 'p2'], 1_083, "Quotes, names and facts come from 1,081 of the story's 1,083 articles, its originals and rewrites first; not read: 2 reprints."],
    [['p1', 'w1', 'o9'], 203, "Quotes, names and facts come from 200 of the story's 203 articles, its originals and rewrites first; not read: 1 reprint, 1 rewrite, 1 other article."],
  ])('counts the unread %j by kind', (unread, articles, note) => {
    expect(unreadNote({ unread }, copies, articles)).toBe(note);
  });
});
