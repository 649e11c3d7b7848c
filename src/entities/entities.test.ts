import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { prepare } from '../pipeline.js';
import { readInputs, readString } from '../read/index.js';
import { available, EXAMPLES, SEEDS } from '../read/test-support/shared-data.js';
import { seedArticles, textArticle } from '../quotes/test-support/articles.js';
import { articleEntities, findEntities, lookUpName, type Entity } from './index.js';

const named = (entities: readonly Entity[], name: string): Entity | undefined => entities.find((entity) => entity.name === name);

describe('articleEntities', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['titles come off the name', 'US Secretary of State Rex Tillerson met Russian Foreign Minister Sergei Lavrov.', [['United States', 'place'], ['Rex Tillerson', 'person'], ['Russia', 'place'], ['Sergei Lavrov', 'person']]],
    ['role words before a name make a person', 'Kremlin spokesman Dmitry Peskov spoke.', [['Kremlin', 'organisation'], ['Dmitry Peskov', 'person']]],
    ['organisation and place words', 'The Eastmarch Emergency Management Agency closed the Velmar River bridge on Quay Street.', [['Eastmarch Emergency Management Agency', 'organisation'], ['Velmar River', 'place'], ['Quay Street', 'place']]],
    ['a surname joins the full name', 'Tomas Keldren, director of the agency, arrived. Keldren said the gate held.', [['Tomas Keldren', 'person']]],
    ['a long acronym keeps its capitals', 'Yvo de Boer of the UNFCCC spoke.', [['Yvo de Boer', 'person'], ['UNFCCC', 'organisation']]],
    ['an acronym joins its long name', 'The Kurdistan Workers Party, or PKK, was founded in 1978. The PKK fought on.', [['PKK', 'organisation']]],
    ['a capital acting for its government', 'Relations between Moscow and Washington have deteriorated. Tillerson flew to Moscow.', [['Russia', 'place'], ['United States', 'place'], ['Moscow', 'place']]],
    ['a hyphenated title comes off the name', 'Premier-designate Bulent Ecevit met President-elect Anna Varo, ex-President Jon Tal and Secretary-General Ban Ki-moon.', [['Bulent Ecevit', 'person'], ['Anna Varo', 'person'], ['Jon Tal', 'person'], ['Ban Ki-moon', 'person']]],
    ['an airline or radio named after its country is one organisation', 'Air France said the Airbus left Rio. Air France and Korean Air then flew to Radio France.', [['Air France', 'organisation'], ['Korean Air', 'organisation'], ['Radio France', 'organisation']]],
    ['a name opening on Air is an organisation', 'A spokesman for Air Comet said the flight was delayed. Air Force Colonel Jorge Amaral agreed. Air Vice-Marshal Tom Lee and Air Commodore Jane Hall left.', [['Air Comet', 'organisation'], ['Jorge Amaral', 'person'], ['Tom Lee', 'person'], ['Jane Hall', 'person']]],
    ['a city name borne by people is no city', 'The novelist Milan Kundera met Ricardo Lagos and Naomi Osaka.', [['Milan Kundera', 'person'], ['Ricardo Lagos', 'person'], ['Naomi Osaka', 'person']]],
    ['a model or a flight is nobody', 'The Airbus A330 of Flight AF447 vanished. Airlines Flight crews searched. Tomas Keldren waited.', [['Tomas Keldren', 'person']]],
    ['a large city is a place, under its other names too', 'The jet flew from Rio de Janeiro to Bombay. Mumbai police met it, the Boston Globe said.', [['Rio de Janeiro', 'place'], ['Mumbai', 'place'], ['Boston Globe', 'organisation']]],
    ['holidays are nobody (SemEval news text)', "On New Year's Eve, Jimmy Sham marched. Crowds filled Victoria Park on New Year's Day and again at Lunar New Year.", [['Jimmy Sham', 'person'], ['Victoria Park', 'place']]],
    ['"DC" after Washington is a place', 'Protesters marched in Washington DC and in Washington, D.C., again.', [['Washington', 'place'], ['District of Columbia', 'place']]],
    ['laws and wars are nobody; companies and caucuses are organisations', 'After World War II the Endangered Species Act passed; House Republicans, Sun Microsystems and Kraft Foods agreed.', [['House Republicans', 'organisation'], ['Sun Microsystems', 'organisation'], ['Kraft Foods', 'organisation']]],
    ['events are nobody; outlets, churches and banks are organisations (SemEval news text)', "Crowds watched the Rose Parade and the Tournament of Roses. The People's Bank of China cut rates, Business Standard and Getty Images said.", [["People's Bank of China", 'organisation'], ['Business Standard', 'organisation'], ['Getty Images', 'organisation']]],
    ['a place before "-based", "-born", "-led" is that place', 'The Hong Kong-based center and the U.S.-led coalition praised Peru-born writer Mario Vargas Llosa.', [['Hong Kong', 'place'], ['United States', 'place'], ['Peru', 'place'], ['Mario Vargas Llosa', 'person']]],
    ['an organisation word before "of" makes an organisation', 'The Information Center of Human Rights and the Association of Southeast Asian Nations met the Union of Concerned Scientists.', [['Information Center of Human Rights', 'organisation'], ['Association of Southeast Asian Nations', 'organisation'], ['Union of Concerned Scientists', 'organisation']]],
    ['"of" and one word after two name words is where a person is from', 'Per-Olof Ortarsen of Goteborg met Shimon Peres of Labor at the National Institutes of Health in the Dominican Republic.', [['Per-Olof Ortarsen', 'person'], ['Shimon Peres', 'person'], ['National Institutes of Health', 'organisation'], ['Dominican Republic', 'place']]],
    ['"of" after a person does not join what follows', 'Pastor Jack Wilson of West Freeway Church of Christ met John Smith of Reuters at the Bank of England in Uttar Pradesh.', [['Jack Wilson', 'person'], ['West Freeway Church of Christ', 'organisation'], ['John Smith', 'person'], ['Reuters', 'organisation'], ['Bank of England', 'organisation'], ['Uttar Pradesh', 'place']]],
    ['a shipping company named "… Lines" is an organisation, with no cue before it (audit22b)', 'Norreth Lines said it would cut 120 jobs at its old quay.', [['Norreth Lines', 'organisation']]],
    ['a roads agency named "… Highways" and companies named "… Partners", "… Logistics", "… Associates" are organisations, with no cue before them (audit25)', 'Northshire Highways will inspect the bridge. Kellam Transit Partners and Brisk Logistics said the lorries would move. Ellis Associates agreed.', [['Northshire Highways', 'organisation'], ['Kellam Transit Partners', 'organisation'], ['Brisk Logistics', 'organisation'], ['Ellis Associates', 'organisation']]],
    ['companies named for what they make, "… Coatings", "… Pharmaceuticals", "… Technologies", are organisations (audit25)', 'Dunlin Coatings pleaded guilty. Orvane Pharmaceuticals and Kestle Technologies said they would appeal.', [['Dunlin Coatings', 'organisation'], ['Orvane Pharmaceuticals', 'organisation'], ['Kestle Technologies', 'organisation']]],
    ['a storm named after its kind is nobody, and islands named "… Isles" are a place (audit26)', 'Storm Idra killed three people as it crossed the coast. Hurricane Orla and Tropical Storm Bexa followed. Ferries to the Tallow Isles stopped, Mayor Corvin Ashdale said.', [['Tallow Isles', 'place'], ['Corvin Ashdale', 'person']]],
    ['a headland named "… Point" is a place (audit22b)', 'Gusts of 92mph were recorded at Carrow Point on Sunday.', [['Carrow Point', 'place']]],
    ['"of" after a titled person with an unknown given name does not join a body of several words (audit22b)', '‘The span gave way,’ said Chief Inspector Dev Patel of Senn Valley Police. Dr Oyelaran Mbeki of Aldwick Borough Council agreed.', [['Dev Patel', 'person'], ['Senn Valley Police', 'organisation'], ['Oyelaran Mbeki', 'person'], ['Aldwick Borough Council', 'organisation']]],
    ['"Professor" is a title: "of" after a professor\'s name does not join the university (facts23)', 'The study was led by Professor Ann Marsh of Carrow University. Professor Ann Marsh of the University of Tessaly agreed.', [['Ann Marsh', 'person'], ['Carrow University', 'organisation'], ['University of Tessaly', 'organisation']]],
    ['"New" and "Little" open names', 'A New York Times reporter flew from Little Rock to New Zealand.', [['New York Times', 'organisation'], ['Little Rock', 'place'], ['New Zealand', 'place']]],
    ['streets, squares and hotels are places (ECB+)', 'Thieves hit a store on Rue de Castiglione near Place Vendome, close to the Carlton Intercontinental Hotel and the Grand Hotel du Cap.', [['Rue de Castiglione', 'place'], ['Place Vendome', 'place'], ['Carlton Intercontinental Hotel', 'place'], ['Grand Hotel du Cap', 'place']]],
    ['ships by their prefix, one ship with or without it (ECB+)', 'The frigate INS Tabar fired on the MV Gibe. Later the Gibe and Indian Naval Ship Sukanya met INS Sukanya.', [['INS Tabar', 'vessel'], ['MV Gibe', 'vessel'], ['India', 'place'], ['Naval Ship Sukanya', 'vessel']]],
    ['a name after a vessel noun is a vessel, in every mention (DUC 2004)', 'Searchers found the 40-foot vessel Business Post Naiad and the veteran cutter Winston Churchill. Winston Churchill sank; Naiad was towed.', [['Business Post Naiad', 'vessel'], ['Winston Churchill', 'vessel']]],
    ['a vessel noun as a verb, and a prefix alone, name no ship', 'Firms hope to ship Boeing jets to Peru, and INS agents met Doris Meissner.', [['Peru', 'place'], ['INS', 'organisation'], ['Doris Meissner', 'person']]],
    ['a person "of" a place is the person, then the place (ECB+, DUC 2004)', 'Herbert Flynn of Fort Coffee met Bert Ammerman of River Vale near the Ring of Fire.', [['Herbert Flynn', 'person'], ['Fort Coffee', 'place'], ['Bert Ammerman', 'person'], ['River Vale', 'place'], ['Ring of Fire', 'place']]],
    ['legislatures are organisations, a country\'s too (DUC 2004)', 'Deputies in Parliament voted. Parliament, the Greek Parliament, the Duma and the U.N. Security Council met.', [['Parliament', 'organisation'], ['Greek Parliament', 'organisation'], ['State Duma', 'organisation'], ['UN Security Council', 'organisation']]],
    ['a title alone is a role, not a person; names that end like titles stay names (DUC 2004, ECB+)', 'Surgeon General David Satcher met Peter King and Abed Sultan. Later the Surgeon General and the County Sheriff left.', [['David Satcher', 'person'], ['Peter King', 'person'], ['Abed Sultan', 'person']]],
    ['fathers and sons: middle initials and suffixes tell them apart (ECB+)', 'President George W. Bush met former President George H.W. Bush. Martin Luther King Jr. and Martin Luther King Sr. preached. Mark Felt Jr. and his father, W. Mark Felt, spoke.', [['George W. Bush', 'person'], ['George H.W. Bush', 'person'], ['Martin Luther King Jr.', 'person'], ['Martin Luther King Sr.', 'person'], ['Mark Felt Jr.', 'person'], ['W. Mark Felt', 'person']]],
    ['a surname, a father\'s "Sr." and a pope\'s numeral name one person (ECB+, DUC 2004)', 'Arcade Joseph Comeaux Jr. escaped. Comeaux was armed. W. Mark Felt Sr. died; W. Mark Felt was 95. John Paul II prayed; John Paul wept.', [['Arcade Joseph Comeaux Jr.', 'person'], ['W. Mark Felt Sr.', 'person'], ['John Paul II', 'person']]],
    ['US states by their newspaper abbreviations (DUC 2004)', 'He grew up in Laramie, Wyo., and taught in Concord, N.H., for years.', [['Laramie', 'place'], ['Wyoming', 'place'], ['Concord', 'place'], ['New Hampshire', 'place']]],
    ['a name before a comma and a known place is a place; a person\'s is not (ECB+, DUC 2004)', 'Inmates went from Huntsville, Texas, to Stiles, Texas. A man from Dexter, Michigan, called. Sister Carol Keehan, DC, spoke.', [['Huntsville', 'place'], ['Texas', 'place'], ['Stiles', 'place'], ['Dexter', 'place'], ['Michigan', 'place'], ['Sister Carol Keehan', 'person'], ['District of Columbia', 'place']]],
    ['conferences, panels, commands, reserves, glaciers and gardens are no people; prizes are nobody (ECB+, MultiLing)', 'The Eastern Conference, the Intergovernmental Panel, the Western Naval Command and the Federal Reserve met near the Tasman Glacier and Hawaiian Gardens before the Nobel Prize.', [['Eastern Conference', 'organisation'], ['Intergovernmental Panel', 'organisation'], ['Western Naval Command', 'organisation'], ['Federal Reserve', 'organisation'], ['Tasman Glacier', 'place'], ['Hawaiian Gardens', 'place']]],
    ['"Mayor of Pichilemu" is a title; Spanish place names and a sentence-opening "Residents" are no people (MultiLing)', 'Mayor of Pichilemu Roberto Córdova spoke. Residents of San Fernando and Viña del Mar left for Santa Cruz.', [['Roberto Córdova', 'person'], ['San Fernando', 'place'], ['Viña del Mar', 'place'], ['Santa Cruz', 'place']]],
    ['lines and bases are places; guards, societies, marines and a "Union …" organisations; relays, ceremonies and inquiries nobody (MultiLing)', 'The Royal Marines flew from Osan Air Base to the Piccadilly Line after the Opening Ceremony, the Olympic Torch Relay and the Public Inquiry, the Union Cycliste Internationale and the Red Crescent Societies said.', [['Royal Marines', 'organisation'], ['Osan Air Base', 'place'], ['Piccadilly Line', 'place'], ['Union Cycliste Internationale', 'organisation'], ['Red Crescent Societies', 'organisation']]],
    ['teams by their nicknames; people whose names hold one stay people (ECB+)', 'The Indianapolis Colts beat the Jacksonville Jaguars, and the Tar Heels lost. Peter King watched with Magic Johnson.', [['Indianapolis Colts', 'organisation'], ['Jacksonville Jaguars', 'organisation'], ['Tar Heels', 'organisation'], ['Peter King', 'person'], ['Magic Johnson', 'person']]],
    ['products by their brand, not the companies (ECB+)', 'Microsoft patched Internet Explorer, Apple showed the MacBook Pro and Intel Corp. the Intel Atom.', [['Microsoft', 'organisation'], ['Internet Explorer', 'product'], ['Apple', 'organisation'], ['MacBook Pro', 'product'], ['Intel Corp.', 'organisation'], ['Intel Atom', 'product']]],
    ['a body\'s word before "said" is the body, not a person (DUC 2004)', 'Lawmakers met on Monday. Republicans said the bill would pass, and the Cabinet said it would not.', [['Republicans', 'organisation'], ['Cabinet', 'organisation']]],
    ['East Timor, its people and its capital; Islamic Jihad; Abu Ghraib (DUC 2004, MultiLing)', 'East Timorese leaders in Dili met Islamic Jihad envoys near Abu Ghraib.', [['East Timor', 'place'], ['Dili', 'place'], ['Islamic Jihad', 'organisation'], ['Abu Ghraib', 'place']]],
    ['names the gazetteer knows run on through "and"; a given name before a team nickname is a person (ECB+, DUC 2004)', 'Tony Ducks met the Academy of Motion Picture Arts and Sciences. America Online and Sun Microsystems backed the Islamic Virtue Party; Islamic Virtue won.', [['Tony Ducks', 'person'], ['Academy of Motion Picture Arts and Sciences', 'organisation'], ['America Online', 'organisation'], ['Sun Microsystems', 'organisation'], ['Virtue Party', 'organisation']]],
    ['sentence openers and months are not names', 'Earlier on Thursday, Police said March was wet. Meanwhile the police waited.', []],
    ['an opening participle is no part of the name after it (DUC 2004, ECB+)', 'Citing Hun Sen, the paper said talks failed. Joining Rowan Cooley on stage was Ellen Marsh.', [['Hun Sen', 'person'], ['Rowan Cooley', 'person'], ['Ellen Marsh', 'person']]],
    ['a name ending like "Sen." loses the period its sentence gave it (DUC 2004)', 'The rebels fled after threats from Hun Sen. Hun Sen denied it.', [['Hun Sen', 'person']]],
    ['a lawmaker\'s party and state name nobody (DUC 2004)', '"It is wrong," said Rep. Jerrold Nadler, D-N.Y., and Sen. Ann Marsh (R-Ind.) agreed.', [['Jerrold Nadler', 'person'], ['Ann Marsh', 'person']]],
    ['every country is known, with its people and capital (DUC 2004, ECB+)', 'Omani and Chadian envoys flew from Muscat to Dar es Salaam, in Tanzania.', [['Oman', 'place'], ['Chad', 'place'], ['Muscat', 'place'], ['Dar es Salaam', 'place'], ['Tanzania', 'place']]],
    ['a given name and a country or city are a person (DUC 2004, ECB+)', 'Michael Jordan met Chad Johnson and David Baltimore in Chad.', [['Michael Jordan', 'person'], ['Chad Johnson', 'person'], ['David Baltimore', 'person'], ['Chad', 'place']]],
    ['"in" before a possessive name is no place; a party\'s members speak for it (DUC 2004)', 'Working in Romano Prodi\'s favor, the Communists said they would vote.', [['Romano Prodi', 'person'], ['Communists', 'organisation']]],
    ['a number completes a road\'s name (ECB+)', 'He drove east on state Route 52 near Interstate 805.', [['Route 52', 'place'], ['Interstate 805', 'place']]],
    ['a name after a hospital, station or depot "at" is a place, a name after another "at" is not', 'The line will run to the hospital at Fenwick Cross. Protesters shouted at Tomas Keldren.', [['Fenwick Cross', 'place'], ['Tomas Keldren', 'person']]],
    ['a ferry operator named after its ferries is an organisation, with a role word before it too', 'The crossing is suspended, operator Westsound Ferries said. Westsound Ferries apologised.', [['Westsound Ferries', 'organisation']]],
    ['a known name at a sentence\'s start keeps its first word though the article writes it in lower case (DUC 2004)', 'The mission went well. Mission Control said the crew slept.', [['Mission Control', 'organisation']]],
    ['a utility, a pub and a British street type name no person (quotes22\'s British set)', 'Midshire Gas said the leak in Orchard Crescent was sealed. Colin Abbott opened the Pellingham Arms early.', [['Midshire Gas', 'organisation'], ['Orchard Crescent', 'place'], ['Colin Abbott', 'person'], ['Pellingham Arms', 'place']]],
    ['an honour after a British name is no part of it and no acronym; "Councillor" is a title (entities22)', 'Prosecuting, Ruth Okoro KC spoke, then Councillor Femi Adeyemi and Tamsin Vell MP.', [['Ruth Okoro', 'person'], ['Femi Adeyemi', 'person'], ['Tamsin Vell', 'person']]],
    ['companies and clubs by the words that end their names (entities22)', 'Dunmore Estates, Oakhurst Taverns, Fellgate Brewery, Tarn Ales, Corvell Holdings, Hesketh Securities, Ridley Haulage, Pennard Brothers, Orrin Capital and Kelso Construction met Fenby United and Carrow Rovers.', [['Dunmore Estates', 'organisation'], ['Oakhurst Taverns', 'organisation'], ['Fellgate Brewery', 'organisation'], ['Tarn Ales', 'organisation'], ['Corvell Holdings', 'organisation'], ['Hesketh Securities', 'organisation'], ['Ridley Haulage', 'organisation'], ['Pennard Brothers', 'organisation'], ['Orrin Capital', 'organisation'], ['Kelso Construction', 'organisation'], ['Fenby United', 'organisation'], ['Carrow Rovers', 'organisation']]],
    ['a name after a lower-case "the" is a body in every mention, unless it describes a noun (entities22)', 'She ran the Golden Fleece in Tarnby for years. Its regulars said the Golden Fleece was full. The Corvin Vasse government fell.', [['Golden Fleece', 'organisation'], ['Tarnby', 'place'], ['Corvin Vasse', 'person']]],
    ['a club before its manager\'s name is the club (entities22)', 'Orwell Heath manager Dara Quill said Orwell Heath had been unlucky.', [['Orwell Heath', 'organisation'], ['Dara Quill', 'person']]],
    ['a name before a kind of goods is a product (entities22)', 'Shops sold 9,000 Moss Badger dolls and Pellow biscuits. Moss Badger was the hit of the year.', [['Moss Badger', 'product'], ['Pellow', 'product']]],
    ['a body\'s or a product\'s noun before its name, or heading an appositive after it (entities22)', 'The broker Vantry Hale and the folk band Marrow Lane backed Tessok, a company in Aberfell that makes looms. Its newest product, the Loom Mini, ships in May. The crane operator Joseph Hale watched.', [['Vantry Hale', 'organisation'], ['Marrow Lane', 'organisation'], ['Tessok', 'organisation'], ['Aberfell', 'place'], ['Loom Mini', 'product'], ['Joseph Hale', 'person']]],
    ['"shares in" a company name no place; "of" after an age and "across" name places (entities22)', 'Varrow Foods gained. Shares in Varrow rose. Dennet Ure, 61, of Holmbrook, drove across Westerdale.', [['Varrow Foods', 'organisation'], ['Dennet Ure', 'person'], ['Holmbrook', 'place'], ['Westerdale', 'place']]],
    ['a ground named "Field" is a place; British given names make people; a title and a given name open no person before a place word (entities22)', 'The final was played at Brannock Field. Joanne Tarrel and Niall Osk came from Prince Edward Island.', [['Brannock Field', 'place'], ['Joanne Tarrel', 'person'], ['Niall Osk', 'person'], ['Prince Edward Island', 'place']]],
    ['a company named "… Line" or "… Shipping" is an organisation; "the … Line" stays a place (entities23)', 'Brisk Isles Line and Carrow Shipping said crossings were cancelled. Travellers took a Circle Line train, the Piccadilly Line home and the Selk Isles Line ferry back.', [['Brisk Isles Line', 'organisation'], ['Carrow Shipping', 'organisation'], ['Circle Line', 'place'], ['Piccadilly Line', 'place'], ['Selk Isles Line', 'organisation']]],
    ['a name set off after a vessel noun, or that runs aground, sinks or (after "the") docks, is a vessel; a person may sail (entities23)', 'Brisk Isles Line will use its second ferry, the Tamsin Gale, the company said. Orla Star capsized off Kell Point, the Corran Bell docked late, the Harbour Board sailed past and Ellen Marsh sailed home.', [['Brisk Isles Line', 'organisation'], ['Tamsin Gale', 'vessel'], ['Orla Star', 'vessel'], ['Kell Point', 'place'], ['Corran Bell', 'vessel'], ['Harbour Board', 'organisation'], ['Ellen Marsh', 'person']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const article = textArticle(text);
    expect(articleEntities(article).entities.map((entity) => [entity.name, entity.type])).toEqual(expected);
  });

  it('knows common British and Irish given names and their gender (entities22: "Joanne" was missing)', () => {
    const { entities } = articleEntities(textArticle('Joanne Feldry met Niall Osk, Jonathan Reeve and Siobhan Marr at the depot.'));
    expect(entities.map((entity) => [entity.name, entity.gender])).toEqual([
      ['Joanne Feldry', 'female'],
      ['Niall Osk', 'male'],
      ['Jonathan Reeve', 'male'],
      ['Siobhan Marr', 'female'],
    ]);
  });

  it('records roles and gender, and points every mention at the text', () => {
    const article = textArticle('Devika Rallan, a spokeswoman for the company, said the gate passed. Mayor Odile Fenwright agreed.');
    const { entities } = articleEntities(article);
    expect(entities.map((entity) => [entity.name, entity.gender, entity.roles])).toEqual([
      ['Devika Rallan', 'female', ['a spokeswoman for the company']],
      ['Odile Fenwright', 'female', ['mayor']],
    ]);
    for (const entity of entities) for (const span of entity.mentions) expect(entity.aliases).toContain(spanText(article.text, span));
  });

  it('reads a company officer\'s abbreviation as a role, and a title before a name after a comma as the next person\'s, not an appositive (ECB+)', () => {
    const article = textArticle('Mayor Tomas Arlen, CEO Ada Morrow and coach Ben Tallis met Orla Penn, the company\'s CFO, and Dara Quill, President Arlen\'s envoy.');
    expect(articleEntities(article).entities.map((entity) => [entity.name, entity.roles])).toEqual([
      ['Tomas Arlen', ['mayor', 'president']],
      ['Ada Morrow', ['ceo']],
      ['Ben Tallis', ['coach']],
      ['Orla Penn', ["the company's cfo"]],
      ['Dara Quill', ["president arlen's envoy"]],
    ]);
  });

  it('reads a role after "as" as the person\'s, after an age or an appointing verb, not an organisation\'s role ("named Tom Reed, 54, as its new chairman")', () => {
    const article = textArticle('The Brenn Ferry Board named Tomas Arlen, 54, as its new chairman. The club hired Ada Morrow as its coach. Ivo Drell left the Harlow Shipping Company as its chief executive.');
    expect(articleEntities(article).entities.map((entity) => [entity.name, entity.roles])).toEqual([
      ['Brenn Ferry Board', []],
      ['Tomas Arlen', ['its new chairman']],
      ['Ada Morrow', ['its coach']],
      ['Ivo Drell', []],
      ['Harlow Shipping Company', []],
    ]);
  });

  it('ends a role before a time phrase, and reads a role given right after the name by an appointing verb (quotes29)', () => {
    const article = textArticle('The Brenn Ferry Board named Tomas Arlen its new chairman on Monday. The club hired Ada Morrow as its coach last week. Ivo Drell, the mayor since 2019, and Orla Penn, the head of the mill in March, spoke.');
    expect(articleEntities(article).entities.map((entity) => [entity.name, entity.roles])).toEqual([
      ['Brenn Ferry Board', []],
      ['Tomas Arlen', ['its new chairman']],
      ['Ada Morrow', ['its coach']],
      ['Ivo Drell', ['the mayor']],
      ['Orla Penn', ['the head of the mill']],
    ]);
  });

  it('keeps a newspaper, programme or club named by a time word in a role; a lower-case or bare time word still ends it (review r4 of quotes29)', () => {
    const article = textArticle('Ada Morrow, an editor at the Sunday Times, said the paper would close. Ivo Drell, a columnist for the Sunday Telegraph, spoke. Orla Penn, a reporter at Monday Morning magazine, spoke. The club hired Tomas Arlen as coach from Monday Club. Tavo Brenn, the mayor today, and Ines Calder, the head of the mill Monday, spoke.');
    const roles = new Map(articleEntities(article).entities.map((entity) => [entity.name, entity.roles]));
    expect(roles.get('Ada Morrow')).toEqual(['an editor at the sunday times']);
    expect(roles.get('Ivo Drell')).toEqual(['a columnist for the sunday telegraph']);
    expect(roles.get('Orla Penn')).toEqual(['a reporter at monday morning magazine']);
    expect(roles.get('Tomas Arlen')).toEqual(['coach from monday club']);
    expect(roles.get('Tavo Brenn')).toEqual(['the mayor']);
    expect(roles.get('Ines Calder')).toEqual(['the head of the mill']);
  });

  it('reads an owner or founder opening a sentence as a role, not a first name ("Owner Arte Moreno said", ECB+)', () => {
    const article = textArticle('Owner Tavo Brenn said the club would spend more. Founder Ivo Drell agreed, and Tavo Brenn left.');
    expect(articleEntities(article).entities.map((entity) => [entity.name, entity.roles])).toEqual([
      ['Tavo Brenn', ['owner']],
      ['Ivo Drell', ['founder']],
    ]);
  });

  it('reads a headline-case first line that opens on a known name at the very start of the text (ECB+ read as JSONL threw)', () => {
    const text = 'http: / / www. harbourdaily. example / wall /\nAPR 28\nNorway Restores Endangered Harbour Wall Protections!\nToday, Harbour Master Ines Calder said Norway restores protections for endangered birds on the wall.';
    const article = prepare(readString(JSON.stringify({ id: 'headline-first', text }), { input: 'case.jsonl', format: 'jsonl' }).articles[0]);
    expect(article.text.startsWith('Norway Restores')).toBe(true);
    expect(articleEntities(article).entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Norway', 'Harbour Master Ines Calder']));
  });

  it('knows countries by every name and their people', () => {
    for (const form of ['US', 'U.S.', 'United States', 'United States of America', 'American']) expect(lookUpName(form)?.name).toBe('United States');
    expect(lookUpName('Russian Federation')?.name).toBe('Russia');
    expect(lookUpName('Syrians')).toMatchObject({ name: 'Syria', demonym: true });
    expect(lookUpName('us')).toBeUndefined();
  });
});

