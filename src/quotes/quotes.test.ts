import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { findQuotes, quoteMarks, quotedPieces } from './index.js';
import { directPairs, textArticle } from './test-support/articles.js';

/** Hard cases: the article text, then every direct quote as [quoted words, speaker]. */
const HARD_CASES: Array<[string, string, Array<[string, string]>]> = [
  ['speaker after, verb last', '"We have never seen the Velmar rise this fast," Mayor Odile Fenwright said at a briefing.', [['We have never seen the Velmar rise this fast,', 'Odile Fenwright']]],
  ['inverted verb, age and appositive', '"My basement filled up in twenty minutes," said Martin Osgood, 62, a retired teacher.', [['My basement filled up in twenty minutes,', 'Martin Osgood']]],
  ['colon after the verb', 'Tomas Keldren, director of the Eastmarch Emergency Management Agency, said: "The gate did not fail completely."', [['The gate did not fail completely.', 'Tomas Keldren']]],
  ['dash and a name', '"The worst is behind us" — Tomas Keldren', [['The worst is behind us', 'Tomas Keldren']]],
  ['told reporters', 'Kremlin spokesman Dmitry Peskov told reporters: "Putin may meet Tillerson later on Wednesday."', [['Putin may meet Tillerson later on Wednesday.', 'Dmitry Peskov']]],
  ['surname to the full name', 'US Secretary of State Rex Tillerson arrived in Moscow.\n\n"We have sharp differences," Tillerson said.', [['We have sharp differences,', 'Rex Tillerson']]],
  ['role to the person', 'Kremlin spokesman Dmitry Peskov said a meeting was possible.\n\n"There will be no statement tonight," the Kremlin spokesman said.', [['There will be no statement tonight,', 'Dmitry Peskov']]],
  ['she to the nearest woman subject', 'Mayor Odile Fenwright met Tomas Keldren, the agency\'s director, at the town hall. "We will rebuild every street," she said.', [['We will rebuild every street,', 'Odile Fenwright']]],
  ['he after a speaker', 'Castro joked that the police could have waited. "Now they are talking about the arrest," he said.', [['Now they are talking about the arrest,', 'Castro']]],
  ['she after a role subject', 'Mayor Odile Fenwright opened the shelter.\n\nThe mayor told residents to keep away from the river. "Nobody should go back tonight," she said.', [['Nobody should go back tonight,', 'Odile Fenwright']]],
  ['quote over two paragraphs, news style', 'Mayor Sorin Valec said: "The embankment held for forty years.\n\n"It gave way in a single night."', [['The embankment held for forty years.\n\n"It gave way in a single night.', 'Sorin Valec']]],
  ['quote running on without a cue', '"Sure, it\'s frustrating," said Bill Readdy, the shuttle program director. "But we do things by the book."', [['Sure, it\'s frustrating,', 'Bill Readdy'], ['But we do things by the book.', 'Bill Readdy']]],
  ['interrupted quotation', '"I urge your honor," John Warden told Judge Thomas Jackson, "to view the e-mail with skepticism."', [['I urge your honor,', 'John Warden'], ['to view the e-mail with skepticism.', 'John Warden']]],
  ['partial quotes before the attribution', 'Russia has questions about the "very ambiguous" and "contradictory" ideas coming from the US, Lavrov said.', [['very ambiguous', 'Lavrov'], ['contradictory', 'Lavrov']]],
  ['a name set off after the subject\'s description', 'President Clinton spoke on Monday. In a speech on Friday, the president and party chief, Jiang Zemin, praised the party, saying, "The Western mode must never be adopted."', [['The Western mode must never be adopted.', 'Jiang Zemin']]],
  ['a name set off after the object is not the speaker', 'The president welcomed his counterpart, Jacques Chirac, saying, "We are friends."', [['We are friends.', 'The president']]],
  ['participle carries the subject', 'He met the press. Earlier US President Donald Trump called Assad "an animal," adding that the support was "very bad for Russia."', [['an animal,', 'Donald Trump'], ['very bad for Russia.', 'Donald Trump']]],
  ['quoted as saying', '"I\'m very concerned over my friend," Indonesian President B.J. Habibie was quoted as saying by The Nation.', [['I\'m very concerned over my friend,', 'B.J. Habibie']]],
  ['X quoted Y as saying', '"The delegation decided to suspend the dialogue," Antara quoted Foreign Minister Ali Alatas as saying.', [['The delegation decided to suspend the dialogue,', 'Ali Alatas']]],
  ['according to', '"No deaths have been reported so far," according to the health service.', [['No deaths have been reported so far,', 'the health service']]],
  ['a document speaks for its issuer', 'The White House released a report on Tuesday.\n\n"The United States is confident that the regime used sarin," the document reads.', [['The United States is confident that the regime used sarin,', 'White House']]],
  ['wire copy that lost its paragraph breaks', '"If we win, it emboldens the players," union director Billy Hunter said. "But I don\'t think anybody will celebrate. "It only means they have to pay. "So it is a hollow victory," Hunter said.', [
    ['If we win, it emboldens the players,', 'Billy Hunter'],
    ['But I don\'t think anybody will celebrate. "It only means they have to pay. "So it is a hollow victory,', 'Billy Hunter'],
  ]],
  ['inch marks are not quote marks', 'The new 17" MacBook Pro is, as Apple puts it, "the world\'s thinnest notebook," and weighs 6.6 pounds.', [['the world\'s thinnest notebook,', 'Apple']]],
  ['a stray mark left open is not a quotation (SemEval news text)', 'Kim said the moratorium was over. "Under such talks in Singapore in June 2018, the two sides met twice. The two leaders also held an "impromptu" meeting at the border.', []],
  ['a word of a name is no speech verb (SemEval news text)', 'Kim Jong-un told party cadres to prepare for a standoff with the United States over its drive to "seek its own political interests" in Korea.', [['seek its own political interests', 'Kim Jong-un']]],
  ['a quotation that lost its closing mark ends with its sentence (SemEval news text)', 'Jimmy Sham said: "We won\'t give up the fight. Copyright © 1998-2018, RFA. Published with the permission of Radio Free Asia.', [['We won\'t give up the fight.', 'Jimmy Sham']]],
  ['"called" right before a quotation names it; the code quoted has no speaker (DUC)', 'Under the code, this charge comes under a grab-bag section called "threatening state security," which makes almost any political activity illegal, from "violent or nonviolent activities aimed at overthrowing the government," to "activities designed to change the basic nature of the state."', [
    ['violent or nonviolent activities aimed at overthrowing the government,', '-'],
    ['activities designed to change the basic nature of the state.', '-'],
  ]],
  ['"Ms. He" is a woman named He, not a pronoun (DUC)', 'Xu Wenli was arrested in Beijing. His wife, He Xintong, spoke to reporters. "My husband is innocent," Ms. He said.', [['My husband is innocent,', 'He Xintong']]],
  ['an acronym in brackets before the verb is skipped to the description and its person (MultiLing)', 'Pat McQuaid, president of Union Cycliste Internationale (UCI) told Reuters: "I cannot comment on this until the result of the analysis."', [['I cannot comment on this until the result of the analysis.', 'Pat McQuaid']]],
  ['names, titles and scare quotes are not quotations', 'Mark Felt, known as "Deep Throat," told CNN\'s "Larry King Live" in 2006 that he was proud. Dubai experienced a slight "tremor" today.', []],
  ['an opening participle clause is not the subject', 'Speaking to reporters after meeting Odile Fenwright on Sunday, Tomas Keldren praised the crews, adding that "the dam will hold."', [['the dam will hold.', 'Tomas Keldren']]],
  ['a pronoun that names nobody does not hand its verb to a noun of the clause before it', 'Mayor Odile Fenwright visited the shelter. Noting that the river had risen again, they added, "Nobody should go back tonight."', [['Nobody should go back tonight.', '-']]],
  ['"they" and a family name stand for a couple named before', 'On Monday, her parents, Martin and Elsa Varga, released a statement from Brenmouth thanking "everyone who searched the river." "She is a generous person," the Vargas wrote. Noting that their daughter was born in a storm and that her "life has often been a struggle," they added, "She is small in stature, but we believe she is a giant."', [
    ['everyone who searched the river.', 'Martin and Elsa Varga'],
    ['She is a generous person,', 'Martin and Elsa Varga'],
    ['life has often been a struggle,', 'Martin and Elsa Varga'],
    ['She is small in stature, but we believe she is a giant.', 'Martin and Elsa Varga'],
  ]],
  ['two people named together speak together', '"The gate held for forty years," said Tomas Keldren and Odile Fenwright.', [['The gate held for forty years,', 'Tomas Keldren and Odile Fenwright']]],
  ['a closing mark spaced as an opener before its attribution still closes (ECB+ text)', '"The gate held for forty years, "police said in a statement.', [['The gate held for forty years,', 'police']]],
  ['a spaced closing mark before its attribution closes a quotation whose opener was lost', 'Mayor Odile Fenwright spoke on Sunday.\n\n"We will rebuild every street.\n\nThe council has the money.\n\nNobody will be left behind, " she said.', [
    ['We will rebuild every street.', '-'],
    ['Nobody will be left behind,', 'Odile Fenwright'],
  ]],
  ['a mark never closed before words that report speech themselves quotes nothing', 'There was news from Brenmouth on Monday.\n\n"A gunman shot three people at the depot, police said.\n\nThe depot was closed.\n\n"Harbour master Anselm Dorrik told the Courier that the depot would stay shut.\n\nThe harbour was quiet.', []],
  ['an unnamed speaker stays a description', '"Amen," replied a launch controller.', [['Amen,', 'a launch controller']]],
  ['the same words quoted again take their speaker', 'Meanwhile President Donald Trump said that "things will work out fine" between the two countries.\n\n"Things will work out fine between the United States and Russia."', [
    ['things will work out fine', 'Donald Trump'],
    ['Things will work out fine between the United States and Russia.', 'Donald Trump'],
  ]],
];

