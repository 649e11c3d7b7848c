import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { sentenceTokens } from '../segment/index.js';
import { openedOnNewest } from './opening.js';
import { readingOrder } from './order.js';
import { isDangling, sentenceKey, singleMarksOf, unitText, type Unit } from './units.js';

/** The whole sentence `sentence` of article `index` as a unit. */
function unitOf(articles: readonly SegmentedArticle[], index: number, sentence: number): Unit {
  const article = articles[index];
  const tokens = sentenceTokens(article, sentence);
  const span = article.sentences[sentence];
  const text = unitText(article.text, [span]);
  return {
    article: index,
    sentence,
    parts: [{ start: span.start, end: span.end }],
    tokens,
    words: text.split(' ').length,
    bytes: text.length,
    concepts: [],
    dangling: isDangling(tokens, article.textLanguage, singleMarksOf(article), article.text),
    complete: true,
  };
}

/** The first words of each unit, in the order given. */
function openings(articles: readonly SegmentedArticle[], units: readonly Unit[]): string[] {
  return units.map((unit) => unitText(articles[unit.article].text, unit.parts).split(' ').slice(0, 3).join(' '));
}

const SAME_DAY = '2026-10-03T09:00:00Z';

describe('readingOrder', () => {
  it('puts a sentence pointing back ("The pact…") after the sentence of another article that introduces its referent', () => {
    const articles = [
      textArticle('Harbour officials in Tessaly met the ferry union again on Friday. The pact gives the crews of the Brenn line a four-day week from spring.', { id: 'a', published: SAME_DAY }),
      textArticle('The ferry union and the port of Tessaly signed a pact on Friday ending a strike of nine days.', { id: 'b', published: SAME_DAY }),
    ];
    const ordered = readingOrder([unitOf(articles, 0, 1), unitOf(articles, 1, 0)], articles);
    expect(openings(articles, ordered)).toEqual(['The ferry union', 'The pact gives']);
  });

  it('moves it across days too, right after the introducing sentence and before the rest', () => {
    const articles = [
      textArticle('Crews stayed home for a fourth day. The pact ends the strike, the union said in a short note.', { id: 'a', published: '2026-10-01T09:00:00Z' }),
      textArticle('The union and the port of Tessaly signed a pact that ends the strike of the Brenn ferry crews.', { id: 'b', published: '2026-10-02T09:00:00Z' }),
      textArticle('Ferries to Brenn sailed full on Saturday as the crews returned to work after the strike.', { id: 'c', published: '2026-10-03T09:00:00Z' }),
    ];
    const ordered = readingOrder([unitOf(articles, 2, 0), unitOf(articles, 0, 1), unitOf(articles, 1, 0)], articles);
    expect(openings(articles, ordered)).toEqual(['The union and', 'The pact ends', 'Ferries to Brenn']);
  });

  it('keeps a sentence pointing back where it is when its own article\'s sentence before it comes first, or something earlier names its referent', () => {
    const articles = [
      textArticle('The port of Tessaly agreed to buy the Brenn ferry line on Monday. The proposed deal needs the approval of the island council.', { id: 'a', published: SAME_DAY }),
      textArticle('Even before the deal, the Brenn line had cut two of its four daily crossings.', { id: 'b', published: SAME_DAY }),
    ];
    const ordered = readingOrder([unitOf(articles, 0, 0), unitOf(articles, 0, 1), unitOf(articles, 1, 0)], articles);
    expect(openings(articles, ordered)).toEqual(['The port of', 'The proposed deal', 'Even before the']);
  });

  it('does not take a later sentence that points back itself ("…left the country") as introducing the referent', () => {
    const articles = [
      textArticle('The country\'s envoy to Brenn said the storm damage could reach two billion dollars.', { id: 'a', published: '2026-10-01T09:00:00Z' }),
      textArticle('Police said the crews had no papers to take the children out of the country by boat.', { id: 'b', published: '2026-10-05T09:00:00Z' }),
    ];
    const ordered = readingOrder([unitOf(articles, 0, 0), unitOf(articles, 1, 0)], articles);
    expect(openings(articles, ordered)).toEqual(["The country's envoy", 'Police said the']);
  });

  it('does not read a name after "The" as pointing back ("The Tessaly Harbour Board…")', () => {
    const articles = [
      textArticle('The Tessaly Harbour Board fined the ferry operator on Tuesday for the late sailings.', { id: 'a', published: SAME_DAY }),
      textArticle('A ferry operator in Brenn was fined by the Tessaly Harbour Board for months of late sailings.', { id: 'b', published: SAME_DAY }),
    ];
    const ordered = readingOrder([unitOf(articles, 0, 0), unitOf(articles, 1, 0)], articles);
    expect(openings(articles, ordered)).toEqual(['The Tessaly Harbour', 'A ferry operator']);
  });

  it('puts a sentence opening on a pronoun after another that names whom its article named before it', () => {
    const articles = [
      textArticle('Mayor Ana Varn toured the flooded pier at dawn. She said repairs would start within a week and cost the town little.', { id: 'a', published: SAME_DAY }),
      textArticle('Ana Varn, the mayor of Tessaly, asked the island council for help with the flooded pier.', { id: 'b', published: SAME_DAY }),
    ];
    const ordered = readingOrder([unitOf(articles, 0, 1), unitOf(articles, 1, 0)], articles);
    expect(openings(articles, ordered)).toEqual(['Ana Varn, the', 'She said repairs']);
  });

  it('never moves an article\'s opening sentence: a lede opening on "The" introduces what it names', () => {
    const articles = [
      textArticle('The government of Velmar declared a state of emergency after floods swept the capital.', { id: 'a', published: '2026-10-01T09:00:00Z' }),
      textArticle('Rescue teams reached the flooded districts of the capital by boat on Friday.', { id: 'b', published: '2026-10-02T09:00:00Z' }),
      textArticle('Aid agencies said government stores of grain would run out within a week.', { id: 'c', published: '2026-10-03T09:00:00Z' }),
    ];
    const ordered = readingOrder([unitOf(articles, 0, 0), unitOf(articles, 1, 0), unitOf(articles, 2, 0)], articles);
    expect(openings(articles, ordered)).toEqual(['The government of', 'Rescue teams reached', 'Aid agencies said']);
  });

  it('points back at the head noun of the phrase after "The", not at its verb ("The earthquake killed…")', () => {
    const articles = [
      textArticle('Rescuers dug through the night in the hill towns of Corvane. The earthquake killed at least 40 people, the interior ministry said.', { id: 'a', published: '2026-10-01T09:00:00Z' }),
      textArticle('Local officials said people killed by falling walls numbered 61.', { id: 'b', published: '2026-10-02T09:00:00Z' }),
      textArticle('A second earthquake shook the coast of Corvane on Sunday.', { id: 'c', published: '2026-10-03T09:00:00Z' }),
    ];
    const ordered = readingOrder([unitOf(articles, 0, 1), unitOf(articles, 1, 0)], articles);
    expect(openings(articles, ordered)).toEqual(['The earthquake killed', 'Local officials said']);
    const withIntroduction = readingOrder([unitOf(articles, 0, 1), unitOf(articles, 1, 0), unitOf(articles, 2, 0)], articles);
    expect(openings(articles, withIntroduction)).toEqual(['Local officials said', 'A second earthquake', 'The earthquake killed']);
  });

  it('places a long chain of sentences each waiting for the next without running out of stack', () => {
    const word = (index: number): string => `qx${[...index.toString(19)].map((digit) => 'bcdfghjklmnpqrtvwxz'[parseInt(digit, 19)]).join('')}`;
    const count = 20_000;
    const sentences = Array.from({ length: count }, (_, index) => `The ${word(index + 1)} of ${word(index)}.`);
    const articles = [textArticle(`Records of the chain opened here. ${sentences.join(' ')}`, { id: 'a', published: SAME_DAY })];
    const units = sentences.map((_, index) => unitOf(articles, 0, index + 1));
    const ordered = readingOrder(units, articles);
    expect(ordered.map((unit) => unit.sentence)).toEqual(units.map((unit) => unit.sentence).reverse());
  });
});

