import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { valueText } from '../render/fact-values.js';
import { alignFacts, findTimeFacts, type FactGroup } from './index.js';

describe('findTimeFacts', () => {
  it('leaves out game clocks, other zones and the ends of spans of time', () => {
    const article = textArticle('He scored with 7:42 left in the first half. Cables were cut between 07:28 and 08:06 Coordinated Universal Time. Tours ran from 9 to 11 a.m. The quake struck at 10:00 am (0800 GMT).');
    expect(findTimeFacts(article).map((fact) => spanText(article.text, fact.span))).toEqual(['10:00 am']);
  });

  it('reads twelve- and twenty-four-hour times with their hedges and the day their sentence gives', () => {
    const article = textArticle('The ferry ran aground at 9.40pm on Friday. Crews arrived shortly before 10 a.m. on Saturday. The museum shut at 14:30, and everyone was out by 3am. The score was 2-1 in 1998.', { published: '2026-08-15T09:00:00Z' });
    const facts = findTimeFacts(article);
    expect(facts.map((fact) => [spanText(article.text, fact.span), fact.value, fact.qualifier, fact.key])).toEqual([
      ['9.40pm', 21 * 60 + 40, 'exact', 'time:2026-08-14'],
      ['shortly before 10 a.m.', 600, 'nearly', 'time:2026-08-15'],
      ['14:30', 14 * 60 + 30, 'exact', 'time:'],
      ['by 3am', 180, 'up-to', 'time:'],
    ]);
  });
});

describe('times of day across articles', () => {
  const article = (text: string, id: string, published = '2026-10-08T10:00:00Z') => textArticle(text, { id, published });
  const times = (groups: FactGroup[]) => groups.filter((group) => group.key.startsWith('time:'));

  it('conflicts on one time told differently the same day, and agrees within a hedge', () => {
    const [group] = times(alignFacts([
      article('A man took three silver chalices from the Larkwell Museum at 14:30 on Wednesday.', 'a'),
      article('Thieves took three chalices from a display case at the Larkwell Museum at 16:30 on Wednesday.', 'b'),
    ]));
    expect(group.status).toBe('conflicting');
    expect(group.values.map(valueText)).toEqual(['14:30', '16:30']);
    const [agreed] = times(alignFacts([
      article('The result of the Fellgate count was declared at 1:55 a.m. in the town hall.', 'c'),
      article('The Fellgate result was declared shortly before 2 a.m., officials said.', 'd'),
    ]));
    expect(agreed.status).toBe('agreed');
  });

  it('keeps apart times of different days and of sentences sharing no words', () => {
    const groups = times(alignFacts([
      article('The climber set out from Brennock at 10 a.m. on Friday with her brother.', 'a'),
      article('Rescuers found the climber below Brennock Crag at 7.15am on Saturday.', 'b'),
      article('The museum cafe reopened at 11am after the storm.', 'c'),
      article('Police said the roads were cleared by 9am.', 'd'),
    ]));
    expect(groups.filter((group) => group.status === 'conflicting')).toEqual([]);
  });
});
