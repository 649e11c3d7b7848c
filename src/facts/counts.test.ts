import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, findNumberFacts } from './index.js';

const keyed = (text: string) => findNumberFacts(textArticle(text)).map((fact) => [fact.key, fact.value]);

describe('what a thing costs: budget, price, purchase and valuation', () => {
  const cases: Array<[string, string, number]> = [
    ['The $260 million budget covers 14 kilometres of road.', 'cost:$:', 260_000_000],
    ['The Eastgate bypass will cost $260 million.', 'cost:$:', 260_000_000],
    ['It is a road whose budget now stands at $290 million.', 'cost:$:', 290_000_000],
    ['Pellmark agreed on Tuesday to buy the snack maker Crisfield Brands for $4.1 billion in cash.', 'cost:$:', 4_100_000_000],
    ['Crisfield will be sold for $38 per share, valuing the company at $4.3 billion.', 'cost:$:', 4_300_000_000],
    ["Pellmark's $4.1 billion purchase of Crisfield was approved.", 'cost:$:', 4_100_000_000],
  ];
  it.each(cases)('%s', (text, key, value) => {
    expect(keyed(text)).toContainEqual([key, value]);
  });

  it('keeps a price per share apart from the price of the whole', () => {
    expect(keyed('Pellmark will pay $38 a share for Crisfield.').map(([key]) => key)).not.toContain('cost:$:');
    expect(keyed("Based on Mobil's $75.25 share price a week ago, a takeover would be worth about $70 billion.").filter(([key]) => key === 'cost:$:')).toEqual([['cost:$:', 70_000_000_000]]);
    expect(keyed('Analysts bet oil prices will not reach $100 a barrel, and the new phone will cost $19 each.').map(([key]) => key)).not.toContain('cost:$:');
  });

  it('reads "4.1 billion" as 4100000000, without the binary fraction', () => {
    expect(findNumberFacts(textArticle('The deal is worth $4.1 billion.'))[0].value).toBe(4_100_000_000);
  });

  it('lines up "a $260 million budget" with "will cost $290 million" the same day as a conflict', () => {
    const groups = alignFacts([
      textArticle('The $260 million budget covers 14 kilometres of road.', { id: 'a', published: '2026-05-12' }),
      textArticle('The bypass will cost $290 million, the council said.', { id: 'b', published: '2026-05-12' }),
    ]);
    expect(groups.find((group) => group.key === 'cost:$:')?.status).toBe('conflicting');
  });
});

describe('jobs cut', () => {
  it('reads a cut of jobs, and a cost in jobs as one', () => {
    expect(keyed('Pellmark expects to cut about 1,200 jobs over two years.')).toContainEqual(['cut:job', 1200]);
    expect(keyed('The purchase will cost about 1,200 jobs, the chief executive said.')).toContainEqual(['cut:job', 1200]);
    expect(keyed('The company will lay off 300 workers.')).toContainEqual(['cut:people', 300]);
  });

  it('reads no cut in jobs created after a cost in money ("cost £48 million and create 220 jobs")', () => {
    const facts = keyed('The terminal will cost £48 million and create 220 jobs, the council said.');
    expect(facts).toContainEqual(['cost:£:', 48_000_000]);
    expect(facts.map(([key]) => key)).not.toContain('cut:job');
  });

  it('keeps the cost of repairs to homes a cost, not a cut', () => {
    expect(keyed('Repairs to 40 homes will cost $2 million.')).toContainEqual(['cost:$:', 2_000_000]);
    expect(keyed('Repairs to 40 homes will cost $2 million.').map(([key]) => key)).not.toContain('cut:home');
  });
});

describe('an event after a second count is that count\'s', () => {
  it('reads no injured lorries in "sending two lorries into the water and leaving four people in hospital"', () => {
    const facts = keyed('The bridge collapsed on Saturday, sending two lorries into the water and leaving four people in hospital.');
    expect(facts).toContainEqual(['injured:people', 4]);
    expect(facts.map(([key]) => key)).not.toContain('injured:lorri');
  });

  it('reads the costs after a second amount as that amount\'s: "fined £40,000 and ordered to pay £6,500 in costs" (audit25)', () => {
    const facts = keyed('The firm was fined £40,000 and ordered to pay £6,500 in costs.');
    expect(facts).toContainEqual(['cost:£:', 6_500]);
    expect(facts).not.toContainEqual(['cost:£:', 40_000]);
  });

  it('reads no injured cars in "sending two cars and a van into the water and injuring 14 people" (audit25)', () => {
    const facts = keyed('A span collapsed early on Monday, sending two cars and a delivery van into the water and injuring at least 14 people, the fire service said.');
    expect(facts).toContainEqual(['injured:people', 14]);
    expect(facts.map(([key]) => key)).not.toContain('injured:car');
  });
});

