import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { articleEntities } from './index.js';

describe('names a reader would call wrong', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    [
      'a title-case headline names only what the article knows (ECB+)',
      'The festival picks a best singer each year, and Mina Harlow said she was the best singer in Velmar.\n\nFestival Picks Mina Harlow As Best Singer\n\nHarlow sang.',
      [['Mina Harlow', 'person'], ['Velmar', 'place']],
    ],
    [
      'a one-word place that is the surname of the article\'s person is that person, unless a place preposition comes before it (DUC 2004, ECB+)',
      'Rowan Jordan scored twice. Jordan said it was over, and the team flew to Jordan. Interest in Varek grew after Ilse Varek won.',
      [['Rowan Jordan', 'person'], ['Jordan', 'place'], ['Ilse Varek', 'person']],
    ],
    ['a known place that no person of the article bears as a surname stays a place', 'Jordan said it would close its border. Talal Haddad said refugees fled to Jordan.', [['Jordan', 'place'], ['Talal Haddad', 'person']]],
    [
      'titles come off names, an organisation\'s acronym or name before the title too (DUC 2004, ECB+)',
      'Senate Majority Leader Orrin Vale met KDP President Sela Moru, Coach Dario Penn and Hawks QB Ty Brandt. The series Doctor Who returned, and Doctor Who fans watched Doctor Rafe Ellory.',
      [['Orrin Vale', 'person'], ['Sela Moru', 'person'], ['Dario Penn', 'person'], ['Ty Brandt', 'person'], ['Doctor Who', 'work'], ['Rafe Ellory', 'person']],
    ],
    [
      'a work\'s title after its cue runs through lower-case "of" and "the" (ECB+, MultiLing)',
      'Tova Marsh starred in the comedy The Depths of Harrow and in the film The Ballad of the Salt Road.',
      [['Tova Marsh', 'person'], ['Depths of Harrow', 'work'], ['Ballad of the Salt Road', 'work']],
    ],
    ['a known place before "de" or "del" and a name is one place (MultiLing)', 'Pilgrims walked from Santo Domingo de Calvera to Buenos Aires del Sur.', [['Santo Domingo de Calvera', 'place'], ['Buenos Aires del Sur', 'place']]],
    [
      'a name before "de" and a known name is one name (ECB+, MultiLing)',
      'Riders left the Estadio de Peru for the Tour de Norway, and the Universidad de Peru and Televisión Nacional de Peru reported from San Carlos de La Paz.',
      [['Estadio de Peru', 'place'], ['Universidad de Peru', 'organisation'], ['Televisión Nacional de Peru', 'organisation'], ['San Carlos de La Paz', 'place']],
    ],
    [
      'an "and" between capitalized words whose last is a body\'s word is one organisation\'s name (ECB+, DUC 2004)',
      'Director Ilse Marrow of the Brenmouth Fish and Wildlife Service met the Commerce and Interior Department.',
      [['Ilse Marrow', 'person'], ['Brenmouth Fish and Wildlife Service', 'organisation'], ['Interior Department', 'organisation']],
    ],
    ['an "and" after a name that a "to" began joins no organisation (DUC 2004)', 'Ada Morrow runs on the Right to Life and Unity Party lines.', [['Ada Morrow', 'person'], ['Unity Party', 'organisation']]],
    ['a known body\'s word ends a longer unknown name (ECB+)', 'The Velmar National Congress won, said Tomas Arlen.', [['Velmar National Congress', 'organisation'], ['Tomas Arlen', 'person']]],
    [
      'a region\'s or a faith\'s adjective before a common noun or a demonym names no one (DUC 2004, ECB+)',
      'A Roman Catholic priest from the Central Asian nation, an African - American woman and a former Soviet official met Dara Quill of the Roman Catholic Church.',
      [['United States', 'place'], ['Dara Quill', 'person'], ['Roman Catholic Church', 'organisation']],
    ],
    [
      'a describing suffix ends a name (DUC 2004)',
      'The Velmar-based Institute of Marine Study said the Russian-built Zarya module docked.',
      [['Institute of Marine Study', 'organisation'], ['Russia', 'place']],
    ],
    ['a municipality before "of" heads an organisation\'s name (MultiLing)', 'On Monday the Municipality of Corvena published plans.', [['Municipality of Corvena', 'organisation']]],
    ['a gazetteer name runs on through "of" after two name words (ECB+)', 'The islands sit on the Pacific Ring of Fire, an arc of volcanoes.', [['Pacific Ring of Fire', 'place']]],
    ['a name after "nearby" is a place (ECB+)', 'A document filed in nearby Brenvale, Tomas Arlen said, was sealed.', [['Brenvale', 'place'], ['Tomas Arlen', 'person']]],
    ['plural role nouns opening a sentence are no names (DUC 2004, ECB+)', 'Dissidents said the vote was rigged. Councillors Ada Morrow and Ben Tallis agreed.', [['Ada Morrow', 'person'], ['Ben Tallis', 'person']]],
    ['a body\'s word runs on through "for" (ECB+, DUC 2004)', 'The Velmar Foundation for Marine Rights and the Center for Coastal Diversity sued.', [['Velmar Foundation for Marine Rights', 'organisation'], ['Center for Coastal Diversity', 'organisation']]],
    ['an award is nobody (DUC 2004, ECB+)', 'Mira Sandoval won the Velmar Award and a Primetime Emmy.', [['Mira Sandoval', 'person']]],
    ['"Mt" opens a place\'s name (ECB+)', 'Climbers left Mt Corrin at dawn.', [['Mt Corrin', 'place']]],
    ['"Const." is a constable\'s title (ECB+)', 'Police Const. Tomas Arlen said the man fled.', [['Tomas Arlen', 'person']]],
    ['Major League Baseball is one organisation (ECB+)', 'Major League Baseball fined Ada Morrow.', [['Major League Baseball', 'organisation'], ['Ada Morrow', 'person']]],
    ['a compass word opens a place\'s name (DUC 2004, ECB+)', 'Fighting spread across South Corvena and West Brenmark.', [['South Corvena', 'place'], ['West Brenmark', 'place']]],
    [
      'companies and a trade paper named without a body\'s word are organisations (DUC 2004, ECB+, MultiLing)',
      'Rite Aid, Waitrose, Trend Micro and Research In Motion gained, the Hollywood Reporter and Weather Underground said.',
      [['Rite Aid', 'organisation'], ['Waitrose', 'organisation'], ['Trend Micro', 'organisation'], ['Research In Motion', 'organisation'], ['Hollywood Reporter', 'organisation'], ['Weather Underground', 'organisation']],
    ],
    ['"Transit" ends a transport operator\'s name, not a person\'s', 'Marrowby Transit said on Monday that it would cut two bus routes.', [['Marrowby Transit', 'organisation']]],
    ['"Recovery" ends a clinic\'s name and "Corridor" a place\'s (ECB+, MultiLing)', 'Tomas Arlen left Brenvale Recovery and sailed the Velmar Transit Corridor.', [['Tomas Arlen', 'person'], ['Brenvale Recovery', 'organisation'], ['Velmar Transit Corridor', 'place']]],
    ['Social Security is an agency (DUC 2004, ECB+)', 'Ada Morrow said Social Security would pay.', [['Ada Morrow', 'person'], ['Social Security', 'organisation']]],
    [
      'a question word ends a title, and a rank after a word the article writes in lower case names a kind, not a person (ECB+)',
      'The new Doctor Who pleased viewers. Every Time Lord has two hearts, Mary King said, and time runs out.',
      [['Doctor Who', 'work'], ['Mary King', 'person']],
    ],
    ['a plural noun before "of" opens a body\'s name (ECB+, DUC 2004)', 'Protesters marched, and the Keepers of Brenmark Wildlife sued Tomas Arlen.', [['Keepers of Brenmark Wildlife', 'organisation'], ['Tomas Arlen', 'person']]],
    ['a count opening a sentence is no name; peoples of regions are their regions (DUC 2004, MultiLing)', 'Thousands of Kurds marched in Velmar. Hundreds of Tibetans joined.', [['Kurdistan', 'place'], ['Velmar', 'place'], ['Tibet', 'place']]],
    [
      'a district after a name makes a place, in every mention; a helicopter a product (ECB+, DUC 2004)',
      'Quakes shook the mountainous Orvak Selan district. A Kestrel Vane helicopter flew from Orvak Selan to Brenmouth.',
      [['Orvak Selan', 'place'], ['Kestrel Vane', 'product']],
    ],
    ['a place named before a district, typed so by "in", is that place in every mention (ECB+)', 'Landslides hit villages in Orvak Selan district. The quake was felt from Orvak Selan to the coast.', [['Orvak Selan', 'place']]],
    [
      'one word before a district is no place when it is the article\'s person\'s surname, an adjective or a sentence opener (DUC 2004, ECB+)',
      'Rep. Ada Morrow won the Morrow district, and an Olympic city voted. Entire villages fled to Carrow county.',
      [['Ada Morrow', 'person'], ['Carrow', 'place']],
    ],
    [
      'a fullest name written once gives way to the name without a middle word written more often, unless that word is a given name (DUC 2004)',
      'Opposition leader Tomas Vel Arlen spoke. Tomas Arlen left, and Tomas Arlen returned. Ada Mae Morrow spoke. Ada Morrow left. Ada Morrow returned.',
      [['Tomas Arlen', 'person'], ['Ada Mae Morrow', 'person']],
    ],
    [
      'a long brand misspelt by one letter opens a product; the World Wide Web is one product, and "Web" before "site" ends no name (ECB+, DUC 2004)',
      'Shops sold the Playstaton Vita, and Ada Morrow browsed the World Wide Web on the Velmar Web site.',
      [['Playstaton Vita', 'product'], ['Ada Morrow', 'person'], ['World Wide Web', 'product']],
    ],
    [
      'a landmark\'s word after a word the article writes in lower case is a place; palaces are places (DUC 2004)',
      'Orla Penn joined the Freedom Gate movement, for freedom mattered to her, as Elissa Gate did, near the Velmar Palace.',
      [['Orla Penn', 'person'], ['Freedom Gate', 'place'], ['Elissa Gate', 'person'], ['Velmar Palace', 'place']],
    ],
    [
      'a title before "of" and one or two words is a role; no name opens on "of" (DUC 2004, ECB+)',
      'Ada Morrow, the Director of Operations, met the Governor of Velmarra. The arrest in Rome of Tomas Arlen followed.',
      [['Ada Morrow', 'person'], ['Rome', 'place'], ['Tomas Arlen', 'person']],
    ],
    ['a given name and a surname that is a place word are a person (DUC 2004)', 'Envoy Orla Penn met Anthony Lake and Tony Hall near Velmar Hill. Hall said little.', [['Orla Penn', 'person'], ['Anthony Lake', 'person'], ['Tony Hall', 'person'], ['Velmar Hill', 'place']]],
    ['a depression is an event, nobody (ECB+)', 'The mill closed in the Great Depression, Ada Morrow said.', [['Ada Morrow', 'person']]],
    [
      'a given name after a kin noun in lower case is a relative, the same person as a full name only when a family bears its surname; a capitalized one is a title (DUC 2004, ECB+)',
      'The Rev. Paul Marrow led the march. Dr. Tomas Keldren was shot. "Stress?" his oldest brother Paul said. His nephew Dov wept, and Father Weslan prayed with Weslan Orrow. Ruth Keldren and her son Tomas left.',
      [['Paul Marrow', 'person'], ['Tomas Keldren', 'person'], ['Paul', 'person'], ['Dov', 'person'], ['Weslan Orrow', 'person'], ['Ruth Keldren', 'person']],
    ],
    [
      'a compass word before a known place, and name words between a known place and a place noun, make one place (MultiLing, DUC 2004)',
      'Floods hit the Peru Velasca district and North Peru, and crews from Southern Norway flew to the Oslo Tarvik region.',
      [['Peru Velasca', 'place'], ['North Peru', 'place'], ['Southern Norway', 'place'], ['Oslo Tarvik', 'place']],
    ],
    [
      'one word "of" a place, the word named alone as a place elsewhere or the place a known one, is two names, not a person (ECB+)',
      'Two hotels in Sorvik collapsed. Ada Morrow spoke by phone from Sorvik of Velmara\'s main city. Quakes shook the Island of Peru.',
      [['Sorvik', 'place'], ['Ada Morrow', 'person'], ['Velmara', 'place'], ['Peru', 'place']],
    ],
    [
      'one word "of" a name, the word named alone and typed elsewhere, is two names; a company\'s name without its suffix is the company (DUC 2004, ECB+)',
      'The boards of Orvane Corp. and Telvik Corp. met. Shares of Orvane, the biggest oil company, rose. It would be a takeover by Orvane of Telvik. Telvik shares rose.',
      [['Orvane Corp.', 'organisation'], ['Telvik Corp.', 'organisation']],
    ],
    [
      'an emergency service\'s pair holds a name together through "and" or "&" and ends an organisation\'s name (ECB+)',
      'Brenmouth Fire and Rescue tackled the blaze, and Velmar Fire & Rescue Chief Ada Morrow arrived with the Velmar Search and Rescue Team.',
      [['Brenmouth Fire and Rescue', 'organisation'], ['Ada Morrow', 'person'], ['Velmar Search and Rescue Team', 'organisation']],
    ],
    [
      'an owner\'s word before a name the article shows to be a machine\'s is cut off it, not read as a person (DUC 2004)',
      'The Velmar Navy has sent a Kestrel Vane helicopter, and the Navy Kestrel Vane is using night-vision equipment.',
      [['Velmar Navy', 'organisation'], ['Kestrel Vane', 'product']],
    ],
    [
      '"International" ends an organisation\'s name, which its first word alone names too; a tsunami, an earthquake and a covenant before "of" are nobody (MultiLing, DUC 2004)',
      'Many died in the Indian Ocean Tsunami, figures published by Tarvo International reveal. Tarvo said women died. The Great Corvena Earthquake struck, and Ada Morrow read the Velmar Covenant of Civil Rights.',
      [['India', 'place'], ['Tarvo International', 'organisation'], ['Ada Morrow', 'person']],
    ],
    [
      'a day\'s or a week\'s name is nobody, unless a given name opens it (DUC 2004)',
      'Veterans marched on Remembrance Day and during Velmar Awareness Week, and Mary Day sang before Election Day.',
      [['Mary Day', 'person']],
    ],
    [
      'a word shouted in a sentence\'s lead-in that the article writes in lower case is no acronym; one it does not stays an organisation (ECB+)',
      'A FIRE destroyed the depot, Ada Morrow said, and the fire spread to the VRA yard.',
      [['Ada Morrow', 'person'], ['VRA', 'organisation']],
    ],
    ['"Magistrates" ends a court\'s name (ECB+)', 'Ada Morrow appeared before Brenmouth District Magistrates on Monday.', [['Ada Morrow', 'person'], ['Brenmouth District Magistrates', 'organisation']]],
    ['a town\'s unit before "of" opens a place\'s name (ECB+)', 'Ada Morrow of the City of Brenmouth said the Town of Orrick agreed.', [['Ada Morrow', 'person'], ['City of Brenmouth', 'place'], ['Town of Orrick', 'place']]],
    ['a transaction note\'s verb opening a sentence is no part of the name after it (ECB+)', 'The club made moves on Monday. Named Tomas Arlen coach. Signed Ada Morrow to a contract.', [['Tomas Arlen', 'person'], ['Ada Morrow', 'person']]],
    [
      'a "to" between capitalized words after "the", a body\'s word ending the run, is one organisation; a person taken to a hospital is two names (DUC 2004)',
      'Ada Morrow spoke for the Velmar Right to Life Committee and the Right to Work Party. Nurses took Tomas Arlen to Brenmouth Hospital.',
      [['Ada Morrow', 'person'], ['Velmar Right to Life Committee', 'organisation'], ['Right to Work Party', 'organisation'], ['Tomas Arlen', 'person'], ['Brenmouth Hospital', 'organisation']],
    ],
    ['a nation before "of" heads an organisation\'s name (DUC 2004)', 'Ada Morrow spoke for the Nation of Velmarism in Brenmouth.', [['Ada Morrow', 'person'], ['Nation of Velmarism', 'organisation'], ['Brenmouth', 'place']]],
    [
      'one word "of" one word, each named alone elsewhere, is two names, the second a place (DUC 2004)',
      'Rivals include last year\'s winner Brindabella of Corvenport. Ada Morrow said she would beat Brindabella in the Corvenport to Hobart race.',
      [['Corvenport', 'place'], ['Ada Morrow', 'person']],
    ],
    ['a periodical\'s word ends an organisation\'s name (ECB+)', 'Ada Morrow told Velmar Weekly she would stay.', [['Ada Morrow', 'person'], ['Velmar Weekly', 'organisation']]],
    [
      'a quoted title holding a subtitle\'s colon, before a work\'s noun or after a periodical\'s name is one work (ECB+, DUC 2004)',
      'Ada Morrow starred in the "Tide Riders" franchise, including the upcoming "Tide Riders Origins: Kestrel." She wrote for the Velmar Weekly, "In Search of Tomas Arlen."',
      [['Ada Morrow', 'person'], ['Tide Riders', 'work'], ['Tide Riders Origins: Kestrel', 'work'], ['Velmar Weekly', 'organisation'], ['In Search of Tomas Arlen', 'work']],
    ],
    ['an adjective of size or force shouted in a sentence\'s lead-in is no acronym (ECB+)', 'A HUGE blaze destroyed the depot, Ada Morrow said.', [['Ada Morrow', 'person']]],
    ['a contest\'s title ends a role, nobody\'s name (ECB+)', 'Former Heavyweight Champion, Tomas Arlen, 43-1, returned to the ring.', [['Tomas Arlen', 'person']]],
    [
      'an event\'s word the article writes in lower case opens a kind of thing, unless a body\'s word ends the name (MultiLing, ECB+)',
      'After the tsunami, Ada Morrow gave to Tsunami Aid groups and to the Tsunami Relief Fund.',
      [['Ada Morrow', 'person'], ['Tsunami Relief Fund', 'organisation']],
    ],
    ['an acronym made plural names a kind, no one (ECB+)', 'Indian ISPs said the cable broke, and NGOs agreed with Ada Morrow.', [['India', 'place'], ['Ada Morrow', 'person']]],
    ['a describing suffix is no part of a longer name\'s last word (DUC 2004)', 'Ada Morrow fled the Velmar Unity Party-led regime.', [['Ada Morrow', 'person'], ['Velmar Unity Party', 'organisation']]],
    [
      'a partisan word last, or only partisan and chamber words, name no one; after a body\'s word a newspaper (DUC 2004, ECB+)',
      'Rep. Ada Morrow, a Brenmouth Republican, met House Republican leaders and the Republican Senate majority. The Republican said the Press Democrat newspaper was wrong.',
      [['Ada Morrow', 'person'], ['Press Democrat', 'organisation']],
    ],
    ['an academy and a campaign end an organisation\'s name (DUC 2004, ECB+)', 'The Swedish Academy praised Ada Morrow, and the Velmar Rights Campaign agreed.', [['Swedish Academy', 'organisation'], ['Ada Morrow', 'person'], ['Velmar Rights Campaign', 'organisation']]],
    ['a company\'s officer\'s abbreviation is a title (ECB+)', 'Velmar CEO Ada Morrow and VP Tomas Arlen spoke. CEO Orla Penn agreed.', [['Ada Morrow', 'person'], ['Tomas Arlen', 'person'], ['Orla Penn', 'person']]],
    ['an acronym after a count or before a model\'s number abbreviates a unit or a thing, no body (ECB+)', 'The Velmar phone has 16 GB of memory, Ada Morrow said at 8:00 PM, and rebels carried AK-47 rifles.', [['Ada Morrow', 'person']]],
    ['a team\'s nickname alone after "the" is the team (ECB+, DUC 2004)', 'The Chargers beat the Colts, and Ada Morrow cheered.', [['Chargers', 'organisation'], ['Colts', 'organisation'], ['Ada Morrow', 'person']]],
    ['a name before a lower-case "state" is a place (ECB+, DUC 2004)', 'Fighting spread to Velmar Nile state, Ada Morrow said.', [['Velmar Nile', 'place'], ['Ada Morrow', 'person']]],
    [
      'a common noun\'s acronym alone names no body, inside a longer name it may (ECB+, DUC 2004)',
      'Ada Morrow saw on TV that a DNA test, the GPS data and a DUI charge had tied Tomas Arlen to the SWAT raid, Velmar TV said.',
      [['Ada Morrow', 'person'], ['Tomas Arlen', 'person'], ['Velmar TV', 'organisation']],
    ],
    ['a known place before name words ending in a team\'s nickname is the team\'s name, which its nickname alone names too (ECB+)', 'The Kansas City Chiefs lost, and Ada Morrow cheered the Chiefs.', [['Kansas City Chiefs', 'organisation'], ['Ada Morrow', 'person']]],
    ['a cause\'s plural noun last names no one (DUC 2004)', 'Ada Morrow said the Covenant on Civil and Political Rights bound Velmar, and Tomas Arlen, director of Brenmark-based Human Rights in Velmar, agreed.', [['Ada Morrow', 'person'], ['Velmar', 'place'], ['Tomas Arlen', 'person']]],
    ['a name before a lower-case "article" is a periodical\'s, in every mention (ECB+)', 'Ada Morrow told her story in a 2005 Velmar Ledger article. Velmar Ledger scooped the dailies.', [['Ada Morrow', 'person'], ['Velmar Ledger', 'organisation']]],
    ['a name of two words before a lower-case "man" or "home" is a place\'s (ECB+)', 'A New Dunmore man was held, and police searched a New Dunmore home.', [['New Dunmore', 'place']]],
    [
      '"Oil" and "Petroleum" end a company\'s name, which a person\'s full name may own (DUC 2004)',
      'Ada Morrow said Brenmark Oil, Velmar Petroleum and John D. Tallis\'s Corvena Oil would merge.',
      [['Ada Morrow', 'person'], ['Brenmark Oil', 'organisation'], ['Velmar Petroleum', 'organisation'], ['John D. Tallis', 'person'], ['Corvena Oil', 'organisation']],
    ],
    ['a regnal number past XI is no acronym (DUC 2004)', 'King Oskar XVI Arvid spoke, and Pope Linus XXIII agreed.', [['Oskar XVI Arvid', 'person'], ['Linus XXIII', 'person']]],
    ['a doubled letter or a letter and "J" before a surname are a person\'s initials (ECB+)', 'The Hawks signed pitchers CC Marlow and AJ Brandt, and the TT Agency said so.', [['Hawks', 'organisation'], ['CC Marlow', 'person'], ['AJ Brandt', 'person'], ['TT Agency', 'organisation']]],
    ['a company officer\'s abbreviation alone is a role, no body (ECB+, DUC 2004)', 'The company CEO was shot, said Ada Morrow, senior VP and founder.', [['Ada Morrow', 'person']]],
    ['after a body\'s "for", an "and" joins one more word that ends the name (DUC 2004)', 'The Velmar Organization for Security and Cooperation sent Ada Morrow.', [['Velmar Organization for Security and Cooperation', 'organisation'], ['Ada Morrow', 'person']]],
    ['a person\'s name before a shop\'s noun names the business, in every mention (ECB+)', 'Robbers raided the Ada Morrow jewellery store in Velmar. Ada Morrow said nothing.', [['Ada Morrow', 'organisation'], ['Velmar', 'place']]],
    ['a known name runs on through its lower-case words (DUC 2004, MultiLing)', 'The Organization for Security and Cooperation in Europe and the Intergovernmental Panel on Climate Change met Ada Morrow.', [['Organization for Security and Cooperation in Europe', 'organisation'], ['Intergovernmental Panel on Climate Change', 'organisation'], ['Ada Morrow', 'person']]],
    ['acronyms after a count abbreviate units, no one (ECB+)', 'Posted at 8: 10 PM ET by Ada Morrow.', [['Ada Morrow', 'person']]],
    ['an acronym after a model\'s code, or a standard\'s, a degree\'s or an office\'s acronym alone, names no body (ECB+)', 'The laptop has a 9600M GT chip and a QWERTY keyboard on an EDGE network, said Ada Morrow, MD, and the DA agreed.', [['Ada Morrow', 'person']]],
    ['a chamber before "of" heads an organisation\'s name, a hall a place\'s (DUC 2004, ECB+)', 'The Chamber of Deputies voted, and Ada Morrow entered the Hall of Fame.', [['Chamber of Deputies', 'organisation'], ['Ada Morrow', 'person'], ['Hall of Fame', 'place']]],
    ['an award named like a person, alone where the article writes it in the plural, is nobody (ECB+)', 'Ada Morrow will be the Oscar host at the Oscars. She won a Tony at the Tonys, and her son Oscar, 8, cheered, as did Tony Hall.', [['Ada Morrow', 'person'], ['Oscar', 'person'], ['Tony Hall', 'person']]],
    ['"Telecom" ends a company\'s name, a known place\'s with it, possessive or not; a known place owning a name is no part of it (ECB+, DUC 2004)', 'France Telecom said so, France Telecom\'s unit agreed, and Ada Morrow worked for Britain\'s Velmar Telecom.', [['France Telecom', 'organisation'], ['Ada Morrow', 'person'], ['Britain', 'place'], ['Velmar Telecom', 'organisation']]],
    ['a football position\'s abbreviation is a title (ECB+)', 'The Hawks lost DT Ada Morrow and CB Tomas Arlen.', [['Hawks', 'organisation'], ['Ada Morrow', 'person'], ['Tomas Arlen', 'person']]],
    ['"Ranch" ends a place\'s name; a neighborhood or a settlement names a place (ECB+, DUC 2004)', 'Police raided the Velmar Ranch near the Orrick neighborhood and the settlement of Tarvik Homa.', [['Velmar Ranch', 'place'], ['Orrick', 'place'], ['Tarvik Homa', 'place']]],
    ['an award\'s glove and a law\'s code are nobody (ECB+, DUC 2004)', 'Ada Morrow won a Gold Glove and read the Velmar Criminal Code.', [['Ada Morrow', 'person']]],
    ['the gazetteer knows Planned Parenthood and the social networks (DUC 2004, ECB+)', 'Ada Morrow of Planned Parenthood wrote on Twitter and the New Orleans Saints Twitter account.', [['Ada Morrow', 'person'], ['Planned Parenthood', 'organisation'], ['Twitter', 'organisation'], ['New Orleans Saints', 'organisation']]],
    ['a name after a vessel\'s part and "of" is a vessel\'s (DUC 2004)', 'A sailor was swept from the deck of Sword of Velmar on Sunday.', [['Sword of Velmar', 'vessel']]],
    [
      'one word before "of", no given name, makes no person\'s name; a name the article names alone is cut there (DUC 2004, ECB+)',
      'A sailor was swept off the Lantern of Vey, Ada Morrow said, near the Garden of Orrick. Rebels held Tarvik of Corvena\'s north, and troops stayed in Tarvik.',
      [['Ada Morrow', 'person'], ['Tarvik', 'place'], ['Corvena', 'place']],
    ],
    ['a title\'s name ending in a surname that is a place word is a person\'s (ECB+)', 'He beat his guard, sheriff\'s Deputy Mara Hall, and fled.', [['Mara Hall', 'person']]],
    ['three name words after a lower-case "in" are a place, not a person (ECB+)', 'Ada Morrow rebuilt her clinic in Bayou La Corve.', [['Ada Morrow', 'person'], ['Bayou La Corve', 'place']]],
    [
      'a compass point\'s abbreviation opens a region\'s name and alone names nothing; Windows XP is a thing (ECB+)',
      'The patch fixes XP and XP Professional. A riot spreads in the city.\n\nRiot Spreads In NE Philadelphia\n\nIt spread NE, said Ada Morrow.',
      [['XP Professional', 'product'], ['NE Philadelphia', 'place'], ['Ada Morrow', 'person']],
    ],
    [
      'a capital\'s possessive before a name that is no government body\'s is the city; a weekday opens a newspaper\'s name (ECB+, DUC 2004)',
      'A fire gutted shops in Wellington\'s Tarvik Street, London\'s Sunday Telegraph reported, and Seoul\'s Foreign Ministry said so.',
      [['Wellington', 'place'], ['Tarvik Street', 'place'], ['London', 'place'], ['Sunday Telegraph', 'organisation'], ['South Korea', 'place'], ['Foreign Ministry', 'organisation']],
    ],
    [
      'initials alone before a surname name another person than a given name of another letter or than one spelt out for two initials (ECB+)',
      'His son, T.J. Marrow, is a guard. Assistant general manager Tomas Marrow was named coach, and R. Hale and Ian Hale, and J. Penn and John Penn, cheered.',
      [['T.J. Marrow', 'person'], ['Tomas Marrow', 'person'], ['R. Hale', 'person'], ['Ian Hale', 'person'], ['John Penn', 'person']],
    ],
    ['a newspaper named a Record is an organisation, not a person or a place (ECB+)', 'The Kelby Times Record reported the fire, and the Times Record said Ada Morrow set a record.', [['Kelby Times Record', 'organisation'], ['Times Record', 'organisation'], ['Ada Morrow', 'person']]],
    ['"GM" is a title before a name and after a title, a company alone (ECB+, DUC 2004)', 'Hawks GM Tomas Arlen, once assistant GM, said GM would pay.', [['Tomas Arlen', 'person'], ['GM', 'organisation']]],
    ['a compass word after "of" opens a known place\'s region inside a body\'s name (ECB+)', 'Ada Morrow taught at the University of South Georgia School of Nursing and the Medical Center of Central Texas.', [['Ada Morrow', 'person'], ['University of South Georgia', 'organisation'], ['School of Nursing', 'organisation'], ['Medical Center of Central Texas', 'organisation']]],
    [
      'a guild, a corps and films end a body\'s name, a theatre, a jail, a market, towers, a hut and a canyon a place\'s; undersheriff and the abbreviations Atty. and Spc. are titles; the gazetteer knows Al Qaeda, Doctors Without Borders and Le Monde (ECB+, DUC 2004)',
      'Ada Morrow of the Velmar Writers Guild met Undersheriff Tomas Arlen and Dist. Atty. Orla Penn at the Velmar Theatre, the Brenmouth County Jail and the Tarvik Fish Market. Army Spc. Ian Hale and the Velmar Marine Corps watched Corvena Films, and Al Qaeda, Doctors Without Borders and Le Monde were named.',
      [['Ada Morrow', 'person'], ['Velmar Writers Guild', 'organisation'], ['Tomas Arlen', 'person'], ['Orla Penn', 'person'], ['Velmar Theatre', 'place'], ['Brenmouth County Jail', 'place'], ['Tarvik Fish Market', 'place'], ['Ian Hale', 'person'], ['Velmar Marine Corps', 'organisation'], ['Corvena Films', 'organisation'], ['al-Qaida', 'organisation'], ['Doctors Without Borders', 'organisation'], ['Le Monde', 'organisation']],
    ],
    [
      'two faith\'s adjectives name a member, no one; a fair, meetings, a torch and a sabbath are events; "Prophet" is a title; Vanity Fair is a magazine (DUC 2004, ECB+)',
      'Ada Morrow, a Maronite Catholic, met a Shiite Muslim at the Velmar Book Fair and the Winter Meetings before the Jewish Sabbath. The Velmar Olympic Torch arrived on the birthday of Prophet Mohammed, Vanity Fair reported.',
      [['Ada Morrow', 'person'], ['Mohammed', 'person'], ['Vanity Fair', 'organisation']],
    ],
    ['a known place before a body\'s head and "of" opens the body\'s name (DUC 2004, ECB+)', 'Ada Morrow left the Massachusetts Institute of Marine Study for the Texas Department of Coastal Justice.', [['Ada Morrow', 'person'], ['Massachusetts Institute of Marine Study', 'organisation'], ['Texas Department of Coastal Justice', 'organisation']]],
    ['a word the article writes in lower case too, before a number after "in", numbers a thing, no place (DUC 2004, ECB+)', 'Ada Morrow scored in Game 2 and in Week 11, a long game in a long week, and landed in Brenmouth 2 days later.', [['Ada Morrow', 'person'], ['Brenmouth', 'place']]],
    ['a name before a business\'s premises is a company\'s, in every mention; "Point" opens a place\'s name (ECB+)', 'Fire gutted the Orla Maid warehouse near Point Corrin. Orla Maid was founded in 1935.', [['Orla Maid', 'organisation'], ['Point Corrin', 'place']]],
    [
      'names joined by "&" are a firm\'s, not a person\'s, unless the "&" joins titles; a known name written with "&" is the known name',
      'Parton & Gribble cut prices, Marlow & Spence closed stores and TK&R raised fees. Mr & Mrs Reed shopped at Harlow & Finch in Trinidad & Tobago.',
      [['Parton & Gribble', 'organisation'], ['Marlow & Spence', 'organisation'], ['TK&R', 'organisation'], ['Reed', 'person'], ['Harlow & Finch', 'organisation'], ['Trinidad and Tobago', 'place']],
    ],
    ['a shouted heading before a sentence\'s first word is no name, nor a "The" last (DUC 2004)', 'HAWKS Passing The quick passing let Ada Morrow score. Q. The vote?', [['Ada Morrow', 'person']]],
    [
      'a given name alone owning a name ("Martha\'s Vineyard") makes one name, a place after a place preposition, and no person (DUC 2004)',
      'Tessa Marlow spent the summer on Martha\'s Landing, and crowds at Tom\'s Diner grew.',
      [['Tessa Marlow', 'person'], ["Martha's Landing", 'place'], ["Tom's Diner", 'place']],
    ],
    [
      'a given name owning a name is the article\'s person when the article writes it as a surname after a given name ("Sharon\'s Likud"), no place',
      "Dana Sharon won the vote. Voters turned to Sharon's Teva bloc in droves, and Anna Scott said Scott's Renewal lost.",
      [['Dana Sharon', 'person'], ['Anna Scott', 'person']],
    ],
    [
      'a known place before "Tech" or "Polytechnic" is a school\'s name, no place and no person Tech (DUC 2004)',
      'Coach Dana Pruitt left Kansas Tech for Ohio Polytechnic, and Kansas Tech said it would look in Oregon.',
      [['Dana Pruitt', 'person'], ['Kansas Tech', 'organisation'], ['Ohio Polytechnic', 'organisation'], ['Oregon', 'place']],
    ],
    [
      'a surname the article also writes in lower case still ends a person\'s name before "of" and an organisation\'s when the first name is no such word (review r4 of quotes29)',
      'Tom Young of Acme Corp said the young man left. Ivo White of Kestrel Mills Ltd said the white paper was out. The basketball star met Basketball Star of Velmar Club.',
      [['Tom Young', 'person'], ['Acme Corp', 'organisation'], ['Ivo White', 'person'], ['Kestrel Mills Ltd', 'organisation'], ['Basketball Star of Velmar Club', 'organisation']],
    ],
    [
      'a trade\'s noun after a place\'s name ends a company\'s name, known place or not, never a person\'s (quotes29)',
      'Velmar Exploration sold wells to Harlow Freight, and Ada Morrow ran the Harbour Cafe. London Freight and Texas Exploration said they would merge.',
      [['Velmar Exploration', 'organisation'], ['Harlow Freight', 'organisation'], ['Ada Morrow', 'person'], ['Harbour Cafe', 'organisation'], ['London Freight', 'organisation'], ['Texas Exploration', 'organisation']],
    ],
    [
      'a person\'s name before "of" and an organisation\'s is the person, then the organisation; "Bank of" and "University of" stay whole (quotes29)',
      'Tom Kessler of Bay Tech Systems met Mayor Sorin Valek of Velmar Council at the Bank of Corvena.',
      [['Tom Kessler', 'person'], ['Bay Tech Systems', 'organisation'], ['Sorin Valek', 'person'], ['Velmar Council', 'organisation'], ['Bank of Corvena', 'organisation']],
    ],
    [
      'a cooperative, a supplier and a sports outlet are bodies, and so is a name after a "The" opening its sentence, as after a lower-case "the" (names29b, a user\'s audit)',
      'The Copper Kettle, which opened in May, said it would close. Orrin Grain Cooperative members met Hesketh Timber Supplies. Ken Rosenthal of Kestrel Sports said so.',
      [['Copper Kettle', 'organisation'], ['Orrin Grain Cooperative', 'organisation'], ['Hesketh Timber Supplies', 'organisation'], ['Ken Rosenthal', 'person'], ['Kestrel Sports', 'organisation']],
    ],
    [
      'a reach, a cove, a landing are places; a ford, a wood, a vale only where a place preposition or a listed place puts them somewhere (names29b)',
      'Crews from Ashby Reach, Morrow Cove and Calder Point fought the fire at Tilly Landing. Trucks left Ashby Ford, Linden Quay and Orme Vale; a crew based at Kell Wood stayed. Nkem Ford said so, Vicki Vale agreed and a letter from Ada Wood came.',
      [['Ashby Reach', 'place'], ['Morrow Cove', 'place'], ['Calder Point', 'place'], ['Tilly Landing', 'place'], ['Ashby Ford', 'place'], ['Linden Quay', 'place'], ['Orme Vale', 'place'], ['Kell Wood', 'place'], ['Nkem Ford', 'person'], ['Vicki Vale', 'person'], ['Ada Wood', 'person']],
    ],
    [
      'a person "of" a place typed a place for its last word is the person, then the place (names29b, DUC 2004)',
      'Bert Ammerman of Orme Cove, whose brother died in the crash, spoke.',
      [['Bert Ammerman', 'person'], ['Orme Cove', 'place']],
    ],
    [
      'a role noun opening a sentence before a given name is the person\'s role, no part of the name; a capitalized kin noun stays a title (names29b)',
      'Analyst Rob Enderle said the chip was late. Economist Mike Dunn agreed. Sister Carol Keehan prayed.',
      [['Rob Enderle', 'person'], ['Mike Dunn', 'person'], ['Sister Carol Keehan', 'person']],
    ],
    [
      'a storm\'s name alone names the storm, though it is a given name (names29b, DUC 2004)',
      'Hurricane Mitch hit Honduras on Monday. Mitch killed 30 people, Mayor Tom Reed said.',
      [['Honduras', 'place'], ['Tom Reed', 'person']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(articleEntities(textArticle(text)).entities.map((entity) => [entity.name, entity.type])).toEqual(expected);
  });

  it('counts a surname that is a given name too as its person\'s mention when it owns a name ("Sharon\'s Teva bloc")', () => {
    const entities = articleEntities(textArticle("Voters turned to Sharon's Teva bloc in droves. Dana Sharon won the vote.")).entities;
    expect(entities.map((entity) => [entity.name, entity.type, entity.mentions.length])).toEqual([['Dana Sharon', 'person', 2]]);
  });
});
