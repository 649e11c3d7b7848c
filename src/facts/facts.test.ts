import { describe, expect, it } from 'vitest';
import { spanText, type Article, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readInputs } from '../read/index.js';
import { available, EXAMPLES, SEEDS } from '../read/test-support/shared-data.js';
import { seedArticles, textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, articleAnalysis, compatible, findDateFacts, findNumberFacts, independentSources, storyReport, type FactGroup, type Qualifier } from './index.js';

describe('findNumberFacts', () => {
  const cases: Array<[string, number, Qualifier, string, string | undefined]> = [
    ['The US launched 59 cruise missiles on the airfield.', 59, 'exact', 'fired:missil', undefined],
    ['The attack killed over 80 people, many of them children.', 80, 'more-than', 'killed:people', undefined],
    ['More than 80 people were killed.', 80, 'more-than', 'killed:people', undefined],
    ['Officials said 1,200 people were evacuated.', 1200, 'exact', 'evacuated:people', undefined],
    ['Repairs will cost an estimated $45 million.', 45_000_000, 'about', 'cost:$:', '$'],
    ['Repairs will cost an estimated A$45 million.', 45_000_000, 'about', 'cost:A$:', 'A$'],
    ['The river reached 4.8 metres above its normal level.', 4.8, 'exact', '-:metres:normal', 'metres'],
    ['At least twenty homes were damaged.', 20, 'at-least', 'damaged:home', undefined],
    ['Nearly two dozen people were injured.', 24, 'nearly', 'injured:people', undefined],
    ['Two people were treated for minor injuries.', 2, 'exact', 'injured:people', undefined],
    ['No deaths have been reported.', 0, 'exact', 'killed:people', undefined],
    ['No one was injured in the flood.', 0, 'exact', 'injured:people', undefined],
    ['A fire killed at least 60 people.', 60, 'at-least', 'killed:people', undefined],
    ['Between 1,000 and 1,500 people were buried.', 1000, 'range', '-:people', undefined],
    ['The board agreed on $4.2 billion Friday for the merger.', 4_200_000_000, 'exact', '-:$:merger', '$'],
    ['Three yachts remain missing after the storm.', 3, 'exact', 'missing:yacht', undefined],
    ['12 Marines were killed in the attack.', 12, 'exact', 'killed:people', undefined],
    ['Turnout rose to 45% of voters.', 45, 'exact', '-:percent:voter', 'percent'],
    ['The town of Gadera lies within 20 miles of Tel Aviv.', 20, 'up-to', '-:miles:tel', 'miles'],
    ['The council had asked for £3.5 million to repair the seafront.', 3_500_000, 'exact', '-:£:sought', '£'],
    ['The council sought £3 million from the government to mend the seafront.', 3_000_000, 'exact', '-:£:sought', '£'],
    ['Cole won the seat by a majority of 1,204 on Monday.', 1204, 'exact', '-:major', undefined],
  ];
  it.each(cases)('%s', (text, value, qualifier, key, unit) => {
    const [fact] = findNumberFacts(textArticle(text)).filter((found) => found.key !== '-:people' || key === '-:people');
    expect(fact).toMatchObject({ value, qualifier, key });
    expect(fact.unit).toBe(unit);
  });

  it('leaves out years, clock times, ages, times ago, distances, identifiers and "one of"; a duration has no event', () => {
    const article = textArticle(
      'Built in 1958, the dam failed at 4:52 a.m. and at 5 a.m. Martin Osgood, 62, waited 36 hours. One of the gates held. Flight 447 went missing on Route 66 in a Category 5 storm. About ten years ago, two weeks earlier than planned, tours ran from 9 to 11 a.m. Police were called to the 100 block of Aupuni Street.',
    );
    expect(findNumberFacts(article).map((fact) => [fact.key, fact.value, fact.event])).toEqual([['-:hour', 36, undefined]]);
    expect(findNumberFacts(textArticle('Nine people were killed in the past 24 hours.')).map((fact) => [fact.key, fact.value])).toEqual([['killed:people', 9]]);
    expect(findNumberFacts(textArticle('Air France flight 447 went missing over the Atlantic.'))).toEqual([]);
    expect(findNumberFacts(textArticle('The blast destroyed a house two doors away from the pub, and a neighbour three streets away was injured.'))).toEqual([]);
  });

  it('reads a one-letter unit only in lower case: "2025 M St. NW" is an address (SemEval news text)', () => {
    const article = textArticle('The radio is at 2025 M St. NW in Washington. The crane lifted the span 40 m above the river.');
    expect(findNumberFacts(article).map((fact) => [fact.value, fact.unit])).toEqual([[40, 'metres']]);
  });

  it('counts after a lowercase identifier word: "after the flight 12 people were taken to hospital"', () => {
    expect(findNumberFacts(textArticle('After the flight 12 people were taken to hospital.')).map((fact) => [fact.key, fact.value])).toEqual([['injured:people', 12]]);
  });

  it('reads money the damage comes to as a cost, not as something damaged ("damaged ($)")', () => {
    const keys = (text: string) => findNumberFacts(textArticle(text)).map((fact) => [fact.key, fact.label, fact.value]);
    expect(keys('The damage was estimated at $8 million.')).toEqual([['cost:$:', 'cost ($)', 8_000_000]]);
    expect(keys('Repairs will cost $11 million, the owners said.')).toEqual([['cost:$:', 'cost ($)', 11_000_000]]);
    expect(keys('The storm damaged 40 homes.').map(([key]) => key)).toEqual(['damaged:home']);
  });

  it('counts employees as people, as workers are: a rewrite\'s "two employees were rushed to hospital" lines up with "two workers were taken to hospital"', () => {
    const keys = (text: string) => findNumberFacts(textArticle(text)).map((fact) => [fact.key, fact.value]);
    expect(keys('Two employees were rushed to hospital with smoke inhalation.')).toEqual([['injured:people', 2]]);
    expect(keys('Two workers were taken to hospital with smoke inhalation.')).toEqual([['injured:people', 2]]);
  });

  it('names no event that cannot befall what is counted', () => {
    const article = textArticle(
      'Xu was arrested in police raids in two cities. Police arrested 12 activists. Two pilots were killed. Police rescued 200 dogs. Mexico sent aid to feed its 23 million people. A helicopter flew about 50 nautical miles to rescue the crew.',
    );
    expect(findNumberFacts(article).map((fact) => [fact.label, fact.value])).toEqual([
      ['cities', 2],
      ['activists arrested', 12],
      ['pilots killed', 2],
      ['dogs rescued', 200],
      ['people', 23_000_000],
      ['rescue (nautical miles)', 50],
    ]);
  });

  it('reads an escape as no evacuation: perpetrators fleeing, fleeing after a deed, fleeing the scene', () => {
    const article = textArticle(
      'Four men robbed the jewellery store before fleeing in a silver car. Two gunmen fled the scene. Police said three suspects fled after the robbery. About 3,000 residents fled their homes as the river rose. About 400 people sought shelter after fleeing their homes.',
    );
    expect(findNumberFacts(article).map((fact) => [fact.label, fact.value])).toEqual([['people', 4], ['gunmen', 2], ['suspects', 3], ['people evacuated', 3000], ['people evacuated', 400]]);
  });

  it('reads "$3.1 million to 620 households" as money and a count, not a range; "$2 million to 3 million" and "$30 to 40 a share" stay ranges', () => {
    const facts = (text: string) => findNumberFacts(textArticle(text)).map((fact) => [fact.value, fact.upper ?? null]);
    expect(facts('The fund had paid out $3.1 million to 620 households so far.')).toEqual([[3_100_000, null], [620, null]]);
    expect(facts('Repairs will cost $2 million to 3 million.')).toEqual([[2_000_000, 3_000_000]]);
    expect(facts('The shares sold for $30 to 40 a share.')).toEqual([[30, 40]]);
  });

  it('gives money no event that befalls people: "she saved £1,621" is no rescue', () => {
    const article = textArticle('She saved £1,621.69 over the year. Crews rescued 40 people from the roofs.');
    expect(findNumberFacts(article).map((fact) => [fact.label, fact.value])).toEqual([['year (£)', 1621.69], ['people rescued', 40]]);
  });

  it('marks values the article gives as superseded', () => {
    const article = textArticle('Inspectors counted 410 homes damaged, up from 340 homes on Saturday. The bill rose to $60 million, from $45 million a day earlier.');
    expect(findNumberFacts(article).map((fact) => [fact.value, fact.previous ?? false])).toEqual([[410, false], [340, true], [60_000_000, false], [45_000_000, true]]);
  });

  it('points the fact and its value at the text', () => {
    const article = textArticle('The attack killed more than 80 people.');
    const [fact] = findNumberFacts(article);
    expect([spanText(article.text, fact.span), spanText(article.text, fact.valueSpan)]).toEqual(['more than 80 people', '80']);
  });

  it('states both events of "killed or injured"', () => {
    expect(findNumberFacts(textArticle('No one was killed or injured in the attack.')).map((fact) => fact.key)).toEqual(['killed:people', 'injured:people']);
  });

  it('reads a zero only of people or of an event', () => {
    const article = textArticle('There was no sign of the missing yachts. No residents were evacuated. There were no deaths.');
    expect(findNumberFacts(article).map((fact) => [fact.key, fact.value])).toEqual([['evacuated:people', 0], ['killed:people', 0]]);
  });

  it('reads no count in an age written with spaced hyphens, as tokenized corpora write it (ECB+)', () => {
    expect(findNumberFacts(textArticle('Officers shot and killed a 16 - year - old resident on Saturday.'))).toEqual([]);
  });

  it('reads "no serious" as a zero only when an injury follows, not of "serious health problems" (DUC 2004)', () => {
    const article = textArticle('The mayor has no serious health problems. There were no serious injuries.');
    expect(findNumberFacts(article).map((fact) => [fact.key, fact.value])).toEqual([['critical:people', 0]]);
  });

  it('labels money by the verb that spends it, not the next word (DUC 2004, ECB+)', () => {
    const labels = (text: string) => findNumberFacts(textArticle(text)).filter((fact) => fact.unit === '$').map((fact) => fact.label);
    expect(labels('The fund had paid out $3.1 million to 620 households so far.')).toEqual(['paid ($)']);
    expect(labels('The league fined him $25,000 on Monday.')).toEqual(['fined ($)']);
    expect(labels('The team raised about $200,000 at lunch.')).toEqual(['raised ($)']);
  });

  it('labels a measure by the noun it belongs to through "of" (DUC 2004, ECB+)', () => {
    const labels = (text: string) => findNumberFacts(textArticle(text)).map((fact) => fact.label);
    expect(labels('Winds and seas of 35 feet caused havoc to the fleet.')).toEqual(['seas (feet)']);
    expect(labels('The quake struck at a depth of 10 kilometers under the sea.')).toEqual(['depth (km)']);
  });
});

