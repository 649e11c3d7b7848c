import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { articleEntities } from './index.js';
import { FEMALE_NAMES, isGivenName, MALE_NAMES, namesAfterGivenNames } from './given-names.js';

/** `[name, type]` of each entity of `text`. */
const typed = (text: string): Array<[string, string]> => articleEntities(textArticle(text)).entities.map((entity) => [entity.name, entity.type]);

describe('months that are given names (names27)', () => {
  it('reads a month before another name word as a given name', () => {
    expect(typed('Jan Varga was named captain on Tuesday.')).toEqual([['Jan Varga', 'person']]);
    expect(typed('May Chen said the plan worked. Chen may run again.')).toEqual([['May Chen', 'person']]);
    expect(typed('April Ross and June Okafor left the harbour.')).toEqual([['April Ross', 'person'], ['June Okafor', 'person']]);
  });

  it('reads a month after a known given name as a surname', () => {
    expect(typed('Brian May met the press. Prime Minister Brian May spoke.')).toEqual([['Brian May', 'person']]);
  });

  it('keeps a month a month before a number, after "in", between months, before "Day" and before a stopword', () => {
    expect(typed('The vote is on Jan 5, Tom Reed said.')).toEqual([['Tom Reed', 'person']]);
    expect(typed('In May Chen said it worked.')).toEqual([['Chen', 'person']]);
    expect(typed('Sales fell between May and June Okafor said.')).toEqual([['Okafor', 'person']]);
    expect(typed('May Day marches filled the streets of Velsk.')).toEqual([['Velsk', 'place']]);
    expect(typed('Brian May 5 was the day.')).toEqual([['Brian', 'person']]);
    expect(typed('May I help you? Tom Reed asked.')).toEqual([['Tom Reed', 'person']]);
  });
});

describe('given names that are also words or places (names27)', () => {
  it('reads a given name that is a country, a state or a capital as a given name before a surname', () => {
    expect(typed('Coach Jordan Pike said the team would win. The team flew to Jordan.')).toEqual([['Jordan Pike', 'person'], ['Jordan', 'place']]);
    expect(typed('Georgia Reed met Sofia Marsh in Texas.')).toEqual([['Georgia Reed', 'person'], ['Sofia Marsh', 'person'], ['Texas', 'place']]);
  });

  it('reads a given name before a surname that is a place word as a person', () => {
    expect(typed('Ivy Hall and Robin Field spoke. Victoria Park was full.')).toEqual([['Ivy Hall', 'person'], ['Robin Field', 'person'], ['Victoria Park', 'place']]);
  });

  it('keeps a place a place, and an index no one, where a widened given name stands (DUC 2004)', () => {
    expect(typed('Rep. Bob Barr, a Georgia Republican, spoke.')).toEqual([['Bob Barr', 'person'], ['Georgia', 'place']]);
    expect(typed('He drove from Wayne, Neb., to the coast.')).toEqual([['Wayne', 'place'], ['Nebraska', 'place']]);
    expect(typed('The Russell 2000 index rose, Tom Reed said.')).toEqual([['Tom Reed', 'person']]);
  });
});

describe('a given name alone that also names a city (mend27b)', () => {
  it('reads it as the city after a place preposition, before a noun or with no sign of a person', () => {
    for (const [text, name] of [['The rally in Austin ended.', 'Austin'], ['Police in Eugene said so.', 'Eugene'], ['The march went near Austin on Friday.', 'Austin'], ['Austin police said the road was shut.', 'Austin'], ['Storms hit Austin on Monday.', 'Austin'], ['Troy was flooded.', 'Troy']]) {
      expect(typed(text)).toEqual([[name, 'place']]);
    }
  });

  it('reads it as a person with a speech verb, an age, or a surname in the article', () => {
    expect(typed('Austin said the plan worked.')).toEqual([['Austin', 'person']]);
    expect(typed('Charlotte, 34, said so.')).toEqual([['Charlotte', 'person']]);
    expect(typed('Austin Reed met the press. Austin smiled.')).toEqual([['Austin Reed', 'person']]);
    expect(typed('Eugene Reed won the seat. Police in Eugene said so.')).toEqual([['Eugene Reed', 'person'], ['Eugene', 'place']]);
  });

  it('reads it as a person after a kin noun, and no city before a person\'s verb: the signs any given name shows (mend28)', () => {
    expect(typed('The flood reached the farm of her son Austin on Monday.')).toEqual([['Austin', 'person']]);
    expect(typed('The fans cheered as Troy scored twice.').filter(([, type]) => type === 'place')).toEqual([]);
  });
});

describe('namesAfterGivenNames: what follows the given names, read in one pass (mend29)', () => {
  it('finds the surnames after given names and the city-named given names written before one', () => {
    const article = textArticle("Austin Reed met Sarah Scott's crew. Austin Police closed Troy Road. The troy weights rose.");
    const found = namesAfterGivenNames(article);
    expect([...found.surnames].sort()).toEqual(['police', 'reed', 'road', 'scott']);
    expect([...found.citiesBeforeSurnames]).toEqual(['austin']);
    expect(namesAfterGivenNames(article)).toBe(found);
  });
});

