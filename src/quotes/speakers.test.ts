import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { findQuotes } from './index.js';
import { textArticle } from './test-support/articles.js';

/** Speaker phrases that are not speakers: the article text, then every quote as [kind, words, speaker or "-"]. */
const SPEAKER_CASES: Array<[string, string, Array<[string, string, string]>]> = [
  ['a refused speech verb reports no speech, and a term it mentions is nobody\'s quotation', 'Harbour officials firmly declined to say anything about the code name K-7, which stands for "key witness."', []],
  ['an infinitive speech verb: the subject of the verb it hangs from speaks', 'The mayor was right to say the dam was "a disgrace."', [
    ['indirect', 'the dam was "a disgrace."', 'The mayor'],
    ['direct', 'a disgrace.', 'The mayor'],
  ]],
  ['"the 54-year-old said": an age before the verb names the speaker, as "said the 54-year-old" does', 'Omar Haddish, 54, runs a bakery on Carver Street. "We barely survived the last time they dug up this street," the 54-year-old said.', [['direct', 'We barely survived the last time they dug up this street,', 'the 54-year-old']]],
  ['a correction\'s "an earlier version of this article said" is nobody\'s report', 'Correction: An earlier version of this article said two workers were taken to hospital. Three workers were taken to hospital.', []],
  ['a figure "first reported" reports nothing, and its noun is nobody', 'The damage is now estimated at $11 million, up from the $8 million first reported, after engineers found that the quay wall had cracked in the heat.', []],
  ['"first" between a speaker and the verb is no part of the speaker', 'The line will open in 2031, officials first announced on Monday.', [['indirect', 'The line will open in 2031', 'officials']]],
  ['a role "on" a street speaks, not the street', 'Shopkeepers on Carver Street, where the line will run, said they feared months of roadworks.', [['indirect', 'they feared months of roadworks', 'Shopkeepers on Carver Street']]],
  ['an impersonal "it" before "to say" names nobody', 'It would be a stretch to say that Tomas Keldren was pleased with the repairs.', []],
  ['a denied verb before a quotation is passed over for the verb before it', 'Tomas Keldren maintains the mayor never agreed to open the gate for "anyone without a permit."', [['direct', 'anyone without a permit.', 'Tomas Keldren']]],
  ['a short sentence that declines to say does not attribute the quotation before it', 'The chapel\'s pastor said, "Someone set the fire on purpose." He declined to say whether the chapel had been threatened.', [['direct', 'Someone set the fire on purpose.', 'The chapel\'s pastor']]],
  ['"except to say" after an opening "When asked" clause: the sentence\'s subject speaks', 'When asked about the repairs, Tomas Keldren would not be specific, except to say that the crews had "worked very quickly."', [
    ['indirect', 'the crews had "worked very quickly."', 'Tomas Keldren'],
    ['direct', 'worked very quickly.', 'Tomas Keldren'],
  ]],
  ['an auxiliary between the speaker and the verb is no part of the speaker', 'The water has fallen since Monday, officials have said.', [['indirect', 'The water has fallen since Monday', 'officials']]],
  ['a time after a described speaker is no part of it, nor a place after it the speaker', 'The gate was opened by a crew hired by Velmar engineers, according to a council filing last week in U.S. district court in Brenmouth.', [
    ['indirect', 'The gate was opened by a crew hired by Velmar engineers', 'a council filing'],
  ]],
  ['"as X has reported": the joining word is no part of the speaker', 'The tremor measured 3.0 on the Richter scale, as the Brenmouth Courier has reported.', [['indirect', 'The tremor measured 3.0 on the Richter scale', 'Brenmouth Courier']]],
  ['a name set off after a short description after the quotation speaks, not the adverbial after the verb', '"Tomas was a kind man," his cousin, the Rev. Anne Kitch, said in a homily.', [['direct', 'Tomas was a kind man,', 'Anne Kitch']]],
  ['an adverbial after an inverted verb is no speaker', 'A Velmar fisherman drowned overnight, police in Brenmouth, Eastmarch, said on Wednesday.', []],
  ['after "told" comes the hearer, never the speaker (the speaker is "Jan Dorr" since names27 reads "Jan" before a name as a given name)', 'Key figures in the flood inquiry are under investigation, the official, Jan Dorr, told reporters.', [
    ['indirect', 'Key figures in the flood inquiry are under investigation', 'Jan Dorr'],
  ]],
  ['a role after an auxiliary is the object; the phrase before the auxiliary speaks', 'The council has named the engineer in its filings with the code name K-7, saying the man had admitted forging the inspection records.', [
    ['indirect', 'the man had admitted forging the inspection records', 'The council'],
  ]],
  ['"the government" heads a sentence\'s subject before a role in its predicate', 'The government accused the engineer of fraud on Monday, saying the inspection records had been forged.', [
    ['indirect', 'the inspection records had been forged', 'The government'],
  ]],
  ['"quoted him as saying": the object pronoun resolves like "he"', 'Defence minister Orrin Talbeck ordered the army to hold back. "We are not seeking a fight, but a way back to talks," his office quoted him Sunday as saying.', [
    ['direct', 'We are not seeking a fight, but a way back to talks,', 'Orrin Talbeck'],
  ]],
  ['a name after "for" in the subject\'s noun phrase is no antecedent of "he": the description is', 'Late last spring, an engineer for Tomas Keldren sat down at his desk in Brenmouth. He was worried, he wrote, about the "north gate plan" of the council.', [
    ['indirect', 'He was worried, he wrote, about the "north gate plan" of the council', 'an engineer'],
    ['direct', 'north gate plan', 'an engineer'],
  ]],
  ['the writer\'s own "I" in narration names no speaker', 'I confirmed on Tuesday that the council had hired Tomas Keldren.', []],
  ['"according to" is no part of the subject a later verb takes as its speaker', 'According to the harbour officials, Velmar engineers had reviewed the gate and concluded that the repairs were sound.', [
    ['indirect', 'Velmar engineers had reviewed the gate', 'the harbour officials'],
    ['indirect', 'the repairs were sound', 'the harbour officials'],
  ]],
  ['a noun and a relative clause without "that" ("a move some protesters said") report nothing', 'At the same protest, one man glued his head to a gate, a move some protesters later said was an accident.', []],
  ['"alleged" after a preposition is an adjective, not a speech verb', 'Moving quickly to tackle a growing scandal, council leaders questioned Velmar officials Friday in the first investigation into alleged bribes by a city.', []],
  ['a count and a plural noun opening the sentence are the subject that speaks for ", saying"', 'On Wednesday, 190 dissidents from around the country demanded in an open letter that the government release Tomas Keldren, saying the arrests broke the law.', [
    ['indirect', 'the arrests broke the law', '190 dissidents'],
  ]],
  ['"quoted him as saying" with no word between: "him" is the speaker phrase, not the name before "quoted"', 'According to Tomas Keldren, the chair of the jury, the singer was chosen "because we want the evening to be fun. He can hold a stage," the Brenmouth Courier quoted him as saying.', [
    ['indirect', 'the singer was chosen "because we want the evening to be fun', 'Tomas Keldren'],
    ['direct', 'because we want the evening to be fun. He can hold a stage,', 'Tomas Keldren'],
  ]],
  ['a name inside an opening participle phrase is no antecedent of the pronoun subject after it', 'Billy Ronson, the union chief, offered hope. He spoke warmly. Standing a few feet away from Tomas Keldren, he said, "I hope the owners got the message."', [
    ['direct', 'I hope the owners got the message.', 'Billy Ronson'],
  ]],
  ['a name whose particle the mention leaves out ("of bin Tarek") is still tied into the subject\'s noun phrase, no antecedent of "he"', 'Yusuf bin Tarek leads the cell. The writer of the letter warned that the followers of bin Tarek had "become the main target." He said the cell "is in grave danger now."', [
    ['indirect', 'the followers of bin Tarek had "become the main target."', 'The writer of the letter'],
    ['direct', 'become the main target.', 'The writer of the letter'],
    ['indirect', 'the cell "is in grave danger now."', 'The writer of the letter'],
    ['direct', 'is in grave danger now.', 'The writer of the letter'],
  ]],
  ['a short next sentence reporting words of its own does not attribute the quotation before it', 'Judge Maren Holloway called the fraud "a betrayal of every family in the valley." The engineer\'s lawyer said he would appeal.', [
    ['direct', 'a betrayal of every family in the valley.', 'Maren Holloway'],
    ['indirect', 'he would appeal', 'The engineer\'s lawyer'],
  ]],
  ['a short next sentence that only attributes, ", adding" a report of its own, attributes the quotation before it', '"A couple of us tried to leave and they sent us back inside." Anna Saar said, adding she was not afraid.', [
    ['direct', 'A couple of us tried to leave and they sent us back inside.', 'Anna Saar'],
  ]],
  ['"quoted X as saying": the one quoted speaks, not the subject that quotes', 'The Brenmouth Courier quoted Velmar Interior Minister Tomas Keldren as saying that the talks had "gone well."', [
    ['indirect', 'the talks had "gone well."', 'Tomas Keldren'],
    ['direct', 'gone well.', 'Tomas Keldren'],
  ]],
  ['"was quoted by X as saying": the subject is the one quoted', 'Harbour chief Anna Saar was quoted by the Brenmouth Courier as saying that the port had reopened.', [['indirect', 'the port had reopened', 'Anna Saar']]],
  ['a description closed by "in the province of" a place speaks as the description, not the place', 'State radio quoted the relief office in the province of Eastmarch as saying 10 people were hurt.', [
    ['indirect', '10 people were hurt', 'the relief office in the province of Eastmarch'],
  ]],
  ['a document whose clause ends on a place speaks, not the place', 'The 40-page indictment detailing abuses at Velmar Gorge asserts that at least 14 workers were hurt in 2019.', [
    ['indirect', 'at least 14 workers were hurt in 2019', 'The 40-page indictment detailing abuses at Velmar Gorge'],
  ]],
  ['a clause that ends before a joining word does not reach the name after it', 'Anna Saar briefed lawmakers on dealings with the council and declared that Tomas Keldren had promised that he would hold firm on the budget.', [
    ['indirect', 'Tomas Keldren had promised that he would hold firm on the budget', 'Anna Saar'],
    ['indirect', 'he would hold firm on the budget', 'Tomas Keldren'],
  ]],
  ['a role with its own qualifiers before the name after a quotation ("film director X was quoted as saying") speaks', '"The town has changed," film director Anna Saar was quoted as saying by the Brenmouth Courier.', [
    ['direct', 'The town has changed,', 'Anna Saar'],
  ]],
  ['an acronym made plural heads a description of its speakers, like a role noun', 'Velmar officials blamed the storm. Indian ISPs said their problems were due to the cable damage.', [
    ['indirect', 'their problems were due to the cable damage', 'Indian ISPs'],
  ]],
  ['a sentence\'s first word that names nothing before a preposition is no speaker; a body named after it speaks', 'Views on the plan varied, with groups like the Velmar Coastal Society being happy, but stating that more was needed.', [
    ['indirect', 'more was needed', 'Velmar Coastal Society'],
  ]],
  ['a partisan word heads a description of its speaker, not the place before it', 'Taking the blame, the Brenmouth Republican said he had misjudged the voters.', [['indirect', 'he had misjudged the voters', 'the Brenmouth Republican']]],
  ['a body\'s name before role words and a person names the person\'s office; the person speaks', 'When asked, Velmar Institute permanent secretary Tomas Arlen smiled and said "Look at the list!"', [['direct', 'Look at the list!', 'Tomas Arlen']]],
  ['a degree after a name and before its appositive leaves the name the speaker; "the DA" speaks as written', 'Tomas Arlen, MD, the Velmar society\'s president, said the gate had opened. The DA said the case was closed.', [
    ['indirect', 'the gate had opened', 'Tomas Arlen'],
    ['indirect', 'the case was closed', 'The DA'],
  ]],
  ['a name between "the" and a lower-case noun ("the Clinton scandal") is no antecedent of "he"', 'Tomas Arlen spoke first. Taking the blame, the Brenmouth Republican said voters had recoiled from the Orrin Vale scandal. "I underestimated it," he said.', [
    ['indirect', 'voters had recoiled from the Orrin Vale scandal', 'the Brenmouth Republican'],
    ['direct', 'I underestimated it,', 'Tomas Arlen'],
  ]],
  ['a colon gives a quotation to a person named before it in its sentence, outside quotation marks, not in the sentence before', 'Former members implore others to change "through the power of Tomas Arlen." The ads end with a slogan: "It is not about hate. It is about hope."', [
    ['direct', 'through the power of Tomas Arlen.', '-'],
    ['direct', 'It is not about hate. It is about hope.', '-'],
  ]],
  ['a description set off before a person\'s name after the verb names that person, who speaks; not the clause\'s subject after "according to" (DUC 2004, ECB+)', '"The gate is safe," said Velmar\'s harbour spokesman, Tomas Arlen. According to the council\'s director, Orla Penn, the road will reopen. According to police, Ada Morrow, 36, fled the harbour.', [
    ['direct', 'The gate is safe,', 'Tomas Arlen'],
    ['indirect', 'the road will reopen', 'Orla Penn'],
    ['indirect', 'Ada Morrow, 36, fled the harbour', 'police'],
  ]],
  ['a body named right before the verb speaks, not a person set off in the clause before it (DUC 2004)', 'Ada Morrow met her Brenmark counterpart, Orla Penn, to discuss the gate, the Velmar Harbour Authority said.', [
    ['indirect', 'Ada Morrow met her Brenmark counterpart, Orla Penn, to discuss the gate', 'Velmar Harbour Authority'],
  ]],
  ['"The" and a demonym before a speech verb inside a sentence name a newspaper (DUC 2004)', 'On Friday, The Australian reported that the gate had been closed for weeks.', [['indirect', 'the gate had been closed for weeks', 'The Australian']]],
  ['a role before "in" or "at" and a place speaks as described, not the place (DUC 2004, ECB+)', 'Nurses at Gaza clinics say that the ward was full. Police in western Peru\'s Tarma province said the road was shut.', [
    ['indirect', 'the ward was full', 'Nurses at Gaza clinics'],
    ['indirect', 'the road was shut', 'Police in western Peru\'s Tarma province'],
  ]],
  ['a firm whose name holds "&" is no person: its spokesman speaks, described, not the firm\'s last word', '"We comply with the law," said a spokesman for Smeth & Wessel. "Sales doubled," Marlow & Spence said.', [
    ['direct', 'We comply with the law,', 'a spokesman for Smeth & Wessel'],
    ['direct', 'Sales doubled,', 'Marlow & Spence'],
  ]],
];

describe('findQuotes: speaker phrases', () => {
  it.each(SPEAKER_CASES)('%s', (_name, text, expected) => {
    const article = textArticle(text);
    expect(findQuotes(article).map((quote) => [quote.kind, spanText(article.text, quote.span), quote.speaker?.name ?? '-'])).toEqual(expected);
  });
});

describe('findQuotes: ", adding that" after "X said,"', () => {
  it('gives what is added to the one who said, not to the sentence\'s subject', () => {
    const article = textArticle('Priority will be to mend the gate, Velmar Telecom said, adding that the road could reopen by Friday.');
    const added = findQuotes(article).find((quote) => spanText(article.text, quote.span) === 'the road could reopen by Friday');
    expect(added?.speaker?.name).toBe('Velmar Telecom');
  });
});