describe('an event word before another count', () => {
  it('is that count\'s, spelled or in digits: "took the lives of three people and knocked out electricity to 18,000 households" kills no households (audit26)', () => {
    const facts = keyed('Storm Idra took the lives of three people and knocked out electricity to roughly 18,000 households while it swept over the coast.');
    expect(facts).toContainEqual(['killed:people', 3]);
    expect(facts.map(([key]) => key)).not.toContain('killed:household');
  });
});

describe('bodies', () => {
  it('are never damaged goods: "found four additional bodies in flooded houses" damages nothing (audit26)', () => {
    const facts = keyed('Rescuers discovered four additional bodies in flooded houses along the Brask River on Tuesday.');
    expect(facts.map(([key]) => key)).not.toContain('damaged:bodi');
  });
});

describe('a speed', () => {
  it('is no distance: "gusts of 140 km/h" and "60 miles per hour" count nothing, "a 12 km walk" does (audit26: "gusts (km): 140 km")', () => {
    expect(keyed('Gusts of 140 km/h tore roofs from houses, and winds of 60 miles per hour felled trees in Fenmarrow.')).toEqual([]);
    expect(keyed('Rescuers walked 12 km to reach the village of Orrin Ford.').map(([, value]) => value)).toEqual([12]);
  });

  it('is not read in mph, kph, km/h, kmh or knots, as the docs say (mend26d: "winds of 90 mph" gave "-:mph:wind 90")', () => {
    expect(keyed('Winds of 90 mph felled trees in Fenmarrow, and gusts reached 70 knots off Orrin Ford.')).toEqual([]);
    expect(keyed('Gusts of 120 kph and 130 kmh tore roofs from houses in Vell.')).toEqual([]);
    expect(keyed('Gusts of 92mph tore roofs from 40 houses in Vell.').map(([, value]) => value)).toEqual([40]);
  });

  it('is a distance per time: pay "an hour" or "per hour" is still a count (mend26d: "15 dollars an hour" gave nothing)', () => {
    expect(keyed('Cleaners at the Orrin depot earn 15 dollars an hour.')).toEqual([['-:$:hour', 15]]);
    expect(keyed('Porters at the Vell terminal are paid 12 euros per hour.').map(([, value]) => value)).toEqual([12]);
    expect(keyed('Drivers earn 30 pounds an hour in Fenmarrow.').map(([, value]) => value)).toEqual([30]);
  });
});

describe('a toll stated in words', () => {
  it('reads a spelled number after a toll as the count it tallies', () => {
    expect(keyed('The death toll from the flooding in Carrowmere stands at four, the office said.')).toContainEqual(['killed:people', 4]);
    expect(keyed('The death toll rose to seven on Sunday.')).toContainEqual(['killed:people', 7]);
  });

  it('reads a toll\'s value as the toll\'s, whatever event word follows it (audit26: "rescuers" made it seven rescued)', () => {
    const facts = keyed('The death toll from Storm Idra rose to seven on Tuesday after rescuers found four more bodies in flooded homes along the Brask River.');
    expect(facts).toContainEqual(['killed:people', 7]);
    expect(facts.map(([key]) => key)).not.toContain('rescued:people');
  });

  it('still reads no count in a spelled number with no counted noun and no toll', () => {
    expect(keyed('The team won four of its games, and the mayor spoke for seven.')).toEqual([]);
    expect(keyed('The new death toll came after the bodies of two more victims were found.').map(([key]) => key)).not.toContain('killed:people');
  });
});

describe('price words and cuts name no event of what they do not fit (DUC 2004, ECB+)', () => {
  it('reads no cost in a count near a price word', () => {
    expect(keyed('The law forces customers of one product to purchase another, or to purchase the two services separately.').filter(([key]) => String(key).startsWith('cost'))).toEqual([]);
    const prize = keyed('The prize that the three scientists will share is now worth $938,000.');
    expect(prize).toContainEqual(['cost:$:', 938_000]);
    expect(prize.map(([key]) => key)).not.toContain('cost:scientist');
  });

  it('reads no cut in a count of cuts, nor in a cut with nothing counted', () => {
    expect(keyed('The recovery was buttressed by three cuts in interest rates.').map(([key]) => key)).not.toContain('cut:people');
    expect(keyed('Shepard suffered a dozen cuts around the head.').map(([key]) => key)).not.toContain('cut:people');
    expect(keyed('Power was cut off to the coastal city of population 167,000.').map(([key]) => key)).not.toContain('cut:');
  });

  it('reads a cost in jobs as a cut, and a cost to other things as none', () => {
    expect(keyed('The shutdown cost their 1,000 businesses some $700,000.').map(([key]) => key)).not.toContain('cut:busi');
  });
});