describe('findEntities across articles', () => {
  it('merges a surname in one article with the full name in another and counts by source', () => {
    const first = textArticle('Russian Foreign Minister Sergei Lavrov met the press.', { id: 'first' });
    const second = textArticle('Lavrov said talks would go on. Lavrov left.', { id: 'second' });
    const lavrov = named(findEntities([first, second]), 'Sergei Lavrov');
    expect(lavrov).toMatchObject({ key: 'person:sergei-lavrov', type: 'person', countsBySource: { first: 1, second: 2 } });
    expect(lavrov?.aliases).toEqual(['Sergei Lavrov', 'Lavrov']);
  });

  it('joins an acronym named alone in one article to the organisation another gives it to, or whose initials it spells (DUC 2004)', () => {
    const first = textArticle('The CPP won the vote. Officials of the CPP said the ESC would wait.', { id: 'first' });
    const second = textArticle("The Cambodian People's Party, or CPP, will rule with the Endangered Species Coalition.", { id: 'second' });
    const organisations = findEntities([first, second]).filter((entity) => entity.type === 'organisation');
    expect(organisations.map((organisation) => [organisation.name, organisation.countsBySource])).toEqual([
      ["Cambodian People's Party", { first: 2, second: 2 }],
      ['Endangered Species Coalition', { first: 1, second: 1 }],
    ]);
  });

  it('merges a place written with and without its accents (ECB+: Place Vendôme)', () => {
    const first = textArticle('Thieves struck on the Place Vendôme at dawn.', { id: 'first' });
    const second = textArticle('Police closed the Place Vendome after the raid.', { id: 'second' });
    expect(findEntities([first, second]).filter((entity) => entity.type === 'place').map((place) => [place.name, place.mentions.length])).toEqual([['Place Vendôme', 2]]);
  });

  it('merges a place named by its short form in one article with its full name in another (MultiLing: Atlantic Ocean)', () => {
    const first = textArticle('The jet vanished over the Atlantic Ocean. Ships searched the Atlantic all day.', { id: 'first' });
    const second = textArticle('Debris was found in the Atlantic near the islands.', { id: 'second' });
    const places = findEntities([second, first]).filter((entity) => entity.type === 'place');
    expect(places.map((place) => [place.name, place.countsBySource])).toEqual([['Atlantic Ocean', { first: 2, second: 1 }]]);
  });

  it('gives one name of several words one type: an organisation where one article shows a body, a place where one shows a place (names29b, a user\'s audit)', () => {
    const first = textArticle('The barn was owned by the Kellen Grain Growers, who bought it in May. Crews in Ashby Crest waited.', { id: 'first' });
    const second = textArticle('Kellen Grain Growers said the barn burned. Ashby Crest said it was calm.', { id: 'second' });
    expect(findEntities([first, second]).map((entity) => [entity.name, entity.type, entity.mentions.length])).toEqual([
      ['Ashby Crest', 'place', 2],
      ['Kellen Grain Growers', 'organisation', 2],
    ]);
  });

  it('takes a short given name for its formal one, and a middle initial for no difference', () => {
    const first = textArticle('House Speaker-elect Bob Livingston said the vote would go ahead.', { id: 'first' });
    const second = textArticle('Robert L. Livingston, the speaker-elect, stepped down. Livingston said he was sorry.', { id: 'second' });
    const people = findEntities([first, second]).filter((entity) => entity.type === 'person');
    expect(people.map((entity) => [entity.name, entity.aliases.sort(), entity.countsBySource])).toEqual([
      ['Robert L. Livingston', ['Bob Livingston', 'Livingston', 'Robert L. Livingston'], { first: 1, second: 2 }],
    ]);
    const two = findEntities([textArticle('Chris Dodd met Bob Dole.', { id: 'a' }), textArticle('Christopher Dodd and Robert Dole spoke.', { id: 'b' })]);
    expect(two.filter((entity) => entity.type === 'person').map((entity) => entity.name).sort()).toEqual(['Chris Dodd', 'Christopher Dodd', 'Robert Dole']);
    const tunisia = findEntities([textArticle('President Zine el-Abidine Ben Ali spoke.', { id: 'c' }), textArticle('President Ben Ali left.', { id: 'd' })]);
    expect(tunisia.filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.countsBySource])).toEqual([['Zine el-Abidine Ben Ali', { c: 1, d: 1 }]]);
  });

  it('leaves out demonyms when asked, and rejects unknown options', () => {
    const article = textArticle('Russian troops entered. Russia denied it.');
    expect(named(findEntities([article]), 'Russia')?.mentions).toHaveLength(2);
    expect(named(findEntities([article], { demonyms: false }), 'Russia')?.mentions).toHaveLength(1);
    expect(() => findEntities([article], { demonym: false } as never)).toThrow(/expected a findEntities option/);
    expect(() => findEntities('x' as never)).toThrow(/^tidings: expected an array of segmented articles/);
  });
});