describe('findDateFacts', () => {
  const published = '2017-04-12';
  const cases: Array<[string, string, string | undefined]> = [
    ['The attack happened on April 4, 2017.', '2017-04-04', 'absolute'],
    ['The US struck an airfield last Thursday.', '2017-04-06', 'published'],
    ['They met on Wednesday in Moscow.', '2017-04-12', 'published'],
    ['The gate failed on Tuesday.', '2017-04-11', 'published'],
    ['The talks will resume on Friday.', '2017-04-14', 'published'],
    ['The vote is set for Oct. 19.', '2017-10-19', 'published'],
    ['Talks began on 3 July 2013.', '2013-07-03', 'absolute'],
    ['The dam passed its inspection in October 2025.', '2025-10', 'absolute'],
    ['The road will be built in stages, with work starting on March 10 next year.', '2018-03-10', 'published'],
    ['The plant opened on June 3 last year.', '2016-06-03', 'published'],
  ];
  it.each(cases)('%s', (text, iso, basis) => {
    const [fact] = findDateFacts(textArticle(text, { published }));
    expect(fact).toMatchObject({ iso, basis });
  });

  it('reads "failed to" as no failure: "stopped releasing water on Sunday after the forecast rain failed to arrive"', () => {
    const article = textArticle('The operator said it had stopped releasing water on Sunday after the forecast rain failed to arrive.', { published: '2026-03-22' });
    expect(findDateFacts(article).map((fact) => [fact.iso, fact.key])).toEqual([['2026-03-22', undefined]]);
  });

  it('reads a participle after a determiner as describing a thing: "repairing the breached embankment on Sunday" dates no breach', () => {
    const article = textArticle('Engineers began repairing the breached flood embankment on Sunday.', { published: '2026-03-22' });
    // Sunday is when the repairs began (facts29: "began" is a dated event), not when the embankment failed.
    expect(findDateFacts(article).map((fact) => [fact.iso, fact.key])).toEqual([['2026-03-22', 'when:began']]);
  });

  it('ties a date to the event nearest it in its clause', () => {
    const article = textArticle('The company said on Sunday that sensors recorded the gate\'s failure at 4:52 a.m. on Saturday.', { published: '2026-03-15' });
    expect(findDateFacts(article).map((fact) => [fact.iso, fact.key])).toEqual([['2026-03-15', undefined], ['2026-03-14', 'when:failed']]);
  });

  it('reads an undated article against the latest full date it writes', () => {
    const [fact] = findDateFacts(textArticle('Tillerson arrived on Wednesday. A photo was taken on April 12, 2017.'));
    expect(fact).toMatchObject({ iso: '2017-04-12', basis: 'text' });
  });

  it('reads a word every object has a property of ("constructor") as no month, unit or number: no date "2024-function Object() …-12"', () => {
    const article = textArticle('Officials said 12 constructor workers were hurt on Monday.', { published: '2024-03-14' });
    expect(findDateFacts(article).map((fact) => fact.iso)).toEqual(['2024-03-11']);
    expect(findNumberFacts(article).map((fact) => [fact.key, fact.value])).toEqual([['injured:people', 12]]);
  });
});

