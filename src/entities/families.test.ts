import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { articleEntities } from './index.js';

/** Each person mention of the text as "form → entity name". */
function people(text: string): string[] {
  const article = textArticle(text);
  const { entities, mentions } = articleEntities(article);
  return mentions.filter((mention) => mention.entity !== undefined && entities[mention.entity].type === 'person').map((mention) => `${spanText(article.text, mention.span)} → ${entities[mention.entity!].name}`);
}

describe('articleEntities: a courtesy title\'s gender chooses among people of one surname', () => {
  it('gives "Mr Smith" to Michael of "Michael and Joanne Smith" and "Mrs Smith" to Joanne', () => {
    expect(people('Gas blast\n\nMichael and Joanne Smith had left the house. Mr Smith said they had smelt nothing. Mrs Smith said the boys were fine.')).toEqual([
      'Michael → Michael Smith',
      'Joanne Smith → Joanne Smith',
      'Smith → Michael Smith',
      'Smith → Joanne Smith',
    ]);
  });

  it('does not give "Mr Lind" to Anna Lind, whose given name is a woman\'s', () => {
    expect(people('Harbour row\n\nAnna Lind and her brother ran the yard. Mr Lind said the gate was shut.')).toEqual(['Anna Lind → Anna Lind', 'Lind → Lind']);
  });
});