describe.skipIf(!available(SEEDS, 'entities on the seeds'))('findEntities on the two seeds', () => {
  const entities = findEntities(seedArticles());

  it('finds the people with their fullest names, and both articles', () => {
    for (const name of ['Rex Tillerson', 'Sergei Lavrov', 'Vladimir Putin', 'Donald Trump', 'Dmitry Peskov', 'Vladimir Safronkov']) expect(named(entities, name)?.type).toBe('person');
    expect(Object.keys(named(entities, 'Rex Tillerson')!.countsBySource)).toHaveLength(2);
    expect(named(entities, 'Donald Trump')?.aliases).toContain('Trump');
  });

  it('merges "the US", "U.S." and "United States" as the government; Moscow, named as a city more often than as the government, is a place and no alias of Russia; Washington, a city once and the government four times, stays an alias of the United States', () => {
    expect(named(entities, 'United States')?.aliases).toEqual(expect.arrayContaining(['US', 'U.S.', 'United States', 'Washington']));
    expect(named(entities, 'Russia')?.aliases).toEqual(expect.arrayContaining(['Russia', 'Russian Federation']));
    expect(named(entities, 'Russia')?.aliases).not.toContain('Moscow');
    for (const capital of ['Moscow', 'Washington']) expect(named(entities, capital)?.type).toBe('place');
  });
});