describe('the people on board (entities23)', () => {
  it('reads passengers and crew as two facts of their own, whatever befalls no one', () => {
    const facts = keyed('The Calder Rose was crossing to Port Hallory with 212 passengers and 31 crew on board.');
    expect(facts).toContainEqual(['aboard:passengers', 212]);
    expect(facts).toContainEqual(['aboard:crew', 31]);
    expect(keyed('Five passengers were treated for smoke inhalation.')).toContainEqual(['injured:people', 5]);
  });

  it('lines up "212 passengers" with "221 passengers" the same day as a conflict', () => {
    const groups = alignFacts([
      textArticle('The ferry was crossing with 212 passengers and 31 crew on board.', { id: 'a', published: '2026-05-11' }),
      textArticle('The ferry caught fire with 221 passengers and 31 crew members aboard.', { id: 'b', published: '2026-05-11' }),
    ]);
    expect(groups.find((group) => group.key === 'aboard:passengers')?.status).toBe('conflicting');
    expect(groups.find((group) => group.key === 'aboard:crew')?.status).toBe('agreed');
  });

  it('reads a counted noun named as an object\'s property ("constructor") as a noun, not as people on board', () => {
    const facts = findNumberFacts(textArticle('The yard hired one constructor in March.'));
    expect(facts.map((fact) => [fact.key, fact.value, fact.label])).toEqual([['-:constructor', 1, 'constructor']]);
  });

  it('keeps the crews of two boats apart when one is named (a yacht race in DUC 2004 gave a false conflict)', () => {
    const groups = alignFacts([
      textArticle('The race office lost contact with the five crew aboard Marren Tide on Sunday.', { id: 'a', published: '2026-05-11' }),
      textArticle('The nine crew on board the second yacht were safe, the race office said.', { id: 'b', published: '2026-05-11' }),
    ]);
    const crews = groups.filter((group) => group.key.startsWith('aboard:crew')).map((group) => [group.key, group.status]);
    expect(crews.sort()).toEqual([['aboard:crew', 'single-source'], ['aboard:crew:marren-tide', 'single-source']]);
  });
});

describe('ages are no counts', () => {
  it('reads no one killed in "died at the age of 85" (ECB+ 4 read 85 people killed)', () => {
    expect(keyed('The singer Mara Lindqvist died on Sunday at the age of 85 after a short illness.')).toEqual([]);
    expect(keyed('Two hikers aged 30 and 34 were killed in the fall.').map(([key]) => key)).toContain('killed:people');
  });
});

describe('the counted noun ends at its plural', () => {
  it('reads "1.2 million customers lost power" as customers, not as "customers lost power"', () => {
    expect(keyed('Nearly 1.2 million customers lost power and two companies employ 640 people.')).toEqual([['-:customer', 1_200_000], ['-:compani', 2], ['-:people', 640]]);
    expect(findNumberFacts(textArticle('Eleven container ships, three glass doors and 20 bus shelters were damaged.')).map((fact) => fact.counted)).toEqual(['container ships', 'glass doors', 'bus shelters']);
  });
});

describe('damage befalls things, not people', () => {
  it('reads no people damaged in "£2 million in damages to 140 residents"', () => {
    expect(keyed('A court ordered the firm to pay £2 million in damages to 140 residents of Kell Road.').map(([key]) => key)).not.toContain('damaged:people');
    expect(keyed('The flood damaged 140 homes on Kell Road.').map(([key]) => key)).toContain('damaged:home');
  });
});

describe('who does a thing is not the thing done (audit27: "two spacewalkers" against "three spacewalks")', () => {
  it('keys an English noun of a doer apart from the noun of the deed, where the stemmer cuts both to one stem', () => {
    expect(keyed('Two spacewalkers will fit the antenna.')).toEqual([['-:spacewalker', 2]]);
    expect(keyed('The crew will make three spacewalks.')).toEqual([['-:spacewalk', 3]]);
  });

  it('finds no dispute between the walkers and the walks of one mission', () => {
    const planned = textArticle('The Orlen Station crew of the shuttle Kestrel will make three spacewalks to fit the new solar wing, the agency said.', { id: 'planned' });
    const crew = textArticle('Two spacewalkers from the shuttle Kestrel will fit the new solar wing on the Orlen Station, the agency said.', { id: 'crew' });
    const groups = alignFacts([planned, crew]);
    expect(groups.filter((group) => group.values.length > 1)).toEqual([]);
  });
});