describe('openedOnNewest, as the reading order reads it (facts29: the newest figure was put first before the sentence it points back at)', () => {
  const articles = [
    textArticle('Floods swept the Orvel valley on Monday. Four people died in Tamsby, officials said.', { id: 'monday', published: '2026-09-14T09:00:00Z' }),
    textArticle('Rescuers searched Ruel through the night. The floods have now killed nine people, the fire service said.', { id: 'tuesday-late', published: '2026-09-15T18:00:00Z' }),
    textArticle('Nine people are now known to have died in the Orvel valley floods. Schools in Ruel stayed shut.', { id: 'tuesday', published: '2026-09-15T09:00:00Z' }),
  ];
  const development = (newest: readonly Unit[]) => ({ superseded: new Set<number>(), newest: new Set(newest.map(sentenceKey)), outdated: new Set<number>() });
  const opened = (selected: readonly Unit[], newest: readonly Unit[]) => openings(articles, openedOnNewest(readingOrder(selected, articles), selected, development(newest), new Float64Array(0), () => 1, 100, articles, () => 1));

  it('does not open on a newest figure pointing back at what a later sentence introduces ("The floods…" before "Floods swept…")', () => {
    const [flooded, killedNine] = [unitOf(articles, 0, 0), unitOf(articles, 1, 1)];
    expect(opened([flooded, killedNine], [killedNine])).toEqual(['Floods swept the', 'The floods have']);
  });

  it('opens on the latest sentence stating the newest figure that can stand first, not on a later one pointing back', () => {
    const [flooded, killedNine, nineKnown] = [unitOf(articles, 0, 0), unitOf(articles, 1, 1), unitOf(articles, 2, 0)];
    expect(opened([flooded, killedNine, nineKnown], [killedNine, nineKnown])).toEqual(['Nine people are', 'Floods swept the', 'The floods have']);
    expect(opened([flooded, nineKnown], [nineKnown])).toEqual(['Nine people are', 'Floods swept the']);
  });

  it('keeps the reading order when the best sentence stating the newest figure, not selected, cannot stand first; opens on the next best that can (review r6 of facts29)', () => {
    const [flooded, four, killedNine, nineKnown] = [{ ...unitOf(articles, 0, 0), concepts: [1] }, { ...unitOf(articles, 0, 1), concepts: [2] }, { ...unitOf(articles, 1, 1), concepts: [0, 3] }, { ...unitOf(articles, 2, 0), concepts: [0] }];
    const reselected = (units: readonly Unit[], newest: readonly Unit[]) => openings(articles, openedOnNewest(readingOrder([flooded, four], articles), units, development(newest), new Float64Array([1, 1, 1, 1]), () => 1, 100, articles, () => 1));
    expect(reselected([flooded, four, killedNine], [killedNine])).toEqual(['Floods swept the', 'Four people died']);
    expect(reselected([flooded, four, killedNine, nineKnown], [killedNine, nineKnown])[0]).toBe('Nine people are');
  });
});