describe('findQuotes: hard cases', () => {
  it.each(HARD_CASES)('%s', (_name, text, expected) => {
    const article = textArticle(text);
    expect(directPairs(article, findQuotes(article))).toEqual(expected);
  });
});

describe('findQuotes: quotes as spans', () => {
  const article = textArticle('"We will rebuild," Anselm Dorrik said.\n\nMayor Sorin Valec said: "The embankment held.\n\n"It gave way in a single night."');
  const quotes = findQuotes(article, { indirect: false });

  it('points at the quoted words without quote marks, and at the speaker and the verb', () => {
    expect(spanText(article.text, quotes[0].span)).toBe('We will rebuild,');
    expect(spanText(article.text, quotes[0].speaker!.span!)).toBe('Anselm Dorrik');
    expect(spanText(article.text, quotes[0].cue!)).toBe('said');
  });

  it('gives a quotation over paragraphs its parts, each without marks', () => {
    expect(quotes[1].parts?.map((part) => spanText(article.text, part))).toEqual(['The embankment held.', 'It gave way in a single night.']);
  });

  it('does not change the article', () => {
    const before = JSON.stringify(article);
    findQuotes(article);
    expect(JSON.stringify(article)).toBe(before);
  });

  it('records a stray opening mark as unmatched and reads the words after it as reported speech', () => {
    const stray = textArticle('There was news from Brenmouth on Monday.\n\n"A gunman shot three people at the depot, police said.\n\nThe depot was closed.');
    const { pieces, unmatched } = quoteMarks(stray);
    expect(pieces).toEqual([]);
    expect(unmatched.map((message) => [message.stage, message.rule, spanText(stray.text, message.span!)])).toEqual([['quotes', 'unmatched-quote-mark', '"']]);
    expect(findQuotes(stray).map((quote) => [quote.kind, spanText(stray.text, quote.span), quote.speaker?.name])).toEqual([['indirect', 'A gunman shot three people at the depot', 'police']]);
  });

  it('pairs marks per paragraph and keeps an unclosed one to its paragraph', () => {
    const unclosed = textArticle('He said "this never closes.\n\nA new paragraph without marks.');
    expect(quotedPieces(unclosed).map((piece) => spanText(unclosed.text, piece.span))).toEqual(['this never closes.']);
  });

  it('reads an article\'s quote marks once, whoever asks', () => {
    const article = textArticle('"The ferry will run again on Friday," the harbour master said.');
    const found = quoteMarks(article);
    expect(quoteMarks(article)).toBe(found);
    expect(quotedPieces(article)).toBe(found.pieces);
    expect(quoteMarks({ ...article })).not.toBe(found);
  });
});

