import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { articleEntities } from './index.js';

describe('names a reader would call wrong', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    [
      'a title-case headline names only what the article knows (ECB+)',
      'The festival picks a best singer each year, and Mina Harlow said she was the best singer in Velmar.\n\nFestival Picks Mina Harlow As Best Singer\n\nHarlow sang.',
      [['Mina Harlow', 'person'], ['Velmar', 'place']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(articleEntities(textArticle(text)).entities.map((entity) => [entity.name, entity.type])).toEqual(expected);
  });
});