describe('roles named by their title', () => {
  it('joins "the Surgeon General" to the one person the article gives that title', () => {
    const article = textArticle('Surgeon General David Satcher spoke first. Later the Surgeon General left.');
    expect(articleEntities(article).entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['David Satcher', 2]]);
  });
});

describe('a title word that opens a longer title', () => {
  it('is no alias of the person it titles: "Chief inspector Halvard Dunmore", "Chief executive Orla Brennick" (entities23)', () => {
    const a = textArticle('Chief inspector Halvard Dunmore said the hull held.\n\nThe fire was out by noon, Dunmore said.', { id: 'a' });
    const b = textArticle('Chief executive Orla Brennick apologised to the passengers.', { id: 'b' });
    expect(findEntities([a, b]).map((entity) => [entity.name, entity.aliases, entity.mentions.length])).toEqual([['Halvard Dunmore', ['Halvard Dunmore', 'Dunmore'], 2], ['Orla Brennick', ['Orla Brennick'], 1]]);
  });
});

describe('one name in two types across articles', () => {
  it('is one organisation, not also a place (entities23: "Brisk Isles Line")', () => {
    const a = textArticle('Passengers boarded the Brisk Isles Line ferry at dawn. Later the Brisk Isles Line crossing resumed.', { id: 'a' });
    const b = textArticle('Brisk Isles Line said all were safe.', { id: 'b' });
    expect(findEntities([a, b]).map((entity) => [entity.name, entity.type, entity.mentions.length])).toEqual([['Brisk Isles Line', 'organisation', 3]]);
  });
});