describe('findQuotes: indirect speech', () => {
  const cases: Array<[string, string, string]> = [
    ['Tillerson said both countries have agreed that their lines of communications must stay open.', 'both countries have agreed that their lines of communications must stay open', 'Tillerson'],
    ['Putin may meet Tillerson later on Wednesday, Kremlin spokesman Dmitry Peskov told reporters.', 'Putin may meet Tillerson later on Wednesday', 'Dmitry Peskov'],
    ['According to Lirra Hydro, repairing the spillway will cost an estimated $45 million.', 'repairing the spillway will cost an estimated $45 million', 'Lirra Hydro'],
    ['Charles Villa-Vicencio, research head of the Truth Commission, said ignoring the needs of perpetrators could alienate them.', 'ignoring the needs of perpetrators could alienate them', 'Charles Villa-Vicencio'],
    ['Ariel Sharon said in an interview published Sunday that he would not shake hands with Arafat.', 'he would not shake hands with Arafat', 'Ariel Sharon'],
    ['According to Lirra Hydro, the company that operates the dam, repairing the spillway will cost $45 million.', 'repairing the spillway will cost $45 million', 'Lirra Hydro'],
    ['Emergency crews said 340 homes had been damaged, most of them along Quay Street.', '340 homes had been damaged, most of them along Quay Street', 'Emergency crews'],
    ['Lavrov said both sides were set on leading an "uncompromising fight against worldwide terrorism".', 'both sides were set on leading an "uncompromising fight against worldwide terrorism"', 'Lavrov'],
    ['One man died when his car was swept off the Mill Road bridge, police said, and five people were taken to hospital.', 'One man died when his car was swept off the Mill Road bridge', 'police'],
    ['No deaths have been reported and three people were treated, according to the health service of Eastmarch.', 'No deaths have been reported and three people were treated', 'the health service of Eastmarch'],
    ['Mayor Odile Fenwright opened the shelter. The mayor of Brenmouth said the river was still rising fast.', 'the river was still rising fast', 'Odile Fenwright'],
    ['The dam will hold, warned engineer John Smith.', 'The dam will hold', 'John Smith'],
    ['The deal is off, announced Foreign Minister Ali Alatas.', 'The deal is off', 'Ali Alatas'],
    ['The gate failed at 4:52 a.m., the company said, but the alarm reached the town only after the water had crossed Quay Street and the lower districts.', 'The gate failed at 4:52 a.m.', 'the company'],
    ["The agency's flood chief, Tomas Keldren, says his team wants the reservoir lowered by the end of the week.", 'his team wants the reservoir lowered by the end of the week', 'Tomas Keldren'],
    ['Lowering the reservoir is of great importance, stated Tomas Keldren, director of the Eastmarch agency, in an interview last week.', 'Lowering the reservoir is of great importance', 'Tomas Keldren'],
    ['Tomas Keldren of the EEMA had said that the gate was safe.', 'the gate was safe', 'Tomas Keldren'],
    ['But police sources, speaking on condition of anonymity, said questioning was not expected for a week.', 'questioning was not expected for a week', 'police sources'],
    ['Britain defended the arrest of Gen. Augusto Pinochet, with one lawmaker saying that his claim of immunity is ridiculous.', 'his claim of immunity is ridiculous', 'one lawmaker'],
    ['Current yellow jersey, Michael Rasmussen was withdrawn from the Tour by his team, saying he was in Mexico.', 'he was in Mexico', 'Michael Rasmussen'],
    ["Lindsay Lohan's attorney said Thursday the actress checked into rehab.", 'the actress checked into rehab', "Lindsay Lohan's attorney"],
    ['No one was injured in the flood, according to the regional hospital in Sava Dolna, which had prepared extra beds.', 'No one was injured in the flood', 'the regional hospital in Sava Dolna'],
    ['The operator of the Rusk Dam, 20 kilometres upstream, said it had stopped releasing water on Sunday.', 'it had stopped releasing water on Sunday', 'The operator of the Rusk Dam'],
    ['Accompanying Liu into exile was his wife, Chu Hailan, and their 11-year-old daughter, the family said.', 'Accompanying Liu into exile was his wife, Chu Hailan, and their 11-year-old daughter', 'the family'],
    ["Before the trial, the lawyer, Mo Shaoping, saw his client only once, an associate of Mo's said.", 'Before the trial, the lawyer, Mo Shaoping, saw his client only once', "an associate of Mo's"],
    ['In addition, 214 dissidents planned a series of fasts to protest the sentences, the Information Center of Human Rights and Democratic Movement in China reported.', 'In addition, 214 dissidents planned a series of fasts to protest the sentences', 'Information Center of Human Rights and Democratic Movement'],
    ["The inquiry's chair, retired judge Maren Holloway, said the panel would examine the maintenance records, the inspection and the warnings.", 'the panel would examine the maintenance records, the inspection and the warnings', 'Maren Holloway'],
    ['The stores sit on the Place Vendome, and this is a further embarrassment to the authorities, says the Courier\'s Ines Calloway in Paris.', 'The stores sit on the Place Vendome, and this is a further embarrassment to the authorities', 'Ines Calloway'],
    ['The warship was escorting ships. After a brief skirmish, two boats fled but three were captured by INS Sukanya, the statement said.', 'After a brief skirmish, two boats fled but three were captured by INS Sukanya', 'the statement'],
    ['The council banned the film Harbour Lights. The ban covers every screening of Harbour Lights in Velmar, the statement said.', 'The ban covers every screening of Harbour Lights in Velmar', 'the statement'],
    ['The Mysore received a distress call from the MV Gibe. The Gibe reported that two boats were firing small arms at it.', 'two boats were firing small arms at it', 'MV Gibe'],
    ['Police in Laramie, Wyo., where the beating took place, have said they believed robbery was the motive.', 'they believed robbery was the motive', 'Police in Laramie'],
    ['Norway accuses Sweden of blocking the canal; it says the locks at Varby were shut on Sunday.', 'the locks at Varby were shut on Sunday', 'Norway'],
    ['Officials in Brenmouth said the water was falling.', 'the water was falling', 'Officials in Brenmouth'],
    ['According to Alan Mauldin, research director of the analysis company TeleGeography, the problems will only be remedied by new cables.', 'the problems will only be remedied by new cables', 'Alan Mauldin'],
    ['According to the charges, police stopped the vehicle and tried to make contact, but he refused to comply.', 'police stopped the vehicle and tried to make contact', 'the charges'],
    ['The mayor, who visited the shelter on Sunday, said the water was falling.', 'the water was falling', 'The mayor'],
    ['Anna-Lisa Saar, a social worker at Oestra Hospital, where many of the victims were taken, said identifying them was difficult.', 'identifying them was difficult', 'Anna-Lisa Saar'],
    ['Orvane Corp. and Telvik Corp. are in talks. Orvane and Telvik confirmed Friday that they were discussing ways to combine.', 'they were discussing ways to combine', 'Orvane and Telvik'],
    ['The gas network operator, Marrow Valley Gas, said engineers had isolated the supply to 40 homes.', 'engineers had isolated the supply to 40 homes', 'Marrow Valley Gas'],
    ["The ferry line's owner, Kestrel Shipping Company, said crews had searched the harbour overnight.", 'crews had searched the harbour overnight', 'Kestrel Shipping Company'],
  ];
  it.each(cases)('%s', (text, words, speaker) => {
    const article = textArticle(text);
    const indirect = findQuotes(article).filter((quote) => quote.kind === 'indirect');
    expect(indirect.map((quote) => [spanText(article.text, quote.span), quote.speaker?.name])).toEqual([[words, speaker]]);
  });

  it('reads no speech into "was said to be", "said in a statement", "refused to say whether", "didn\'t say" or "X, emphasized Y, …"', () => {
    const article = textArticle(
      "The building was said to be safe. The council said in a statement. The Kremlin refused to say whether Putin would meet Tillerson. Officials would not say if the dam was safe. The mayor didn't say the bridge would reopen. The chief, Jiang Zemin, emphasized the primacy of the party, praising its leaders.",
    );
    expect(findQuotes(article).filter((quote) => quote.kind === 'indirect')).toEqual([]);
  });

  it('reads "according to" a name with "and" in it as far as the name goes, not only to the country before it', () => {
    const article = textArticle('The two dead were found on the vessel, according to the Australian Search and Rescue Coordination Center in Canberra.');
    const [quote] = findQuotes(article).filter((found) => found.kind === 'indirect');
    expect(quote.speaker?.name).toMatch(/Rescue Coordination Center$/);
  });

  it('leaves indirect speech out when asked', () => {
    expect(findQuotes(textArticle(HARD_CASES[0][1] + ' Officials said the dam was safe.'), { indirect: false }).every((quote) => quote.kind === 'direct')).toBe(true);
  });
});

describe('findQuotes: misuse', () => {
  it('throws a TypeError for what is not a segmented article or a bad option', () => {
    expect(() => findQuotes(null as never)).toThrow(/^tidings: expected a segmented article, got null$/);
    expect(() => findQuotes({ id: 'x', text: '', paragraphs: [], messages: [], origin: { input: 'x', format: 'text' } } as never)).toThrow(TypeError);
    expect(() => findQuotes(textArticle('Hi.'), { indirekt: true } as never)).toThrow(/expected a quotes option/);
    expect(() => findQuotes(textArticle('Hi.'), { minUnattributedWords: 0 })).toThrow(/minUnattributedWords/);
  });
});
