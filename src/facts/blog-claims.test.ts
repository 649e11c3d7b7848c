import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { READ_AT } from '../read/test-support/read-at.js';
import { alignFacts, articleClaims } from './index.js';

const read = (content: string, input: string): SegmentedArticle => prepare(readString(content, { input, readAt: READ_AT }).articles[0]);

/** A fictional live blog of a quarry collapse, newest post first, whose toll rises from three to four in a later post. */
const quarryBlog = () =>
  read(
    [
      'Quarry collapse at Brennock: live',
      '14 March 2026',
      '16:40',
      'Update: four people are now known to have died in the collapse, the Brennock fire service says. A fifth worker is still missing.',
      '13:15',
      'Rescue teams have brought heavy lifting gear to the north face of the quarry, where the search continues.',
      '10:05',
      'Three people died when part of the north face of the Brennock quarry gave way this morning, the fire service says.',
    ].join('\n\n'),
    'brennock-live.txt',
  );

const wire = (text: string, id: string) => read(`Quarry collapse at Brennock\n\n14 March 2026\n\n${text}`, `${id}.txt`);

describe('a live blog\'s facts over its posts', () => {
  it('claims a later post\'s value that revises the blog\'s first, and marks the first revised', () => {
    const blog = quarryBlog();
    expect(blog.posts).toHaveLength(3);
    const killed = articleClaims(blog).filter((claim) => claim.key === 'killed:people');
    expect(killed.map((claim) => [claim.value, claim.revised ?? false])).toEqual([[3, true], [4, false]]);
    expect(spanText(blog.text, killed[1].span)).toContain('four people');
  });

  it('shows the blog\'s own correction as an update, not as one source', () => {
    const [killed] = alignFacts([quarryBlog()]).filter((group) => group.key === 'killed:people');
    expect(killed.status).toBe('updated');
    expect(killed.values.map((value) => value.value)).toEqual([3, 4]);
  });

  it('compares the blog\'s latest value with another report of the same day: agreed on four is an update, a five conflicts', () => {
    const agreeing = wire('Four people died when part of the north face of the Brennock quarry gave way, the fire service said on Saturday.', 'agreeing');
    const [update] = alignFacts([quarryBlog(), agreeing]).filter((group) => group.key === 'killed:people');
    expect(update.status).toBe('updated');
    const other = wire('Five people died when part of the north face of the Brennock quarry gave way, the fire service said on Saturday.', 'other');
    const [conflict] = alignFacts([quarryBlog(), other]).filter((group) => group.key === 'killed:people');
    expect(conflict.status).toBe('conflicting');
  });

  it('takes no later value far from the blog\'s for a revision: it counts another thing', () => {
    const blog = read(
      [
        'Quarry collapse at Brennock: live',
        '14 March 2026',
        '16:40',
        'The last collapse at a quarry in the county, in 1998, killed 40 people, the fire service recalls.',
        '13:15',
        'Rescue teams have brought heavy lifting gear to the north face of the quarry, where the search continues.',
        '10:05',
        'Three people died when part of the north face of the Brennock quarry gave way this morning, the fire service says.',
      ].join('\n\n'),
      'brennock-far.txt',
    );
    const killed = articleClaims(blog).filter((claim) => claim.key === 'killed:people');
    expect(killed.map((claim) => [claim.value, claim.revised ?? false])).toEqual([[3, false]]);
  });

  it('keeps an article that is not a blog to its first statement of a fact', () => {
    const article = wire('Three people died when part of the quarry gave way. Later, four people were confirmed dead by the fire service.', 'plain');
    expect(article.posts).toBeUndefined();
    expect(articleClaims(article).filter((claim) => claim.key === 'killed:people').map((claim) => claim.value)).toEqual([3]);
  });
});