describe('compatible', () => {
  const table: Array<[number, Qualifier, number, Qualifier, boolean]> = [
    [80, 'more-than', 80, 'more-than', true],
    [80, 'at-least', 86, 'exact', true],
    [80, 'more-than', 80, 'exact', false],
    [1200, 'about', 1400, 'about', false],
    [180, 'about', 173, 'exact', true],
    [40, 'exact', 43, 'at-least', false],
    [0, 'exact', 1, 'exact', false],
    [2000, 'nearly', 1900, 'exact', true],
    [15000, 'up-to', 12000, 'exact', true],
  ];
  it.each(table)('%s %s and %s %s: %s', (a, qa, b, qb, expected) => {
    expect(compatible({ value: a, qualifier: qa }, { value: b, qualifier: qb })).toBe(expected);
  });
});

describe('alignFacts', () => {
  const day = (text: string, id: string, published: string) => textArticle(text, { id, published });

  it('dates a claim by when its text was last modified: a reprint corrected the next day revises, it does not disagree the same day', () => {
    const wire = textArticle('Two workers were taken to hospital with smoke inhalation, the fire service said.', { id: 'wire', published: '2026-11-14' });
    const corrected = { ...textArticle('Three workers were taken to hospital with smoke inhalation, the fire service said.', { id: 'sentinel', published: '2026-11-14T09:30:00Z' }), modified: '2026-11-15T08:10:00Z' };
    const [injured] = alignFacts([wire, corrected]).filter((group) => group.key === 'injured:people');
    expect(injured.status).toBe('updated');
    expect(injured.values.map((value) => [value.value, value.sources.map((source) => source.day)])).toEqual([[2, ['2026-11-14']], [3, ['2026-11-15']]]);
  });

  it('agrees on compatible values, conflicts on the same day, updates across days', () => {
    const groups = alignFacts([
      day('The attack killed more than 80 people. Officials said 1,200 people were evacuated.', 'a', '2017-04-07'),
      day('The attack killed over 80 people. Officials said 1,400 people were evacuated.', 'b', '2017-04-07'),
      day('The attack killed 86 people. Officials said 1,650 people were evacuated.', 'c', '2017-04-08'),
    ]);
    const status = (key: string): FactGroup['status'] | undefined => groups.find((group) => group.key === key)?.status;
    expect(status('killed:people')).toBe('agreed');
    expect(status('evacuated:people')).toBe('conflicting');
    expect(groups.find((group) => group.key === 'evacuated:people')?.values.map((value) => [value.value, value.sources.map((source) => source.article)])).toEqual([[1200, ['a']], [1400, ['b']], [1650, ['c']]]);
  });

  it('counts the articles of one outlet, and a copy with what it copies, as one source: their agreement is no corroboration', () => {
    const articles = [
      { ...day('The storm killed 12 people. About 300 homes were damaged.', 'wire', '2017-04-07'), outlet: 'Valley Wire' },
      { ...day('The storm killed 12 people, the wire said.', 'wire-update', '2017-04-07'), outlet: 'Valley Wire' },
      day('The storm killed 12 people. About 300 homes were damaged.', 'reprint', '2017-04-07'),
      day('The storm killed at least 12 people.', 'courier', '2017-04-07'),
    ];
    const sources = independentSources(articles, [{ article: 'reprint', source: 'wire' }]);
    expect([...new Set(sources.values())]).toHaveLength(2);
    const groups = alignFacts(articles, undefined, [], sources);
    const group = (key: string) => groups.find((candidate) => candidate.key === key);
    expect([group('killed:people')?.status, group('killed:people')?.sources, group('killed:people')?.independent]).toEqual(['agreed', 4, 2]);
    expect([group('damaged:home')?.status, group('damaged:home')?.sources, group('damaged:home')?.independent]).toEqual(['single-source', 2, 1]);
    expect(alignFacts(articles).find((candidate) => candidate.key === 'damaged:home')?.status).toBe('agreed');
  });

  it('calls reports told minutes apart the same day, whatever dates their zones write; hours apart across midnight, an update', () => {
    const evening = day('Officials said 1,200 people were evacuated.', 'pacific', '2026-08-14T23:30:00-08:00');
    const morning = day('Officials said 1,400 people were evacuated.', 'europe', '2026-08-15T08:45:00+01:00');
    const status = (articles: SegmentedArticle[]) => alignFacts(articles).find((group) => group.key === 'evacuated:people')?.status;
    expect(status([evening, morning])).toBe('conflicting');
    expect(status([day('Officials said 1,200 people were evacuated.', 'late', '2026-08-14T21:30:00Z'), day('Officials said 1,400 people were evacuated.', 'next', '2026-08-15T08:00:00Z')])).toBe('updated');
    expect(status([day('Officials said 1,200 people were evacuated.', 'dated', '2026-08-14'), day('Officials said 1,400 people were evacuated.', 'early', '2026-08-15T01:00:00Z')])).toBe('updated');
  });

  it('calls values conflicting, not updated, when one of the articles has no date', () => {
    const groups = alignFacts([
      day('Officials said 1,200 people were evacuated.', 'a', '2017-04-07'),
      textArticle('Officials said 1,400 people were evacuated.', { id: 'b' }),
    ]);
    expect(groups.find((group) => group.key === 'evacuated:people')?.status).toBe('conflicting');
  });

  it('keeps dates weeks apart as two occasions, and a date a day off as a disagreement', () => {
    const groups = alignFacts([
      day('The two leaders met on December 3, 1998, in Ankara.', 'a', '1998-12-04'),
      day('The two leaders met on December 28, 1998, in Ankara.', 'b', '1998-12-29'),
      day('The two leaders met on December 27, 1998, in Ankara.', 'c', '1998-12-29'),
    ]);
    expect(groups.filter((group) => group.key.startsWith('when:met')).map((group) => [group.status, group.values.map((value) => value.value)])).toEqual([
      ['conflicting', ['1998-12-28', '1998-12-27']],
      ['single-source', ['1998-12-03']],
    ]);
  });

  it('keeps different magnitudes apart and single sources alone', () => {
    const groups = alignFacts([
      day('The strike killed 40 people. The war has killed more than 600 people.', 'a', '2009-01-07'),
      day('The strike killed 40 people.', 'b', '2009-01-07'),
    ]);
    expect(groups.map((group) => [group.key, group.status, group.sources])).toEqual([['killed:people', 'agreed', 2]]);
    const totals = alignFacts([day('The war has killed more than 600 people. A strike killed 40 people.', 'a', '2009-01-07'), day('The strike killed 40 people.', 'b', '2009-01-07')]);
    expect(totals.map((group) => [group.key, group.status])).toEqual([['killed:people#1', 'single-source'], ['killed:people#2', 'single-source']]);
  });

  it('gives values that can all be true one reading: "340" and "about 340" against "410"', () => {
    const [group] = alignFacts([
      day('Officials said 340 homes were damaged.', 'a', '2026-03-14'),
      day('Officials said 410 homes were damaged.', 'b', '2026-03-14'),
      day('Officials said about 340 homes were damaged.', 'c', '2026-03-14'),
      day('Officials said more than 400 homes were damaged.', 'd', '2026-03-14'),
    ]);
    expect(group.status).toBe('conflicting');
    expect(group.values.map((value) => [value.qualifier, value.value, value.reading])).toEqual([
      ['exact', 340, 0],
      ['about', 340, 0],
      ['more-than', 400, 1],
      ['exact', 410, 1],
    ]);
    const agreed = alignFacts([day('The attack killed more than 80 people.', 'a', '2017-04-07'), day('The attack killed 86 people.', 'b', '2017-04-07')]);
    expect(agreed.map((found) => [found.status, found.values.map((value) => value.reading)])).toEqual([['agreed', [0, 0]]]);
  });

  it('rejects bad options', () => {
    expect(() => alignFacts([], { magnitudeFactor: 1 })).toThrow(/magnitudeFactor/);
    expect(() => alignFacts([], { aboutTolerance: 2 })).toThrow(/aboutTolerance/);
    expect(() => alignFacts({} as never)).toThrow(/^tidings: expected an array of segmented articles/);
  });
});