describe('fathers and sons across articles', () => {
  it('keeps George W. Bush and George H.W. Bush apart, and merges George Bush with either', () => {
    const a = textArticle('George W. Bush spoke in Texas.', { id: 'a' });
    const b = textArticle('George H.W. Bush spoke in Maine.', { id: 'b' });
    const people = (articles: ReturnType<typeof textArticle>[]) => findEntities(articles).filter((entity) => entity.type === 'person').map((entity) => entity.name).sort();
    expect(people([a, b])).toEqual(['George H.W. Bush', 'George W. Bush']);
    expect(people([a, textArticle('George Bush spoke again.', { id: 'c' })])).toEqual(['George W. Bush']);
  });
});

describe('relatives across articles', () => {
  it('joins a relative named by a given name to a full name the story names after a kin noun too, and reads a kin noun before the next name as its title (ECB+)', () => {
    const a = textArticle('Ada Morrow has a son at home - their 8-year-old son, Tomas Velmyr.', { id: 'a' });
    const b = textArticle('Ada Morrow cooks for son Tomas, 8, daughter Ava, 3, and her husband.', { id: 'b' });
    expect(articleEntities(b).entities.map((entity) => [entity.name, entity.roles, entity.gender])).toEqual([
      ['Ada Morrow', [], undefined],
      ['Tomas', ['son'], 'male'],
      ['Ava', ['daughter'], 'female'],
    ]);
    const people = findEntities([a, b]).filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.mentions.length, entity.roles]);
    expect(people).toEqual([['Ada Morrow', 2, []], ['Tomas Velmyr', 2, ['son']], ['Ava', 1, []]]);
  });
});

