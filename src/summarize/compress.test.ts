import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { sentenceTokens } from '../segment/index.js';
import { compressedUnits, deletableSpans, keptParts, withRelativeTimesDeleted } from './compress.js';
import { ConceptVocabulary } from './concepts.js';
import { unitText, type Unit } from './units.js';

function compress(sentence: string): string {
  const span = { start: 0, end: sentence.length };
  return unitText(sentence, keptParts(sentence, span, deletableSpans(sentence, span)));
}

const CASES: [string, string][] = [
  ['Hun Sen on Friday rejected the demands of the opposition parties.', 'Hun Sen rejected the demands of the opposition parties.'],
  ['The minister said Tuesday that talks would resume next month.', 'The minister said that talks would resume next month.'],
  ['Taiwan said today it will donate $2.6 million in relief.', 'Taiwan said it will donate $2.6 million in relief.'],
  ['In a statement, the ministry said the talks had failed.', 'In a statement, the ministry said the talks had failed.'],
  ['In a statement, Hun Sen said the talks had failed.', 'Hun Sen said the talks had failed.'],
  ['On Friday, Hun Sen said the talks must be held in Cambodia.', 'Hun Sen said the talks must be held in Cambodia.'],
  ['The two parties _ previously bitter rivals _ agreed to form a coalition.', 'The two parties agreed to form a coalition.'],
  ['The Eastmarch Emergency Management Agency (EEMA) opened three shelters.', 'The Eastmarch Emergency Management Agency opened three shelters.'],
  ['The first plane landed at 8:30 a.m. (0630 GMT).', 'The first plane landed at 8:30 a.m.'],
  ['The parties broke a three-month deadlock Friday and agreed to a coalition.', 'The parties broke a three-month deadlock and agreed to a coalition.'],
  ['The league, in a dispute with its players, Tuesday canceled two weeks of games.', 'The league, in a dispute with its players, canceled two weeks of games.'],
  ['The Taliban, who control most of the country, on Friday closed their inquiry.', 'The Taliban, who control most of the country, closed their inquiry.'],
  // kept whole: who said it, a day that is part of a phrase, an opener before a lower-case word
  ['The storm destroyed 340 homes in the lower town, officials said.', 'The storm destroyed 340 homes in the lower town, officials said.'],
  ['The dam was built in 1958, according to the operator.', 'The dam was built in 1958, according to the operator.'],
  ['"We have never seen the river rise this fast," the mayor said.', '"We have never seen the river rise this fast," the mayor said.'],
  ['The water reached the square late on Saturday night.', 'The water reached the square late on Saturday night.'],
  ["Friday's vote was delayed by the storm.", "Friday's vote was delayed by the storm."],
  ['The deadline for the vote is Friday.', 'The deadline for the vote is Friday.'],
  ['The vote was postponed until Monday.', 'The vote was postponed until Monday.'],
  ['The ferry crossed every day except Sunday from Port Hallory.', 'The ferry crossed every day except Sunday from Port Hallory.'],
  ['No boat sailed during Monday night, the harbour master said.', 'No boat sailed during Monday night, the harbour master said.'],
  ['The river stayed high throughout Tuesday and fell on Wednesday.', 'The river stayed high throughout Tuesday and fell.'],
  ['The talks were held Monday and Tuesday in Paris.', 'The talks were held Monday and Tuesday in Paris.'],
  ['He was arrested on Friday, Oct. 16, in London.', 'He was arrested on Friday, Oct. 16, in London.'],
  // an opening day before its date (MultiLing 2011 M000 read "January 16, the Romanian public raised…")
  ['On Sunday, January 16, the public raised 395,000 euro.', 'On Sunday, January 16, the public raised 395,000 euro.'],
  ['On Friday, Oct. 16, Hun Sen rejected the demands.', 'On Friday, Oct. 16, Hun Sen rejected the demands.'],
  ['Both sides signed the Good Friday agreement.', 'Both sides signed the Good Friday agreement.'],
  // a day name inside a newspaper's or an event's name (DUC 2004 d30005: "The Sunday Times" became "The Times")
  ["Its members have infiltrated Europe, The Sunday Times reported.", "Its members have infiltrated Europe, The Sunday Times reported."],
  ["Britain's Sunday Telegraph said the report was leaked.", "Britain's Sunday Telegraph said the report was leaked."],
  ['The claim was first made by the Mail on Sunday in March.', 'The claim was first made by the Mail on Sunday in March.'],
  ['Thousands marched to mark the anniversary of Bloody Sunday in Derry.', 'Thousands marched to mark the anniversary of Bloody Sunday in Derry.'],
  ['The story ran in the Sunday edition of the paper.', 'The story ran in the Sunday edition of the paper.'],
  // a day name that is the subject of a reported clause stays; one that dates the report goes
  ['He said Friday was the worst day of the flood.', 'He said Friday was the worst day of the flood.'],
  ['The harbour master told reporters Sunday had been the calmest day in a month.', 'The harbour master told reporters Sunday had been the calmest day in a month.'],
  ['She said today is a day of mourning in Port Hallory.', 'She said today is a day of mourning in Port Hallory.'],
  ['Harbour officials said Friday that the pier would stay closed.', 'Harbour officials said that the pier would stay closed.'],
  ['The agency named a ferry pilot who it said Wednesday had worked for the smugglers.', 'The agency named a ferry pilot who it said had worked for the smugglers.'],
  ['The mayor said Monday she would resign.', 'The mayor said she would resign.'],
  // a day name dating something ahead is the point of its clause and stays
  ['The bridge will reopen on Monday.', 'The bridge will reopen on Monday.'],
  ['Officials said the ferry would resume sailing Tuesday.', 'Officials said the ferry would resume sailing Tuesday.'],
  ['The festival is expected to open Saturday in Port Hallory.', 'The festival is expected to open Saturday in Port Hallory.'],
  ['The council plans to vote on the budget Thursday.', 'The council plans to vote on the budget Thursday.'],
  ['The inquiry into the collapse begins Monday.', 'The inquiry into the collapse begins Monday.'],
  ['Mayor Ines Calder on Friday will open the new pier.', 'Mayor Ines Calder on Friday will open the new pier.'],
  ['On Monday, Mayor Ines Calder will open the new pier.', 'On Monday, Mayor Ines Calder will open the new pier.'],
  ['The poetry prizes will be awarded Tuesday, the fiction prize on Wednesday and the essay prize on Friday.', 'The poetry prizes will be awarded Tuesday, the fiction prize on Wednesday and the essay prize on Friday.'],
  ['The pier will reopen Tuesday, the harbour board said Friday.', 'The pier will reopen Tuesday, the harbour board said.'],
  ['No vote on the pier will be held before Tuesday, perhaps Wednesday.', 'No vote on the pier will be held before Tuesday, perhaps Wednesday.'],
  ['In a move that will anger fans, the league Monday cancelled all preseason games.', 'In a move that will anger fans, the league cancelled all preseason games.'],
  ['A councillor who planned to run for mayor was attacked Friday in Port Hallory.', 'A councillor who planned to run for mayor was attacked in Port Hallory.'],
  ['The harbour board on Sunday promised to reopen the pier.', 'The harbour board promised to reopen the pier.'],
  ['Mayor Ines Calder, who will retire next year, on Friday closed the pier.', 'Mayor Ines Calder, who will retire next year, closed the pier.'],
  ['On Friday, Mayor Ines Calder said the pier will reopen in May.', 'Mayor Ines Calder said the pier will reopen in May.'],
  ['However, the engineers found no cracks in the wall.', 'However, the engineers found no cracks in the wall.'],
  ['He said so, officials said.', 'He said so, officials said.'],
];