describe('a given name that is a place before a school, a building or a region (mend27b)', () => {
  it('makes no person of the place and the word after it', () => {
    for (const text of ['Georgia Tech won the game.', 'The Georgia Dome was full.', 'Georgia Southern lost.', 'Jordan Valley farmers protested.']) {
      expect(typed(text).filter(([, type]) => type === 'person')).toEqual([]);
    }
    expect(typed('Georgia Smith said the fans were loud.')).toEqual([['Georgia Smith', 'person']]);
  });
});

describe('"May" opening a wish (mend27b)', () => {
  it('reads no given name in "May God…", "May Allah…" or "May" before a name and a bare verb', () => {
    expect(typed('May God bless America.').filter(([, type]) => type === 'person')).toEqual([]);
    expect(typed('May Allah accept their prayers.')).toEqual([]);
    expect(typed('May Tom Reed win, the fans said.')).toEqual([['Tom Reed', 'person']]);
    expect(typed('The game ended. May Tom Reed win, the fans said.')).toEqual([['Tom Reed', 'person']]);
    expect(typed('The game ended. May Chen said it was fair.')).toEqual([['May Chen', 'person']]);
    expect(typed('May Tom Reed always be remembered, the fans said.')).toEqual([['Tom Reed', 'person']]);
  });

  it.each([
    ['May Chen never said it. Chen left.', 'May Chen'],
    ['May Chen always voted.', 'May Chen'],
    ['May Chen long argued for the plan.', 'May Chen'],
  ])('reads a given name in %j: an adverb without a bare verb after it wishes nothing (mend27i)', (text, name) => {
    expect(typed(text)).toEqual([[name, 'person']]);
  });
});

describe('a given name alone that also names an award (mend27b)', () => {
  it('reads no person in "won an Oscar" or "Oscar nominations"', () => {
    expect(typed('She won an Oscar in 2010.')).toEqual([]);
    expect(typed('Oscar nominations were announced.')).toEqual([]);
    expect(typed('She won a Tony in 2010.')).toEqual([]);
  });

  it('reads a person with a speech verb, an age or a kin noun, or the full name in the article', () => {
    expect(typed('Oscar said the film was long.')).toEqual([['Oscar', 'person']]);
    expect(typed('Her son Oscar, 8, was there.')).toEqual([['Oscar', 'person']]);
    expect(typed('Oscar Reed won the race. Oscar smiled at the crowd.')).toEqual([['Oscar Reed', 'person']]);
  });
});

describe('a given name that is an everyday word (mend27b)', () => {
  it('reads no person in the word alone opening a sentence, nor before a word the article writes in lower case', () => {
    for (const text of ['Faith leaders met on Monday.', 'Dawn raids were held.', 'Penny stocks fell.', 'Penny Stocks fell. The stocks rose.']) expect(typed(text)).toEqual([]);
    expect(typed('Hope fades for the miners, Tom Reed said.')).toEqual([['Tom Reed', 'person']]);
  });

  it.each([
    ['Bill Gates said the gates were open.', 'Bill Gates'],
    ['Jack White said the white van was gone.', 'Jack White'],
    ['Nick Young scored 20 points. The young side won.', 'Nick Young'],
    ['Mark Young told reporters he was happy. The young team lost.', 'Mark Young'],
    ['Grace Park won the title at the park.', 'Grace Park'],
    ['Ray Long said the long wait was over.', 'Ray Long'],
    ['Mark Young, 34, was happy. The young team lost.', 'Mark Young'],
    ["Her son, Jack White, was safe. The white van was gone.", 'Jack White'],
    ["Bill Gates's fund opened the gates.", 'Bill Gates'],
  ])('reads a person in %j: the surname written in lower case elsewhere yields to person evidence (mend27i)', (text, name) => {
    expect(typed(text)).toEqual([[name, 'person']]);
  });

  it('reads a person before a surname, with a title, a speech verb or an age', () => {
    expect(typed('Hope said the plan worked.')).toEqual([['Hope', 'person']]);
    expect(typed('Captain Hope waved to the crowd.')).toEqual([['Hope', 'person']]);
    expect(typed('Grace Okafor said the plan worked. Grace smiled.')).toEqual([['Grace Okafor', 'person']]);
    expect(typed('Mark Reed won the race. Mark, 34, smiled.')).toEqual([['Mark Reed', 'person']]);
    expect(typed("Tom Reed's father, Bill, also condemned the attack.")).toEqual([['Tom Reed', 'person'], ['Bill', 'person']]);
    expect(typed("It was Bill's decision, the manager said.")).toEqual([['Bill', 'person']]);
  });
});

describe('short forms of given names (names29b)', () => {
  it('counts the short forms the nicknames table gives as given names of their formal name\'s gender, but "Will"', () => {
    expect(['tom', 'joe', 'tim', 'mike', 'dave', 'liz'].map(isGivenName)).toEqual([true, true, true, true, true, true]);
    expect([MALE_NAMES.has('mike'), FEMALE_NAMES.has('liz'), isGivenName('will')]).toEqual([true, true, false]);
  });

  it('reads a short form alone or before a surname as a person\'s, and a short form that is a word alone only with a person\'s signs', () => {
    expect(typed('Tim Yates left early. Mike said nothing, and Joe Marsh, a farmer, disagreed.')).toEqual([['Tim Yates', 'person'], ['Mike', 'person'], ['Joe Marsh', 'person']]);
    expect(typed('Gene therapy trials resumed in Velmar.')).toEqual([['Velmar', 'place']]);
  });
});