describe('capitals across articles', () => {
  it('counts a capital read as its government for its country, but lists it as the country\'s alias only when the city of that name is named less often (the seeds)', () => {
    const a = textArticle('Relations between Moscow and Washington have deteriorated, Ada Morrow said.', { id: 'a' });
    const b = textArticle('Ada Morrow flew to Moscow on Tuesday.', { id: 'b' });
    const places = findEntities([a, b]).filter((entity) => entity.type === 'place').map((entity) => [entity.name, entity.aliases, entity.mentions.length]);
    expect(places).toEqual([['Moscow', ['Moscow'], 1], ['Russia', [], 1], ['United States', ['Washington'], 1]]);
    const c = textArticle('Talks between Moscow and Washington stalled. Washington has blamed Moscow, Ada Morrow said on a flight to Moscow.', { id: 'c' });
    const d = textArticle('Ada Morrow landed in Washington on Friday.', { id: 'd' });
    const unitedStates = findEntities([c, d]).find((entity) => entity.name === 'United States');
    expect(unitedStates?.aliases).toContain('Washington');
  });
});

describe('relatives across articles', () => {
  it('keeps "her husband Eric" apart from another article\'s Eric Varden, and joins "his son Tomas" to a Keldren family\'s Tomas (ECB+)', () => {
    const a = textArticle('Eric Varden was charged. Ruth Keldren and Dov Keldren spoke.', { id: 'a' });
    const b = textArticle('Ada Orrow and her husband Eric knew the victim. Dov Keldren and his son Tomas wept.', { id: 'b' });
    const c = textArticle('Tomas Keldren was at school.', { id: 'c' });
    const people = findEntities([a, b, c]).filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.mentions.length]).sort();
    expect(people).toEqual([['Ada Orrow', 1], ['Dov Keldren', 2], ['Eric Varden', 1], ['Eric', 1], ['Ruth Keldren', 1], ['Tomas Keldren', 2]]);
  });
});