describe('sentence compression', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expect(compress(sentence)).toBe(expected);
  });

  it('only deletes whole words: every kept part starts and ends on a word boundary', () => {
    for (const [sentence] of CASES) {
      const span = { start: 0, end: sentence.length };
      for (const part of keptParts(sentence, span, deletableSpans(sentence, span))) {
        if (/\w/.test(sentence[part.start])) expect(sentence[part.start - 1] ?? ' ').toMatch(/\s/);
        if (/\w/.test(sentence[part.end - 1])) expect(sentence[part.end] ?? ' ').toMatch(/[\s.,;:!?]/);
        expect(sentence.slice(part.start, part.end)).toBe(sentence.slice(part.start, part.end).trim());
      }
    }
  });
});

/** The compressed variants `compressedUnits` offers for the sentences of made-up articles, as text. */
function offeredVariants(texts: readonly string[]): string[] {
  const articles = texts.map((text, i) => prepare(readString(text, { input: `${i}.txt`, format: 'text' }).articles[0]) as SegmentedArticle);
  const vocabulary = new ConceptVocabulary();
  const units: Unit[] = articles.flatMap((article, a) =>
    article.sentences.map((sentence, s) => {
      const tokens = sentenceTokens(article, s);
      return { article: a, sentence: s, parts: [{ start: sentence.start, end: sentence.end }], tokens, words: 0, bytes: 0, concepts: vocabulary.concepts(tokens), dangling: false, complete: true };
    }),
  );
  return compressedUnits(units, articles, vocabulary).map((unit) => unitText(articles[unit.article].text, unit.parts));
}