describe('a doer noun whose stem ends in "er" (mend27d: "two murderers" against "three murders")', () => {
  it.each([
    ['Two murderers escaped from the Orrin jail.', '-:murderer'],
    ['Three murders shook Orrin.', '-:murder'],
    ['Two caterers served the guests in Orrin.', '-:caterer'],
    ['Three caters served the guests in Orrin.', '-:cater'],
    ['Orrin has 40 numbers.', '-:number'],
    ['The firm lost 3 customers.', '-:customer'],
    ['Two spacewalkers will fit the antenna.', '-:spacewalker'],
  ])('%s → %s', (text, key) => {
    expect(keyed(text).map(([found]) => found)).toEqual([key]);
  });

  it('finds no dispute between the murderers and the murders', () => {
    const escaped = textArticle('Two murderers escaped from the Orrin jail on Tuesday, police said.', { id: 'escaped' });
    const killings = textArticle('Three murders shook Orrin on Tuesday, police said.', { id: 'killings' });
    expect(alignFacts([escaped, killings]).filter((group) => group.status === 'conflicting')).toEqual([]);
  });
});

describe('a range writes its unit once, after its upper end (audit27: "between 40 and 80 percent damage" disputed "no damage")', () => {
  it('reads the unit after the upper end as the whole range\'s', () => {
    const read = (text: string) => findNumberFacts(textArticle(text)).map((fact) => [fact.key, fact.value, fact.upper, fact.unit]);
    expect(read('Between 40 and 80 percent of the homes in Orrin were damaged.')).toEqual([['-:percent:home', 40, 80, 'percent']]);
    expect(read('Between 40 and 80% of the homes in Orrin were damaged.')).toEqual([['-:percent:home', 40, 80, 'percent']]);
    expect(read('The fire burned 5 to 10 km of forest near Orrin.')).toEqual([['-:km:forest', 5, 10, 'km']]);
    expect(read('Between 30 and 40 people were injured in Orrin.')).toEqual([['injured:people', 30, 40, undefined]]);
  });

  it('finds no dispute between a share of damage and no damage', () => {
    const share = textArticle('Houses in the village of Orrin suffered between 40 and 80 percent damage, officials said.', { id: 'share' });
    const count = textArticle('The quake caused no damage in Orrin, officials said.', { id: 'count' });
    expect(alignFacts([share, count]).filter((group) => group.values.length > 1)).toEqual([]);
  });
});

describe('a multiplier written once, after a range\'s upper end, scales its lower end too (mend27d: "between 2 and 3 million dollars" read as $2 to $3,000,000)', () => {
  const read = (text: string, language = 'en') => findNumberFacts(textArticle(text, { language })).map((fact) => [fact.key, fact.value, fact.upper, fact.unit]);

  it.each([
    ['Thieves took between 2 and 3 million dollars from the Orrin bank, police said.', 'en', [['-:$:orrin', 2_000_000, 3_000_000, '$']]],
    ['Zwischen 2 und 3 Millionen Euro wurden aus der Bank in Orrin gestohlen, sagte die Polizei.', 'de', [['-:euros:bank', 2_000_000, 3_000_000, 'euros']]],
    ['From 2 to 3 billion dollars will be spent on the Orrin bridge, officials said.', 'en', [['-:$:spent', 2_000_000_000, 3_000_000_000, '$']]],
    ['The Orrin bridge will cost 2 to 3 billion dollars, officials said.', 'en', [['cost:$:', 2_000_000_000, 3_000_000_000, '$']]],
    ['The Orrin bridge will cost 2 billion dollars, officials said.', 'en', [['cost:$:', 2_000_000_000, undefined, '$']]],
    ['Between 500 and 1 million people lined the Orrin shore, police said.', 'en', [['-:people', 500, 1_000_000, undefined]]],
  ])('%s (%s)', (text, language, facts) => {
    expect(read(text, language)).toEqual(facts);
  });

  it('finds no agreement between "between 2 and 3 million dollars" and "2 dollars"', () => {
    const range = textArticle('Thieves took between 2 and 3 million dollars from the Orrin bank on Tuesday, police said.', { id: 'range' });
    const small = textArticle('Thieves took 2 dollars from the Orrin bank on Tuesday, police said.', { id: 'small' });
    expect(alignFacts([range, small]).filter((group) => group.status === 'agreed')).toEqual([]);
  });
});