/** Story A of the examples: the dam failure's reports of 14 and 15 March (not the inquiry of 30 March). */
function storyAOf(articles: readonly Article[]): SegmentedArticle[] {
  return articles.map((article) => prepare(article)).filter((article) => /Brenmouth|Velmar|Corrin/.test(article.text) && (article.published ?? '') < '2026-03-16');
}

describe('the bundled examples: planted disagreements', async () => {
  const { articles: read } = await readInputs([EXAMPLES]);
  const storyA = storyAOf(read);
  const groups = alignFacts(storyA);
  const byKey = (key: string): FactGroup => groups.find((group) => group.key === key)!;
  const valuesOn = (key: string, published: string) => byKey(key).values.filter((value) => value.sources.some((source) => source.day === published)).map((value) => value.value);

  it('finds every disagreement of 14 March and of 15 March', () => {
    expect(byKey('evacuated:people').status).toBe('conflicting');
    expect(valuesOn('evacuated:people', '2026-03-14')).toEqual([1200, 1400]);
    expect(valuesOn('injured:people', '2026-03-14')).toEqual([3, 5]);
    expect(valuesOn('killed:people', '2026-03-14')).toEqual([0, 1]);
    expect(valuesOn('when:failed', '2026-03-14')).toEqual(['2026-03-14', '2026-03-13']);
    expect(valuesOn('damaged:home', '2026-03-15')).toEqual([410, 450]);
    for (const key of ['evacuated:people', 'injured:people', 'killed:people', 'when:failed', 'damaged:home']) expect(byKey(key).status).toBe('conflicting');
  });

  it('sees agreement and day-to-day updates as what they are', () => {
    expect(byKey('-:metres:normal')).toMatchObject({ status: 'updated', sources: 6 });
    expect(byKey('cost:$:').values.map((value) => value.value)).toEqual([45_000_000, 60_000_000]);
    expect(byKey('-:km:upstream')).toMatchObject({ status: 'agreed', sources: 3 });
  });

  it('labels measures by what they measure, the unit in brackets', () => {
    expect(byKey('cost:$:').label).toBe('cost ($)');
    expect(byKey('-:metres:normal').label).toBe('above normal (metres)');
    expect(byKey('-:km:upstream').label).toBe('upstream (km)');
    expect(byKey('damaged:home').label).toBe('homes damaged');
  });
});