describe('compressed variants', () => {
  it('are offered when the words a deletion joins are written together elsewhere', () => {
    expect(offeredVariants(['Mayor Ines Calder on Friday closed the old pier to visitors.', 'The storm damaged the pier, and Calder closed it.'])).toEqual([
      'Mayor Ines Calder closed the old pier to visitors.',
    ]);
  });

  it('are not offered when a deletion joins words no sentence writes together (DUC 2004: "President Clinton spent Sunday visiting troops")', () => {
    expect(offeredVariants(['Governor Ada Venn spent Sunday visiting the flooded towns of the valley.', 'Venn spent the week in the capital.'])).toEqual([]);
    expect(offeredVariants(['Mayor Ines Calder on Friday closed the old pier to visitors.'])).toEqual([]);
  });

  it('are offered when the deletion ends the sentence or opens it, joining no words', () => {
    expect(offeredVariants(['The first ferry left the harbor at 8:30 a.m. (0630 GMT).', 'On Friday, Mayor Ines Calder closed the old pier.'])).toEqual([
      'The first ferry left the harbor at 8:30 a.m.',
      'Mayor Ines Calder closed the old pier.',
    ]);
  });
});

/**
 * An article's first sentence as the selection picked it, after `withRelativeTimesDeleted`,
 * with the words written together in its sentences and in `others` (more articles) as the vocabulary.
 */
function afterSelection(text: string, others: readonly string[] = [], index = 0, textLanguage?: string): { before: Unit; after: Unit; article: SegmentedArticle } {
  const [read, ...more] = [text, ...others].map((body, index) => prepare(readString(body, { input: `${index}.txt`, format: 'text' }).articles[0]) as SegmentedArticle);
  const article = textLanguage === undefined ? read : { ...read, textLanguage };
  const vocabulary = new ConceptVocabulary();
  for (const read of [article, ...more]) read.sentences.forEach((_, index) => vocabulary.concepts(sentenceTokens(read, index)));
  const written = vocabulary.size;
  const tokens = sentenceTokens(article, index);
  const sentence = article.sentences[index];
  const before: Unit = { article: 0, sentence: index, parts: [{ start: sentence.start, end: sentence.end }], tokens, words: 0, bytes: 0, concepts: vocabulary.concepts(tokens), dangling: false, complete: true };
  return { before, after: withRelativeTimesDeleted(before, article, vocabulary, written), article };
}

/** Sentences of another article writing together the words the deletions below join ("Calder closed", "pilot at", "earlier asked"). */
const JOINS_WRITTEN = [
  'Calder closed the pier. The council was told that it must close. Police arrested the pilot at dawn. Preval earlier asked for help. ' +
    'Officials estimated that the ferries were lost. The report released by the board was short. The opening, delayed by the storm, was quiet.',
];

