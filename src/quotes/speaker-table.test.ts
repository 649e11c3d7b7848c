import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { findQuotes } from './index.js';
import { textArticle } from './test-support/articles.js';

/**
 * Who said what, in English news forms a reader meets every day (quotes27):
 * the article text (a headline line first), then every quote found as
 * [kind, words, speaker or "-"]. All sentences are made up.
 */
const SPEAKER_TABLE: Array<[string, string, Array<[string, string, string]>]> = [
  ['after a subject set off by commas, the words after "said" are its clause, never an inverted speaker; "said how …" is a question, no adverbial', 'Mill rescue\n\nThe chairman, a former weaver, said profits rose. With a week to go, Ada Morrow, in Velmar, said how the mill would be saved.', []],
  ['apposition before the verb: the subject speaks, though its clause is two words', 'Mill results\n\nTom Reed, the chairman, said profits rose. The chairman, Peter Lund, said costs fell.', [
    ['indirect', 'profits rose', 'Tom Reed'],
    ['indirect', 'costs fell', 'Peter Lund'],
  ]],
  ['a named speaker reports a two-word clause, before or after the verb', 'Mill results\n\nTom Reed said profits rose. Kestrel Mills said sales fell. Costs fell, Ada Morrow said. Wages rose, said Tom Reed, the chairman. Asked about the strike, Tom Reed said he refused.', [
    ['indirect', 'profits rose', 'Tom Reed'],
    ['indirect', 'sales fell', 'Kestrel Mills'],
    ['indirect', 'Costs fell', 'Ada Morrow'],
    ['indirect', 'Wages rose', 'Tom Reed'],
    ['indirect', 'he refused', 'Tom Reed'],
  ]],
  ['two words that read as no clause are no report, whoever speaks', 'Mill chapel\n\nIn January, Ada Morrow said the mill was sold. Years later, Tom Reed said so. Ada Morrow said today between tears. The vicar said prices rose. Tom Reed blamed outsiders who he said stirred tensions.', [
    ['indirect', 'the mill was sold', 'Ada Morrow'],
  ]],
  ['apposition before the verb with a longer clause', 'Mill results\n\nTom Reed, the chairman, said profits rose sharply in the spring. Tom Reed, chairman of the mill, said the looms would be replaced.', [
    ['indirect', 'profits rose sharply in the spring', 'Tom Reed'],
    ['indirect', 'the looms would be replaced', 'Tom Reed'],
  ]],
  ['a semicolon ends the attribution however long the clause after it (r2)', 'Mill results\n\nCosts fell sharply, Ada Morrow said on Tuesday; the union, which represents four thousand weavers across the three valleys of the northern region and beyond the river, disputed the figures and called for a new count of all the looms.', [
    ['indirect', 'Costs fell sharply', 'Ada Morrow'],
  ]],
  ['what is said that is no clause is no report: a prayer, thanks, grace', 'Mill chapel\n\nTom Reed said a prayer. Ada Morrow said thank you. The vicar said grace.', []],
  ['apposition after the verb: "said X, the Y"', 'Mill results\n\nProfits rose sharply in the spring, said Tom Reed, the chairman. "We will appeal," said Ada Morrow, the union\'s lawyer.', [
    ['indirect', 'Profits rose sharply in the spring', 'Tom Reed'],
    ['direct', 'We will appeal,', 'Ada Morrow'],
  ]],
  ['"said X, a long description": X speaks the clause before, however long the description', 'Mill talks\n\nIn Velmar, the rule on looms is particularly crucial, said Ada Morrow, Velmar representative of the Weavers Union, an alliance of 50 local unions and groups in the county.', [
    ['indirect', 'In Velmar, the rule on looms is particularly crucial', 'Ada Morrow'],
  ]],
  ['an age and a description set off after the name', 'Mill safety\n\nAda Morrow, 54, a weaver at the mill, said the looms were unsafe. "The roof leaks," Tom Reed, 61, a weaver at the mill, said.', [
    ['indirect', 'the looms were unsafe', 'Ada Morrow'],
    ['direct', 'The roof leaks,', 'Tom Reed'],
  ]],
  ['a day between the verb and its clause, with or without "on" or "that"', 'Mill talks\n\nAda Morrow said on Tuesday that the talks had failed. Ada Morrow said Tuesday that the union would strike. Tom Reed, the mill\'s chairman, said on Tuesday the roof was sound. The Velmar Weavers\' Union said on Tuesday it would strike. The strike will go on, Tom Reed said on Tuesday night. "We will win," Ada Morrow said on Monday morning during a rally. The Velmar Courier reported on September 18 that the looms were sold.', [
    ['indirect', 'the talks had failed', 'Ada Morrow'],
    ['indirect', 'the union would strike', 'Ada Morrow'],
    ['indirect', 'the roof was sound', 'Tom Reed'],
    ['indirect', 'it would strike', "Velmar Weavers' Union"],
    ['indirect', 'The strike will go on', 'Tom Reed'],
    ['direct', 'We will win,', 'Ada Morrow'],
    ['indirect', 'the looms were sold', 'Velmar Courier'],
  ]],
  ['after "said X, a Y," a time or place closes the attribution', 'Mill safety\n\nThe looms are unsafe, said Ada Morrow, a weaver, on Tuesday. The roof leaks, said Tom Reed, the union secretary, in a letter to the inquiry.', [
    ['indirect', 'The looms are unsafe', 'Ada Morrow'],
    ['indirect', 'The roof leaks', 'Tom Reed'],
  ]],
  ['"X, who …, said" and "said X, who …"', 'Mill strike\n\nAda Morrow, who has led the union since 2019, said the strike would continue. "The roof is sound," said Tom Reed, who inspected it on Monday.', [
    ['indirect', 'the strike would continue', 'Ada Morrow'],
    ['direct', 'The roof is sound,', 'Tom Reed'],
  ]],
  ['"according to X" before and after the clause, X described', 'Mill closure\n\nThe mill will close in June, according to Ada Morrow. According to the union\'s lawyer, Ada Morrow, the talks failed on Monday. The mill lost money, according to Tom Reed, its chairman.', [
    ['indirect', 'The mill will close in June', 'Ada Morrow'],
    ['indirect', 'the talks failed on Monday', 'Ada Morrow'],
    ['indirect', 'The mill lost money', 'Tom Reed'],
  ]],
  ['"she said", "she added" after a named quotation go on with its speaker', 'Mill strike\n\n"We will not give up," said Anna Morrow. She said the union would meet again on Friday. She added that the union had lost its case.', [
    ['direct', 'We will not give up,', 'Anna Morrow'],
    ['indirect', 'the union would meet again on Friday', 'Anna Morrow'],
    ['indirect', 'the union had lost its case', 'Anna Morrow'],
  ]],
  ['two speakers in one paragraph, each resumed by a pronoun', 'Mill safety\n\nAnna Morrow, a weaver, said the looms were unsafe. "I have worked here for thirty years," she said. Peter Reed, the chairman, said they were safe. "We replaced them in May," he said.', [
    ['indirect', 'the looms were unsafe', 'Anna Morrow'],
    ['direct', 'I have worked here for thirty years,', 'Anna Morrow'],
    ['indirect', 'they were safe', 'Peter Reed'],
    ['direct', 'We replaced them in May,', 'Peter Reed'],
  ]],
  ['"she said" after two people spoke: the woman, not the last speaker', 'Mill safety\n\nAnna Morrow and Peter Reed met on Monday. Morrow said the looms were unsafe. Reed said they were fine. "They are older than I am," she said.', [
    ['indirect', 'the looms were unsafe', 'Anna Morrow'],
    ['indirect', 'they were fine', 'Peter Reed'],
    ['direct', 'They are older than I am,', 'Anna Morrow'],
  ]],
  ['two speakers in one sentence, joined by "and"; a subject pronoun with no comma before goes on in the first report', 'Mill talks\n\nTom Reed, the chairman, said costs were rising and Ada Morrow, the union\'s lawyer, said talks had failed. Some weavers told the inquiry they had not been paid, and a foreman said the looms were stopped. Peter Lund said the guards caught a thief and he told them where the money was.', [
    ['indirect', 'costs were rising', 'Tom Reed'],
    ['indirect', 'talks had failed', 'Ada Morrow'],
    ['indirect', 'they had not been paid', 'Some weavers'],
    ['indirect', 'the looms were stopped', 'a foreman'],
    ['indirect', 'the guards caught a thief and he told them where the money was', 'Peter Lund'],
  ]],
  ['"quoting X as saying" names X, not who quotes', 'Mill sale\n\nThe Velmar Courier ran the story on Monday, quoting the owner Tom Reed as saying that the buyer would keep the looms.', [
    ['indirect', 'the buyer would keep the looms', 'Tom Reed'],
  ]],
  ['a quotation over two paragraphs is one quotation, its speaker named at its end', 'Mill memories\n\n"The first winter was the hardest. We had no heating at all.\n\n"Then the council found the money," said Ada Morrow.', [
    ['direct', 'The first winter was the hardest. We had no heating at all.\n\n"Then the council found the money,', 'Ada Morrow'],
  ]],
  ['"said in a statement" between the verb and its clause, or after it; "the ministry" is no company named before', 'Rail strike\n\nThe Velmar Rail Company said in a statement that services would resume on Monday. The drivers will strike, Ada Morrow said in a statement. The line will reopen, the ministry said in a statement on Monday. The firm said fares would not rise.', [
    ['indirect', 'services would resume on Monday', 'Velmar Rail Company'],
    ['indirect', 'The drivers will strike', 'Ada Morrow'],
    ['indirect', 'The line will reopen', 'the ministry'],
    ['indirect', 'fares would not rise', 'Velmar Rail Company'],
  ]],
  ['"the ministry said": the ministry the article named, else as written', 'Rail strike\n\nThe Velmar Transport Ministry closed the line on Sunday. Trains will run again on Monday, the ministry said.', [
    ['indirect', 'Trains will run again on Monday', 'Velmar Transport Ministry'],
  ]],
  ['questions: "asked X", "she asked", "the inspector asked"', 'Mill inquiry\n\n"Who will pay for this?" asked Ada Morrow. "Why now?" she asked. "Is the roof safe?" the inspector asked.', [
    ['direct', 'Who will pay for this?', 'Ada Morrow'],
    ['direct', 'Why now?', 'Ada Morrow'],
    ['direct', 'Is the roof safe?', 'the inspector'],
  ]],
  ['a clause ending on a name set off by commas is still reported by the name after "said"', 'Mill sale\n\nThe mill was sold to its rival, Kestrel Foods, said Ada Morrow.', [
    ['indirect', 'The mill was sold to its rival, Kestrel Foods', 'Ada Morrow'],
  ]],
  ['a time phrase, a greeting or what "said" takes is no two-word clause (mend27f)', 'Mill news\n\nLast year, Jane Doe said. Tuesday morning, Tom Reed said. Early Tuesday, Tom Reed said. Good luck, Tom Reed said. Merry Christmas, Tom Reed said. Bishop Anselm Varga said Mass Sunday. Tom Reed said prayers Sunday. Tom Reed said grace Friday. Tom Reed said kind words.', []],
  ['a parenthetical attribution reports the clause it splits, not the time phrase before it; two words before "X said" only when no clause goes on after it (mend27f)', 'Mill fire\n\nLast night, Jane Doe said, the mill burned. Last summer, Jane Doe said, prices doubled. Both sides, Jane Doe said, agreed. Costs fell, Ada Morrow said on Tuesday. The problem, said Tom Reed, is money. Prices rose as never before, said Ada Morrow, another weaver.', [
    ['indirect', 'Last night, Jane Doe said, the mill burned', 'Jane Doe'],
    ['indirect', 'Last summer, Jane Doe said, prices doubled', 'Jane Doe'],
    ['indirect', 'Costs fell', 'Ada Morrow'],
    ['indirect', 'The problem, said Tom Reed, is money', 'Tom Reed'],
    ['indirect', 'Prices rose as never before', 'Ada Morrow'],
  ]],
  ['"As mayor, X did Y, said people…": an opening phrase is no subject with an aside, so the people after "said" speak (mend27f)', 'Mill politics\n\nAs mayor, Reed cut costs, said people familiar with the matter. For the mayor, it was a victory, said people close to him.', [
    ['indirect', 'As mayor, Reed cut costs', 'people familiar with the matter'],
    ['indirect', 'For the mayor, it was a victory', 'people close to him'],
  ]],
  ['"A, said X, a Y, B": a clause going on after the description is reported whole; only a time, place or joiner closes the attribution there (mend27f)', 'Mill dispute\n\nThe owners of the mill, said Ada Morrow, the union\'s lawyer, have broken the law. Tom Reed, said Ada Morrow, a weaver, is a liar. The roof is unsafe, said Ada Morrow, a weaver, and the union agreed.', [
    ['indirect', 'The owners of the mill, said Ada Morrow, the union\'s lawyer, have broken the law', 'Ada Morrow'],
    ['indirect', 'Tom Reed, said Ada Morrow, a weaver, is a liar', 'Ada Morrow'],
    ['indirect', 'The roof is unsafe', 'Ada Morrow'],
  ]],
  ['"was quoting X as saying": X speaks, not who quotes; only "was quoted" makes the subject the one quoted (mend27f)', 'Mill sale\n\nThe Velmar Courier was quoting Tom Reed as saying that the looms were sold. Police were quoting witnesses as saying that the van sped away.', [
    ['indirect', 'the looms were sold', 'Tom Reed'],
    ['indirect', 'the van sped away', 'witnesses'],
  ]],
  ['"the company" after a ministry and a company named in one sentence: the company, whichever is named first (mend27f)', 'Rail fine\n\nThe Velmar Transport Ministry fined Kestrel Rail on Monday. The company said it would appeal the fine.', [
    ['indirect', 'it would appeal the fine', 'Kestrel Rail'],
  ]],
  ['"the company" never stands for a country opening its sentence: the company named before speaks (mend27h)', 'Gas talks\n\nKestrel Gas cut supplies to Velmar on Monday. Germany will pay more for gas this winter, the company said.', [
    ['indirect', 'Germany will pay more for gas this winter', 'Kestrel Gas'],
  ]],
  ['two reports in one sentence: a clause opening after a semicolon, or after ", and" when the report before it closed on its attribution, is the second report\'s alone (quotes28)', 'Mill results\n\nCosts fell sharply, Ada Morrow said, and wages rose sharply, Tom Reed said. Costs fell sharply, said Ada Morrow; wages rose sharply, said Tom Reed. Police said the roof fell in; two weavers were hurt, officials said. Tom Reed said he bought the looms, but for the union, not for himself, Ada Morrow said.', [
    ['indirect', 'Costs fell sharply', 'Ada Morrow'],
    ['indirect', 'wages rose sharply', 'Tom Reed'],
    ['indirect', 'Costs fell sharply', 'Ada Morrow'],
    ['indirect', 'wages rose sharply', 'Tom Reed'],
    ['indirect', 'the roof fell in', 'Police'],
    ['indirect', 'two weavers were hurt', 'officials'],
    ['indirect', 'Tom Reed said he bought the looms, but for the union, not for himself', 'Ada Morrow'],
    ['indirect', 'he bought the looms', 'Tom Reed'],
  ]],
  ['"The mayor, Reed, will resign, said people…": a name set off before a verb is the clause\'s subject, no speaker (quotes28)', 'Town hall\n\nThe mayor, Reed, will resign in June, said people familiar with the plan. Tom Reed, the mayor, will resign in June, a spokesman said.', [
    ['indirect', 'The mayor, Reed, will resign in June', 'people familiar with the plan'],
    ['indirect', 'Tom Reed, the mayor, will resign in June', 'a spokesman'],
  ]],
  ['"…, the Velmar Courier reported, cited by the union": a participle naming the source closes the attribution (quotes28)', 'Mill sale\n\nThe looms at the old mill were sold to a rival firm in June, the Velmar Courier reported, cited by the union. The mill will close in the spring, police said, citing a letter from the owners.', [
    ['indirect', 'The looms at the old mill were sold to a rival firm in June', 'Velmar Courier'],
    ['indirect', 'The mill will close in the spring', 'police'],
  ]],
  ['"A, Anna Morrow is the best, he says": a pronoun alone before the verb speaks, and the name after the comma before it is inside the clause (quotes28)', 'Fund managers\n\nTom Burnett runs a fund in Velmar. In the energy sector, Anna Morrow is the best trader, he says.', [
    ['indirect', 'In the energy sector, Anna Morrow is the best trader', 'Tom Burnett'],
  ]],
  ['a trade\'s noun after a place\'s name makes a company, which no "he" or "she" stands for (quotes29)', 'Fund managers\n\nTom Burnett runs a fund in Velmar. In the energy sector, Velmar Exploration is the best buy, he says. Ada Morrow drove for Harlow Freight. Harlow Freight cut her hours. "I was let go," she said.', [
    ['indirect', 'In the energy sector, Velmar Exploration is the best buy', 'Tom Burnett'],
    ['direct', 'I was let go,', 'Ada Morrow'],
  ]],
  ['a pronoun speaking a clause before it stands for no one the clause names (quotes29)', 'Mill board\n\nPeter Lund spoke at the mill. Tom Reed will resign next week, he said. The board will sack Tom Reed, he added. Tom Reed, he said, had lost the vote.', [
    ['indirect', 'Tom Reed will resign next week', 'Peter Lund'],
    ['indirect', 'The board will sack Tom Reed', 'Peter Lund'],
    ['indirect', 'Tom Reed, he said, had lost the vote', 'Peter Lund'],
  ]],
  ['"it said" after a clause naming the company reads the company, in the first sentence too, past another company in the sentence before (review r4 of quotes29)', 'Results\n\nRevenue at Velmar Foods fell 5 percent in the quarter, it said. Kestrel Mills posted a loss on Monday. Profit at Harlow Freight fell 5 percent, it said.', [
    ['indirect', 'Revenue at Velmar Foods fell 5 percent in the quarter', 'Velmar Foods'],
    ['indirect', 'Profit at Harlow Freight fell 5 percent', 'Harlow Freight'],
  ]],
  ['"he" after a clause may stand for a name owning its subject or in a clause opening it, never for its subject ("Jackson was on probation for a previous DUI arrest, he said": a police spokesman, ECB+) nor its object (review r4 of quotes29)', 'Mill board\n\nPeter Lund arrived. Tom Reed, 64, will retire in June, he said. Ada Morrow came in. When Tom Reed got home, the door was open, he said. Ada Morrow met Peter Lund. Tom Reed\'s wife is ill, he said. But the owner, Tom Reed, hired a new cook, he added.', [
    ['indirect', 'Tom Reed, 64, will retire in June', 'Peter Lund'],
    ['indirect', 'When Tom Reed got home, the door was open', 'Tom Reed'],
    ['indirect', 'Tom Reed\'s wife is ill', 'Tom Reed'],
  ]],
  ['a role after a preposition is no subject a pronoun stands for, past a parenthetical "however" (quotes29)', 'Camp visit\n\nTom Reed visited the camp on Monday. The refugees are, however, furious with the mayor, he says.', [
    ['indirect', 'The refugees are, however, furious with the mayor', 'Tom Reed'],
  ]],
  ['a body\'s name after a lower-case "the" speaks by its name, without the "the" (quotes29)', 'Mill sale\n\nThe mill was sold, according to the Velmar Courier. It will close in June, the Velmar Courier reported.', [
    ['indirect', 'The mill was sold', 'Velmar Courier'],
    ['indirect', 'It will close in June', 'Velmar Courier'],
  ]],
  ['"X of Body said": the person speaks, not one organisation named "X of Body" (quotes29)', 'Chip delays\n\nTom Kessler of Bay Tech Systems said the chips were late.', [
    ['indirect', 'the chips were late', 'Tom Kessler'],
  ]],
  ['a role given after an appointing verb, without "as", describes the person a later "the chairman" stands for (quotes29)', 'Mill board\n\nThe board named Tom Reed its new chairman on Monday. Ada Morrow, a weaver, welcomed him. The chairman said profits would rise.', [
    ['indirect', 'profits would rise', 'Tom Reed'],
  ]],
  ['a clause opening the article\'s text, then "they said", is read without a sentence before it (a crash at merge of quotes29)', 'Merger\n\nVelmar Foods and Kestrel Mills will merge, they said.', []],
  ['a name a verb takes as its object, in a sentence a pronoun opens, is no "he" where the one who spoke before is (names29b, a regression of quotes29)', 'Flood search\n\nImer Delijaj said his father had been swept away. He said the house was gone. They moved on to find Jeton, Imer\'s son, and Imer\'s mother, not far away. Imer\'s sister-in-law had been hurt, he said. Police arrested Tom Reed on Monday. The boats had been stolen, he said.', [
    ['indirect', 'his father had been swept away', 'Imer Delijaj'],
    ['indirect', 'the house was gone', 'Imer Delijaj'],
    ['indirect', 'Imer\'s sister-in-law had been hurt', 'Imer Delijaj'],
    ['indirect', 'The boats had been stolen', 'Tom Reed'],
  ]],
  ['a role noun opening a sentence before a given name is no part of the speaker\'s name (names29b)', 'Chip delays\n\nAnalyst Rob Enderle said the chips were late.', [
    ['indirect', 'the chips were late', 'Rob Enderle'],
  ]],
];

describe('findQuotes: who said what, a table of English forms (quotes27)', () => {
  it.each(SPEAKER_TABLE)('%s', (_name, text, expected) => {
    const article = textArticle(text);
    expect(findQuotes(article).map((quote) => [quote.kind, spanText(article.text, quote.span), quote.speaker?.name ?? '-'])).toEqual(expected);
  });
});