describe('storyReport', async () => {
  const { articles: read } = await readInputs([EXAMPLES]);
  const storyA = storyAOf(read);

  it('puts quotes, entities, facts and the timeline side by side without changing the articles', () => {
    const before = JSON.stringify(storyA);
    const report = storyReport(storyA);
    expect(JSON.stringify(storyA)).toBe(before);
    expect(report.timeline.map((entry) => entry.published?.slice(0, 10))).toEqual(['2026-03-14', '2026-03-14', '2026-03-14', '2026-03-14', '2026-03-15', '2026-03-15']);
    expect(report.quotes[0]).toMatchObject({ articles: 3 });
    expect(report.entities.map((entity) => entity.name)).toContain('Tomas Keldren');
    expect(report.facts.filter((group) => group.status === 'conflicting').length).toBeGreaterThanOrEqual(5);
  });

  it('names the mayor the two Trevik reports spell differently, and no one in story A', () => {
    const trevik = read.map((article) => prepare(article)).filter((article) => /Trevik/.test(article.text));
    expect(storyReport(trevik).spellings.map((variant) => variant.spellings.map((spelling) => [spelling.name, spelling.articles.length]))).toEqual([
      [['Sorin Valec', 1], ['Sorin Valek', 1]],
    ]);
    expect(storyReport(storyA).spellings).toEqual([]);
  });

  it("makes the same report from each article's analysis as kept by a store (JSON) as from the articles alone", () => {
    const analyses = storyA.map((article) => JSON.parse(JSON.stringify(articleAnalysis(article))));
    expect(storyReport(storyA, { analyses })).toEqual(storyReport(storyA));
    expect(analyses.every((analysis, index) => analysis.entities.article === storyA[index].id && analysis.claims.every((claim: { article: string }) => claim.article === storyA[index].id))).toBe(true);
  });

  it('rejects what is not an array of segmented articles', () => {
    expect(() => storyReport('x' as never)).toThrow(/^tidings: expected an array of articles/);
    expect(() => storyReport([], { copies: [{ article: 'a' }] as never })).toThrow(/^tidings: expected copies as an array of \{article, source\} ids/);
    expect(() => storyReport(storyA, { analyses: storyA.slice(1).map((article) => articleAnalysis(article)) })).toThrow(/^tidings: expected analyses as an array of the read articles' articleAnalysis, in their order/);
  });
});

describe.skipIf(!available(SEEDS, 'facts on the seeds'))('facts on the two seeds', () => {
  const articles = seedArticles();

  it('reads the strike, its toll and the dates of the TRT World report', () => {
    const [trt] = articles;
    expect(findNumberFacts(trt).map((fact) => [spanText(trt.text, fact.span), fact.key])).toEqual([['59 cruise missiles', 'fired:missil'], ['over 80 people', 'killed:people']]);
    expect(findDateFacts(trt).map((fact) => [spanText(trt.text, fact.span), fact.iso])).toContainEqual(['last Thursday', '2017-04-06']);
  });

  it('names the Lavrov of the wire copy by the full name the other report gives', () => {
    const report = storyReport(articles);
    expect(report.quotes.find((quote) => quote.speaker === 'Sergei Lavrov' && quote.occurrences[0].article === articles[1].id)).toBeDefined();
  });
});