describe('day names deleted after the selection', () => {
  it.each([
    // deleted where the words the deletion joins are written together in another article (`JOINS_WRITTEN`)
    ['Mayor Ines Calder on Friday closed the old pier to visitors.', 'Mayor Ines Calder closed the old pier to visitors.'],
    ['The council was told Tuesday that the pier must close.', 'The council was told that the pier must close.'],
    ['Police arrested the ferry pilot Friday at the harbour in Port Hallory.', 'Police arrested the ferry pilot at the harbour in Port Hallory.'],
    ['Mayor Ines Calder said last week she could resign at any time.', 'Mayor Ines Calder said she could resign at any time.'],
    ['The Haitian president, Rene Preval, earlier this week asked for tents.', 'The Haitian president, Rene Preval, earlier asked for tents.'],
    // kept: the day is a verb's object, completes "Last", dates a participle before a comma or a verb, or is needed (`dayIsNeeded`)
    ['The pier has been closed since last week.', 'The pier has been closed since last week.'],
    ['"We reached the pier Friday at noon and left last week," the guide said on Sunday.', '"We reached the pier Friday at noon and left last week," the guide said.'],
    ["The ferry pilot arrested this week is suspected of smuggling.", "The ferry pilot arrested this week is suspected of smuggling."],
    ["Divers inspected the pier this week's storm had damaged.", "Divers inspected the pier this week's storm had damaged."],
    ['Governor Ada Venn spent Sunday visiting the flooded towns of the valley.', 'Governor Ada Venn spent Sunday visiting the flooded towns of the valley.'],
    ['Last Thursday, the poetry prize went to Ada Venn.', 'Last Thursday, the poetry prize went to Ada Venn.'],
    ['In a statement released Sunday, the harbour board blamed the storm.', 'In a statement released Sunday, the harbour board blamed the storm.'],
    ['The bridge will reopen on Monday.', 'The bridge will reopen on Monday.'],
    // review of duc26: a determiner's or possessive's noun, a participle's time before its verb or comma, a deadline, a single-quoted quotation
    ['Shares fell over the last week of trading in Port Hallory.', 'Shares fell over the last week of trading in Port Hallory.'],
    ['It was her last week as mayor of Port Hallory.', 'It was her last week as mayor of Port Hallory.'],
    ['The harbour board spent its last month in office on the pier.', 'The harbour board spent its last month in office on the pier.'],
    ["The port's last week of summer traffic was quiet.", "The port's last week of summer traffic was quiet."],
    ['The report released this week found cracks in the pier.', 'The report released this week found cracks in the pier.'],
    ['Figures published last month show fewer ferry passengers.', 'Figures published last month show fewer ferry passengers.'],
    ['A survey conducted last week suggests the pier is unsafe.', 'A survey conducted last week suggests the pier is unsafe.'],
    ['The ferry seized Friday carried 40 people.', 'The ferry seized Friday carried 40 people.'],
    ['Speaking last week, the mayor said the pier would close.', 'Speaking last week, the mayor said the pier would close.'],
    ['The vote on the pier is due by noon Friday.', 'The vote on the pier is due by noon Friday.'],
    ['The ban on the pier took effect at midnight Sunday.', 'The ban on the pier took effect at midnight Sunday.'],
    ['The harbour fee is due Friday for every ferry.', 'The harbour fee is due Friday for every ferry.'],
    ['The last ferry leaves Port Hallory at 5 pm Friday.', 'The last ferry leaves Port Hallory at 5 pm Friday.'],
    ["He said: 'We met the mayor last week and agreed on the pier.'", "He said: 'We met the mayor last week and agreed on the pier.'"],
    // a participle's time still goes where its clause ends or the words it joins are written together, not before a verb
    ['The ferry pilot was arrested Friday.', 'The ferry pilot was arrested.'],
    ['Officials in Port Hallory estimated Tuesday that 70 ferries were lost.', 'Officials in Port Hallory estimated that 70 ferries were lost.'],
    ['The report released this week by the harbour board found cracks.', 'The report released by the harbour board found cracks.'],
    ["The port's opening last month, delayed by the storm, was hailed by the mayor.", "The port's opening, delayed by the storm, was hailed by the mayor."],
  ])('%s', (text, expected) => {
    const { after, article } = afterSelection(text, JOINS_WRITTEN);
    expect(unitText(article.text, after.parts)).toBe(expected);
  });

  it('deletes a time its clause reads without though no article writes the words it joins: a phrase of its own or a past verb follows', () => {
    const text = (sentence: string) => {
      const { after, article } = afterSelection(sentence, ['The storm damaged the old pier.']);
      return unitText(article.text, after.parts);
    };
    expect(text('Mayor Ines Calder on Friday closed the old pier to visitors.')).toBe('Mayor Ines Calder closed the old pier to visitors.');
    expect(text('The harbour council on Thursday formally elected Ada Venn as its chair.')).toBe('The harbour council formally elected Ada Venn as its chair.');
    expect(text('Police arrested the ferry pilot Friday at the harbour in Port Hallory.')).toBe('Police arrested the ferry pilot at the harbour in Port Hallory.');
    expect(text('The harbour board met Tuesday to discuss the damaged pier.')).toBe('The harbour board met to discuss the damaged pier.');
    expect(text('Officials in Port Hallory estimated Tuesday that 70 ferries were lost.')).toBe('Officials in Port Hallory estimated that 70 ferries were lost.');
    expect(text('The storm damaged a ferry landing last month near the old pier.')).toBe('The storm damaged a ferry landing near the old pier.');
  });

  it('keeps a time where no article writes the words its deletion joins and what follows is no phrase of its own', () => {
    for (const sentence of [
      'The report released this week found cracks in the old pier.',
      'Mayor Ines Calder said Friday ended a hard week for the harbour.',
      'Mayor Ines Calder on Friday closes the old pier to visitors.',
      'Harbour crews worked through Friday at the old pier.',
      'Ferry traffic was down 3 percent compared with last month in Port Hallory.',
    ]) {
      const { after, article } = afterSelection(sentence, ['The storm damaged the old pier.']);
      expect(unitText(article.text, after.parts)).toBe(sentence);
    }
  });

  // review of duc29: each of these lost a time its clause needs, read without a written join
  it.each([
    // a relative clause's past verb before the time: the past verb after it is the main clause's
    'The quake that struck Sunday killed 12 people in Varrow.',
    'The fire that began Saturday destroyed 40 homes in Lorne.',
    'The storm that hit Friday knocked out power in Port Hallory.',
    'The storm that hit the coast Friday knocked out power in Port Hallory.',
    // two times compared
    'The ferry strike began Saturday and ended Sunday after talks.',
    'Police arrested 10 people Friday and 20 Saturday in Port Hallory.',
    // "by" after no passive, a deadline
    'A hunger strike that began Saturday by the inmates spread to Kestrel.',
    'The hostages must be released Friday by noon, the rebels said.',
    'The ferry left the harbour Friday at 6 a.m. for Kestrel.',
    'The ferry left the harbour Friday at 6:15 for Kestrel.',
    // a day name ending a name
    'Thousands celebrated Fat Tuesday in Port Hallory with parades.',
    'Shops in Kestrel held Small Business Saturday with discounts.',
    'The Kestrel charity raised 40,000 euros on Giving Tuesday for the harbour.',
    // a time dating a number
    'The dollar closed Friday at 120 yen, up from 118 Thursday.',
    'Unemployment in Kestrel fell to 5 percent last month from 5.2 percent.',
    'Ferry traffic in Kestrel rose 3 percent last month.',
  ])('%s', (sentence) => {
    const { after, article } = afterSelection(sentence, ['The storm damaged the old pier.']);
    expect(unitText(article.text, after.parts)).toBe(sentence);
  });

  it('still deletes a time before a passive\'s "by", a main clause\'s past verb, after an acronym or a place, beside a possessive day', () => {
    const text = (sentence: string) => {
      const { after, article } = afterSelection(sentence, ['The storm damaged the old pier.']);
      return unitText(article.text, after.parts);
    };
    expect(text('The ferry pilot was arrested Friday by harbour police.')).toBe('The ferry pilot was arrested by harbour police.');
    expect(text('The quake on Sunday destroyed 40 homes in Lorne.')).toBe('The quake destroyed 40 homes in Lorne.');
    expect(text('The mayor told KTV Friday that the pier would close.')).toBe('The mayor told KTV that the pier would close.');
    expect(text('The mayor arrived in Port Hallory Saturday for talks on the pier.')).toBe('The mayor arrived in Port Hallory for talks on the pier.');
    expect(text('The pilot was mourned at his funeral Friday by 300 people.')).toBe('The pilot was mourned at his funeral by 300 people.');
    expect(text('Astra Ferries announced today that its pilot won Saturday\'s regatta.')).toBe('Astra Ferries announced that its pilot won Saturday\'s regatta.');
  });

  it('reads a time as deletable without a written join in English only', () => {
    const sentence = 'Mayor Ines Calder on Friday closed the old pier to visitors.';
    const english = afterSelection(sentence, ['The storm damaged the old pier.']);
    expect(unitText(english.article.text, english.after.parts)).toBe('Mayor Ines Calder closed the old pier to visitors.');
    const french = afterSelection(sentence, ['The storm damaged the old pier.'], 0, 'fr');
    expect(unitText(french.article.text, french.after.parts)).toBe(sentence);
  });

  // final review of session 26: each of these lost its time ("compared with in Port Hallory", "the third attack on the pier")
  it.each([
    'Ferry traffic was down 3 percent compared with last month in Port Hallory.',
    'As recently as last month, the harbour board said the pier was safe.',
    'Ferry traffic in Port Hallory was in line with last month.',
    'Storms hit the coast, including last week near the pier.',
    'Ferry traffic was down sharply compared with Friday, the harbour board said.',
    'Ferry traffic fell sometime last week in Port Hallory.',
    'Seventy ferries were lost this week alone in Port Hallory.',
    'It was the third attack on the pier this month.',
    'It was the second time this week that the pier flooded.',
    'The storm brought the highest tide this month in Port Hallory.',
  ])('%s', (sentence) => {
    const others = ['Ferry traffic was down 3 percent compared with in Port Hallory. Storms hit the coast including near the pier. Seventy ferries were lost alone. The pier fell sometime in Port Hallory. It was the second time that the pier flooded. The storm brought the highest tide in Port Hallory. It was the attack on the pier.'];
    const { after, article } = afterSelection(sentence, others);
    expect(unitText(article.text, after.parts)).toBe(sentence);
  });

  it("deletes a participle's time where the words it joins are written together in the articles", () => {
    const sentence = 'Every ferry pilot arrested Friday faces a fine.';
    const joined = afterSelection(sentence, ['Police said every ferry pilot arrested faces a fine.']);
    expect(unitText(joined.article.text, joined.after.parts)).toBe('Every ferry pilot arrested faces a fine.');
    const alone = afterSelection(sentence, ['Police said the ferry pilot had no licence.']);
    expect(unitText(alone.article.text, alone.after.parts)).toBe(sentence);
  });

  it('keeps the time of a sentence in the middle of a quotation running over several sentences, which has no mark of its own', () => {
    const text = '"We lost everything in the storm. The water came last week and took the old pier. Nobody warned us," she said.';
    const { after, article } = afterSelection(text, ['The water came and took the pier.'], 1);
    expect(article.sentences).toHaveLength(3);
    expect(unitText(article.text, after.parts)).toBe('The water came last week and took the old pier.');
    const outside = afterSelection('The water came last week and took the old pier. "Nobody warned us," she said.', ['The water came and took the pier.']);
    expect(unitText(outside.article.text, outside.after.parts)).toBe('The water came and took the old pier.');
  });

  it('deletes a time ending its clause with no join written, but not after a word it needs', () => {
    const text = (sentence: string) => {
      const { after, article } = afterSelection(sentence, []);
      return unitText(article.text, after.parts);
    };
    expect(text('Mayor Ines Calder visited the flooded Kestrel district last week, officials said.')).toBe('Mayor Ines Calder visited the flooded Kestrel district, officials said.');
    expect(text('Harbour crews closed the Kestrel port on Friday.')).toBe('Harbour crews closed the Kestrel port.');
    expect(text('The council said the Kestrel meeting is this week.')).toBe('The council said the Kestrel meeting is this week.');
    expect(text('Prices in Kestrel fell 3 percent compared with last month.')).toBe('Prices in Kestrel fell 3 percent compared with last month.');
  });

  it('keeps the concepts the sentence was chosen for, and recounts its words and tokens', () => {
    const { before, after, article } = afterSelection('Mayor Ines Calder on Friday closed the old pier to visitors.', JOINS_WRITTEN);
    expect(after.concepts).toEqual(before.concepts);
    expect(after.words).toBe(9);
    expect(after.tokens.map((token) => spanText(article.text, token))).not.toContain('Friday');
    for (const part of after.parts) expect(spanText(article.text, part)).toBe(spanText(article.text, part).trim());
  });
});
