import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { findQuotes } from './index.js';
import { textArticle } from './test-support/articles.js';

/**
 * Hard cases of English speakers, in British style as in American: the
 * article text (a headline line first when it holds paragraphs), then every
 * quote as [kind, words, speaker or "-"].
 */
const ENGLISH_SPEAKER_CASES: Array<[string, string, Array<[string, string, string]>]> = [
  ['"the company" and "the statement" with no body named so stand for the organisation spoken of just before; a person speaks for herself (quotes25)', 'Bus cuts\n\nHallow Coaches has scrapped its evening buses. The company said the route had lost money. ‘We cannot run empty buses,’ the statement said. According to the company, passes will be refunded. Councillor Ann Reid said the village was abandoned.', [
    ['indirect', 'the route had lost money', 'Hallow Coaches'],
    ['direct', 'We cannot run empty buses,', 'Hallow Coaches'],
    ['indirect', 'passes will be refunded', 'Hallow Coaches'],
    ['indirect', 'the village was abandoned', 'Ann Reid'],
  ]],
  ['a clause after the attribution opened by "as", "because", "after" is the writer\'s, and "said early on Wednesday" reports what came before (audit26)', 'Storm toll\n\nTen people have died in the storm, police chief Arne Holloway said early on Wednesday, as divers searched the river for a missing couple. The island school will stay closed on Monday and Tuesday, head teacher Moira Clay said, as 40 pupils cannot travel. The ferry will sail again on Thursday, the operator said, because the wind has dropped below gale force.', [
    ['indirect', 'Ten people have died in the storm', 'Arne Holloway'],
    ['indirect', 'The island school will stay closed on Monday and Tuesday', 'Moira Clay'],
    ['indirect', 'The ferry will sail again on Thursday', 'the operator'],
  ]],
  ['a time after "said" set off by a comma before a participle keeps the attribution out of the report, and "adding that" reports once (mend26d: "the army said on Sunday, citing…" gave the whole sentence); the clause before "…, adding that" is reported too (quotes28)', 'Border clash\n\nThree soldiers were wounded, the army said on Sunday, citing a field report. Ten people have died in the storm, police said on Monday, with more missing along the coast. Five boats sank in the harbour, police said on Monday, adding that 40 were missing.', [
    ['indirect', 'Three soldiers were wounded', 'the army'],
    ['indirect', 'Ten people have died in the storm', 'police'],
    ['indirect', 'Five boats sank in the harbour', 'police'],
    ['indirect', '40 were missing', 'police'],
  ]],
  ['a time after a description is no part of its speaker: "now", "on Monday" (audit26)', 'Storm toll\n\nUpdate: the emergency service now says seven people have died in the storm. Storm Idra killed three people as it crossed the coast overnight, according to the regional emergency service on Monday.', [
    ['indirect', 'seven people have died in the storm', 'the emergency service'],
    ['indirect', 'Storm Idra killed three people as it crossed the coast overnight', 'the regional emergency service'],
  ]],
  ['"the company" names no body when the article names none (quotes25)', 'Bus cuts\n\nEvening buses stop on Friday. The company said the route had lost money.', [
    ['indirect', 'the route had lost money', 'The company'],
  ]],
  ['a document "seen by" or "obtained by" an outlet speaks, not the outlet that saw it; "a copy of" a report is the report (audit25)', 'Pier report\n\nThe bearings were cracked, according to a copy of the inspection report seen by the Ledger. The pier will close, according to a letter obtained by Reuters. The pier is unsafe, according to a report published by the council.', [
    ['indirect', 'The bearings were cracked', 'a copy of the inspection report'],
    ['indirect', 'The pier will close', 'a letter'],
    ['indirect', 'The pier is unsafe', 'the council'],
  ]],
  ['a place after a preposition in the phrase before "said" is where the speaker is, not the speaker (audit25)', 'Bridge falls\n\nThe owner of a café beside the Kestrel Bridge in Dunmere said on Monday that she watched the span fall. A shopkeeper on Quay Street in Dunmere said that the road shook. Diplomats from France said that the talks would resume.', [
    ['indirect', 'she watched the span fall', 'The owner of a café beside the Kestrel Bridge in Dunmere'],
    ['indirect', 'the road shook', 'A shopkeeper on Quay Street in Dunmere'],
    ['indirect', 'the talks would resume', 'Diplomats from France'],
  ]],
  ['a noun of saying after the quotation names whose words they are; a statement "issued on Monday" stands between "said" and "that" (quotes24b)', 'Ferry fault\n\nArdcraig Ferries said in a statement issued on Monday that night sailings would stop. ‘We will look at every option,’ was the response of the firm’s operations lead, Morag Tully. ‘This is the third fault since March,’ was the response of Callum Reay, who runs the shop.', [
    ['indirect', 'night sailings would stop', 'Ardcraig Ferries'],
    ['direct', 'We will look at every option,', 'Morag Tully'],
    ['direct', 'This is the third fault since March,', 'Callum Reay'],
  ]],
  ['a passive speech verb after the quotation or before "that" names its speaker by "by" (quotes24)', 'Bridge closure\n\nHarlow Council met on Monday. "We will rebuild the bridge by May," it was said by the council leader, Jane Holt. "We are ready," has been confirmed by the Harlow fire service.\n\nIt was announced by the mayor, Tom Reed, that the ferry will run every hour.', [
    ['direct', 'We will rebuild the bridge by May,', 'Jane Holt'],
    ['direct', 'We are ready,', 'the Harlow fire service'],
    ['indirect', 'the ferry will run every hour', 'Tom Reed'],
  ]],
  ['a passive\'s agent does not speak a "that" clause of another one after a comma and "and" (mend24d)', 'Bridge plan\n\nThe plan was announced by the mayor on Monday, and critics said that it was rushed.', [
    ['indirect', 'it was rushed', 'critics'],
  ]],
  ['the author of a report speaks, not the report\'s publisher (mend24d)', 'Pier report\n\n"It is unsafe," said the author of a report published by the council.', [
    ['direct', 'It is unsafe,', 'the author of a report published by the council'],
  ]],
  ['the issuer of a statement speaks for it after "according to", and a clause closed by "it was said by X" is X\'s (quotes24)', 'Bridge closure\n\nThe bridge will close in May, according to a statement issued by Harlow Council. "Crossings stop at noon," said a statement released by Harlow Ferries. The pillars are cracked and the deck is moving, it was said by the engineer Mark Dyer.', [
    ['indirect', 'The bridge will close in May', 'Harlow Council'],
    ['direct', 'Crossings stop at noon,', 'Harlow Ferries'],
    ['indirect', 'The pillars are cracked and the deck is moving', 'Mark Dyer'],
  ]],
  ['those who "were told" the words are not their speaker; "told by" names who spoke (audit22b)', 'Storm warning\n\nResidents were told: ‘Don’t travel unless you must.’ Passengers were told by the captain: ‘Stay in your seats.’\n\nThe fees were described in the accounts as ‘consultancy fees’, Orla Penn said.', [
    ['direct', 'Don\'t travel unless you must.', '-'],
    ['direct', 'Stay in your seats.', 'the captain'],
    ['direct', 'consultancy fees', 'Orla Penn'],
  ]],
  ['a short sentence opening the next paragraph does not attribute the quotation that ends the one before', 'Gate vote\n\n‘We will not move,’ said Orla Penn. ‘I would rather go to court than give in.’\n\nNot everyone on the board agreed. The vote was close.', [
    ['direct', 'We will not move,', 'Orla Penn'],
    ['direct', 'I would rather go to court than give in.', 'Orla Penn'],
  ]],
  ['a role "for" a body speaks, not the body, and "Department for" runs on in the body\'s name', 'A spokesperson for the Department for Harbours said: ‘We will consider the response carefully.’ A lawyer for Tomas Keldren said he would appeal.', [
    ['direct', 'We will consider the response carefully.', 'A spokesperson for the Department for Harbours'],
    ['indirect', 'he would appeal', 'A lawyer for Tomas Keldren'],
  ]],
  ['a plural possessive before a body\'s word stays inside the body\'s name', 'The Velmar Anglers’ Trust said in a statement that members were owed an explanation, and described the rules as ‘a fishing ban by the back door’.', [
    ['indirect', 'members were owed an explanation', 'Velmar Anglers\' Trust'],
    ['direct', 'a fishing ban by the back door', 'Velmar Anglers\' Trust'],
  ]],
  ['a decade opening the phrase before the verb is no part of the speaker; "everyone" speaks', 'Fashions change. In the ’80s everyone said shoulder pads were the future.', [
    ['indirect', 'shoulder pads were the future', 'everyone'],
  ]],
  ['"she replied" after a long quotation: the last woman named, paragraphs before', 'Inquiry hears from tenant\n\nAnna Lind, 41, gave evidence on Monday. Counsel for the council, Tomas Keldren, asked her about the alarms.\n\n‘There was a leaflet, once. It said something about fire doors. Nobody read it. Nobody explained it. I still do not know what it meant,’ she replied.', [
    ['direct', 'There was a leaflet, once. It said something about fire doors. Nobody read it. Nobody explained it. I still do not know what it meant,', 'Anna Lind'],
  ]],
  ['"she" after a sentence whose subject is a woman described, not named, is that woman', 'The woman at the desk told us to wait in the hall. ‘There is nothing more I can do for you,’ she said.', [
    ['direct', 'There is nothing more I can do for you,', 'The woman'],
  ]],
  ['a name after "from the" in a described subject is no antecedent of "she": the description is', 'A critic from the Velmar Evening Post came in by chance. She wrote that the soup was ‘worth the wait’.', [
    ['indirect', "the soup was 'worth the wait'", 'A critic'],
    ['direct', 'worth the wait', 'A critic'],
  ]],
  ['a body named before words for its kind ("the … campaign group") is the body', 'The Velmar Harbour Watch campaign group said the deals showed that the port was ‘selling off the family silver’.', [
    ['indirect', "the deals showed that the port was 'selling off the family silver'", 'Velmar Harbour Watch'],
    ['direct', 'selling off the family silver', 'Velmar Harbour Watch'],
  ]],
  ['a body "at" a place "in" a town speaks as described, plural possessive included, not the town', 'But the dockers\' union at the Velmar yard in Brenmouth, which employs 400 people, said it had been given no guarantees.', [
    ['indirect', 'it had been given no guarantees', "the dockers' union at the Velmar yard in Brenmouth"],
  ]],
  ['"Mr Smith" after "Michael and Joanne Smith" is Michael Smith, by the title\'s gender', 'Gas blast\n\nMichael and Joanne Smith had left the house with their sons. ‘We did not smell anything,’ Mr Smith said.', [
    ['direct', 'We did not smell anything,', 'Michael Smith'],
  ]],
  ['"in his words" before a quotation: the person "his" stands for', 'Tomas Keldren opened the bakery in 1995 with a borrowed oven and, in his words, ‘no idea what I was doing’.', [
    ['direct', 'no idea what I was doing', 'Tomas Keldren'],
  ]],
  ['a name right after a role noun, no comma between, is the speaker', 'My sister Anna Lind would look at the bin and say, ‘Again?’', [['direct', 'Again?', 'Anna Lind']]],
  ['"just" before the verb is no part of the speaker phrase', 'The coach just said, ‘Go and enjoy the match.’', [['direct', 'Go and enjoy the match.', 'The coach']]],
  ['"the council" stands for the council the article names', 'Brenmouth Borough Council met on Monday. The council said the harbour gate would stay shut until May.', [
    ['indirect', 'the harbour gate would stay shut until May', 'Brenmouth Borough Council'],
  ]],
  ['a body\'s own figures speak for the body', 'Brenmouth Borough Council met on Monday. According to the council\'s own figures, only 312 homes were built last year.', [
    ['indirect', 'only 312 homes were built last year', 'Brenmouth Borough Council'],
  ]],
  ['a quotation opening the sentence after one that ends on a gesture ("he shrugged.") is the words of its subject', 'Harbour row\n\nTomas Keldren told reporters the gate would reopen. Asked whether the owners agreed, he shrugged. ‘You would have to ask them. I have not seen the letter.’', [
    ['direct', 'You would have to ask them. I have not seen the letter.', 'Tomas Keldren'],
  ]],
  ['an account quoted over several paragraphs, naming no one, is the words of the person the paragraph before names as a subject', 'Inquiry hears tenant\n\nAnna Lind, 41, spoke for two hours on Monday. Her account is given here in full.\n\n‘I woke up because the alarm next door was going. Ours never went off.\n\n‘I opened the front door and the corridor was black. I shut it again and rang for help.’', [
    ['direct', "I woke up because the alarm next door was going. Ours never went off.\n\n'I opened the front door and the corridor was black. I shut it again and rang for help.", 'Anna Lind'],
  ]],
  ['a body\'s name ending in "Department" is that body, not the department the article names last (MultiLing 2011)', 'Velmar quake\n\nThe Velmar Department of Agriculture counted the damage. Embassy staff were "literally in the dark" due to power cuts, said Harbour Department spokesman P. J. Crowley.', [
    ['indirect', 'Embassy staff were "literally in the dark" due to power cuts', 'Harbour Department'],
    ['direct', 'literally in the dark', 'Harbour Department'],
  ]],
  ['past a long quotation, "he" is the last person named, though his gender is not known, not a man named before him (MultiLing 2011)', 'Velmar quake\n\nJoseph Tarrant, a reporter, was in the area when it struck.\n\nPresident Orrin Vale told the Courier the damage was "unimaginable". "The parliament has collapsed. The tax office has collapsed. The schools have collapsed. The port has collapsed. There are many dead," he said.', [
    ['direct', 'unimaginable', 'Orrin Vale'],
    ['direct', 'The parliament has collapsed. The tax office has collapsed. The schools have collapsed. The port has collapsed. There are many dead,', 'Orrin Vale'],
  ]],
  ['"he" after a sentence naming a person and describing him stands for the name (MultiLing 2011)', 'Tomas Arlen, a harbour spokesman says "Our policy is to keep the gate shut." He said there is a task force that oversees the gate.', [
    ['direct', 'Our policy is to keep the gate shut.', 'a harbour spokesman'],
    ['indirect', 'there is a task force that oversees the gate', 'Tomas Arlen'],
  ]],
  ['the one who "was told" words after a colon did not speak them, though the sentence names him (session 23)', 'Harbour row\n\nTomas Patel said he was told: ‘Leave the building now.’', [
    ['indirect', "he was told: 'Leave the building now.'", 'Tomas Patel'],
    ['direct', 'Leave the building now.', '-'],
  ]],
  ['"its lawyers" speak for the organisation "it" stands for (session 23)', 'Harbour row\n\nThe managing agent, Kestrel Property Group, has accepted the blame. Its lawyers told the inquiry that the company was ‘deeply sorry’.', [
    ['indirect', "the company was 'deeply sorry'", 'Kestrel Property Group'],
    ['direct', 'deeply sorry', 'Kestrel Property Group'],
  ]],
];

describe('findQuotes: English speakers, hard cases', () => {
  it.each(ENGLISH_SPEAKER_CASES)('%s', (_name, text, expected) => {
    const article = textArticle(text);
    expect(findQuotes(article).map((quote) => [quote.kind, spanText(article.text, quote.span), quote.speaker?.name ?? '-'])).toEqual(expected);
  });
});