describe('awards named like people', () => {
  it('joins a word also written in the plural as a name ("the Velmies") to no person by a given name, in an article or across articles (ECB+: the Oscars)', () => {
    const a = textArticle('Tomas Arlen will host the Velmies. He was never a Velmie nominee. His son, Velmie Rask, is eight.', { id: 'a' });
    const b = textArticle('The Velmies drew crowds, and the Velmie host left early.', { id: 'b' });
    expect(articleEntities(a).entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Tomas Arlen', 1], ['Velmie Rask', 1]]);
    const people = findEntities([a, b]).filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.mentions.length]).sort();
    expect(people).toEqual([['Tomas Arlen', 1], ['Velmie Rask', 1]]);
  });
});

describe('vessels across articles', () => {
  it('makes a name one article shows to be a ship a ship in every article', () => {
    const a = textArticle('The yacht Morning Glory broke the record.', { id: 'a' });
    const b = textArticle('Morning Glory crossed the line first, its skipper said.', { id: 'b' });
    expect(findEntities([a, b]).map((entity) => [entity.name, entity.type, entity.mentions.length])).toEqual([['Morning Glory', 'vessel', 2]]);
  });
});

describe('findEntities on the bundled examples', async () => {
  const { articles: read } = await readInputs([EXAMPLES]);
  const storyA = read.map((article) => prepare(article)).filter((article) => /Brenmouth|Velmar|Corrin/.test(article.text));
  const entities = findEntities(storyA);

  it('finds the officials and places of story A in every outlet', () => {
    expect(named(entities, 'Tomas Keldren')?.aliases).toEqual(['Tomas Keldren', 'Keldren']);
    expect(Object.keys(named(entities, 'Odile Fenwright')!.countsBySource)).toHaveLength(6);
    expect(named(entities, 'Lirra Hydro')?.type).toBe('organisation');
    expect(named(entities, 'Velmar River')?.aliases).toEqual(expect.arrayContaining(['Velmar River', 'River Velmar']));
  });
});
