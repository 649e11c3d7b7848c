/**
 * Names the entity finder knows without context: countries with their long
 * and short forms, demonyms and capitals, regions, large cities, and organisations that news names
 * without a telling suffix ("the Kremlin", "Hamas", "Reuters").
 *
 * One row per country: `Name|alias…;demonym…;capital`. Aliases and demonyms
 * are matched case-sensitively on whole tokens, so "US" is the country and
 * "us" is not.
 */
import { US_STATES } from '../text/us-states.js';

const COUNTRY_ROWS = `
Afghanistan;Afghan|Afghans;Kabul
Albania;Albanian|Albanians;Tirana
Algeria;Algerian|Algerians;Algiers
Andorra;Andorran|Andorrans;Andorra la Vella
Angola;Angolan|Angolans;Luanda
Argentina;Argentine|Argentinian|Argentinians;Buenos Aires
Armenia;Armenian|Armenians;Yerevan
Australia;Australian|Australians;Canberra
Austria;Austrian|Austrians;Vienna
Azerbaijan;Azerbaijani|Azerbaijanis;Baku
Bahamas|The Bahamas;Bahamian|Bahamians
Bahrain;Bahraini|Bahrainis;Manama
Bangladesh;Bangladeshi|Bangladeshis;Dhaka
Barbados;Barbadian|Barbadians;Bridgetown
Belarus;Belarusian|Belarusians;Minsk
Belgium;Belgian|Belgians;Brussels
Belize;Belizean|Belizeans;Belmopan
Benin;Beninese;Porto-Novo
Bhutan;Bhutanese;Thimphu
Bolivia;Bolivian|Bolivians;La Paz
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnian|Bosnians;Sarajevo
Botswana;Motswana|Batswana;Gaborone
Brazil;Brazilian|Brazilians;Brasilia
Britain|United Kingdom|UK|U.K.|Great Britain;British|Briton|Britons;London
Brunei;Bruneian|Bruneians;Bandar Seri Begawan
Bulgaria;Bulgarian|Bulgarians;Sofia
Burkina Faso;Burkinabe;Ouagadougou
Burundi;Burundian|Burundians;Bujumbura
Cambodia;Cambodian|Cambodians;Phnom Penh
Cameroon;Cameroonian|Cameroonians;Yaounde
Canada;Canadian|Canadians;Ottawa
Cape Verde|Cabo Verde;Cape Verdean|Cape Verdeans;Praia
Central African Republic;Central African|Central Africans;Bangui
Chad;Chadian|Chadians;N'Djamena
Chile;Chilean|Chileans;Santiago
China|People's Republic of China|PRC;Chinese;Beijing
Colombia;Colombian|Colombians;Bogota
Comoros;Comorian|Comorians;Moroni
Congo|Democratic Republic of Congo|DRC;Congolese;Kinshasa
Costa Rica;Costa Rican|Costa Ricans;San Jose
Croatia;Croatian|Croatians|Croat|Croats;Zagreb
Cuba;Cuban|Cubans;Havana
Cyprus;Cypriot|Cypriots;Nicosia
Czech Republic|Czechia;Czech|Czechs;Prague
Denmark;Danish|Dane|Danes;Copenhagen
Djibouti;Djiboutian|Djiboutians
Dominican Republic;Dominican|Dominicans;Santo Domingo
East Timor|Timor-Leste;East Timorese;Dili
Ecuador;Ecuadorian|Ecuadorians;Quito
Egypt;Egyptian|Egyptians;Cairo
El Salvador;Salvadoran|Salvadorans;San Salvador
Equatorial Guinea;Equatoguinean|Equatoguineans;Malabo
Eritrea;Eritrean|Eritreans;Asmara
Estonia;Estonian|Estonians;Tallinn
Eswatini|Swaziland;Swazi|Swazis;Mbabane
Ethiopia;Ethiopian|Ethiopians;Addis Ababa
Fiji;Fijian|Fijians;Suva
Finland;Finnish|Finn|Finns;Helsinki
France;French;Paris
Gabon;Gabonese;Libreville
Gambia|The Gambia;Gambian|Gambians;Banjul
Georgia;Georgian|Georgians;Tbilisi
Germany;German|Germans;Berlin
Ghana;Ghanaian|Ghanaians;Accra
Greece;Greek|Greeks;Athens
Grenada;Grenadian|Grenadians
Guatemala;Guatemalan|Guatemalans;Guatemala City
Guinea-Bissau;Bissau-Guinean|Bissau-Guineans;Bissau
Guinea;Guinean|Guineans;Conakry
Guyana;Guyanese
Haiti;Haitian|Haitians;Port-au-Prince
Honduras;Honduran|Hondurans;Tegucigalpa
Hungary;Hungarian|Hungarians;Budapest
Iceland;Icelandic|Icelander|Icelanders;Reykjavik
India;Indian|Indians;New Delhi
Indonesia;Indonesian|Indonesians;Jakarta
Iran|Islamic Republic of Iran;Iranian|Iranians;Tehran
Iraq;Iraqi|Iraqis;Baghdad
Ireland|Republic of Ireland;Irish;Dublin
Israel;Israeli|Israelis;Jerusalem
Italy;Italian|Italians;Rome
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire;Ivorian|Ivorians;Yamoussoukro
Jamaica;Jamaican|Jamaicans;Kingston
Japan;Japanese;Tokyo
Jordan;Jordanian|Jordanians;Amman
Kazakhstan;Kazakh|Kazakhs;Astana
Kenya;Kenyan|Kenyans;Nairobi
Kiribati;I-Kiribati;Tarawa
Kosovo;Kosovar|Kosovars;Pristina
Kuwait;Kuwaiti|Kuwaitis;Kuwait City
Kyrgyzstan;Kyrgyz;Bishkek
Laos;Lao|Laotian|Laotians;Vientiane
Latvia;Latvian|Latvians;Riga
Lebanon;Lebanese;Beirut
Lesotho;Basotho;Maseru
Liberia;Liberian|Liberians;Monrovia
Libya;Libyan|Libyans;Tripoli
Liechtenstein;Liechtensteiner|Liechtensteiners;Vaduz
Lithuania;Lithuanian|Lithuanians;Vilnius
Luxembourg;Luxembourger|Luxembourgers
Madagascar;Malagasy;Antananarivo
Malawi;Malawian|Malawians;Lilongwe
Malaysia;Malaysian|Malaysians;Kuala Lumpur
Maldives;Maldivian|Maldivians
Mali;Malian|Malians;Bamako
Malta;Maltese;Valletta
Mauritania;Mauritanian|Mauritanians;Nouakchott
Mauritius;Mauritian|Mauritians;Port Louis
Mexico;Mexican|Mexicans;Mexico City
Moldova;Moldovan|Moldovans;Chisinau
Monaco;Monegasque|Monegasques
Mongolia;Mongolian|Mongolians;Ulaanbaatar
Montenegro;Montenegrin|Montenegrins;Podgorica
Morocco;Moroccan|Moroccans;Rabat
Mozambique;Mozambican|Mozambicans;Maputo
Myanmar|Burma;Burmese;Naypyidaw
Namibia;Namibian|Namibians;Windhoek
Nauru;Nauruan|Nauruans
Nepal;Nepalese|Nepali;Kathmandu
Netherlands|Holland;Dutch;Amsterdam
New Zealand;New Zealander|New Zealanders;Wellington
Nicaragua;Nicaraguan|Nicaraguans;Managua
Niger;Nigerien|Nigeriens;Niamey
Nigeria;Nigerian|Nigerians;Abuja
North Korea|Democratic People's Republic of Korea|DPRK;North Korean|North Koreans;Pyongyang
Norway;Norwegian|Norwegians;Oslo
Oman;Omani|Omanis;Muscat
Pakistan;Pakistani|Pakistanis;Islamabad
Palau;Palauan|Palauans
Palestine|Palestinian territories;Palestinian|Palestinians;Ramallah
Panama;Panamanian|Panamanians;Panama City
Papua New Guinea;Papua New Guinean|Papua New Guineans;Port Moresby
Paraguay;Paraguayan|Paraguayans;Asuncion
Peru;Peruvian|Peruvians;Lima
Philippines;Philippine|Filipino|Filipinos;Manila
Poland;Polish|Pole|Poles;Warsaw
Portugal;Portuguese;Lisbon
Qatar;Qatari|Qataris;Doha
Romania;Romanian|Romanians;Bucharest
Russia|Russian Federation;Russian|Russians;Moscow
Rwanda;Rwandan|Rwandans;Kigali
Samoa;Samoan|Samoans;Apia
Saudi Arabia;Saudi|Saudis;Riyadh
Senegal;Senegalese;Dakar
Serbia;Serbian|Serbians|Serb|Serbs;Belgrade
Seychelles;Seychellois
Sierra Leone;Sierra Leonean|Sierra Leoneans;Freetown
Singapore;Singaporean|Singaporeans;
Slovakia;Slovak|Slovaks;Bratislava
Slovenia;Slovenian|Slovenians;Ljubljana
Solomon Islands;Solomon Islander|Solomon Islanders;Honiara
Somalia;Somali|Somalis;Mogadishu
South Africa;South African|South Africans;Pretoria
South Korea|Republic of Korea;South Korean|South Koreans;Seoul
South Sudan;South Sudanese;Juba
Spain;Spanish|Spaniard|Spaniards;Madrid
Sri Lanka;Sri Lankan|Sri Lankans;Colombo
Sudan;Sudanese;Khartoum
Suriname;Surinamese;Paramaribo
Sweden;Swedish|Swede|Swedes;Stockholm
Switzerland;Swiss;Bern
Syria|Syrian Arab Republic;Syrian|Syrians;Damascus
Taiwan;Taiwanese;Taipei
Tajikistan;Tajik|Tajiks;Dushanbe
Tanzania;Tanzanian|Tanzanians;Dodoma
Thailand;Thai|Thais;Bangkok
Togo;Togolese;Lome
Tonga;Tongan|Tongans
Trinidad and Tobago|Trinidad;Trinidadian|Trinidadians;Port of Spain
Tunisia;Tunisian|Tunisians;Tunis
Turkey;Turkish|Turk|Turks;Ankara
Turkmenistan;Turkmen;Ashgabat
Tuvalu;Tuvaluan|Tuvaluans;Funafuti
Uganda;Ugandan|Ugandans;Kampala
Ukraine;Ukrainian|Ukrainians;Kyiv
United Arab Emirates|UAE;Emirati|Emiratis;Abu Dhabi
United States|United States of America|US|U.S.|USA|U.S.A.|America;American|Americans;Washington
Uruguay;Uruguayan|Uruguayans;Montevideo
Uzbekistan;Uzbek|Uzbeks;Tashkent
Vanuatu;Ni-Vanuatu;Port Vila
Venezuela;Venezuelan|Venezuelans;Caracas
Vietnam;Vietnamese;Hanoi
Yemen;Yemeni|Yemenis;Sanaa
Yugoslavia;Yugoslav|Yugoslavs;Belgrade
Zambia;Zambian|Zambians;Lusaka
Zimbabwe;Zimbabwean|Zimbabweans;Harare
`;

/**
 * Regions, territories and US states: places that are not countries. Georgia
 * and Washington are left to the country and the capital they also name.
 */
const REGION_NAMES = [
  ...`
Africa|Asia|Europe|Latin America|South America|North America|Central America|Middle East|Mideast|Caribbean|Balkans|Scandinavia
Gaza|Gaza Strip|West Bank|Golan Heights|Kashmir|Chechnya|Tibet|Xinjiang|Hong Kong|Kurdistan|Sumatra|Aceh|Siberia|Crimea
`.trim().split(/\s*[|\n]\s*/),
  ...US_STATES.filter((state) => state !== 'Georgia' && state !== 'Washington'),
];

/**
 * Cities in the news that are not capitals, one a row with its other names
 * (`Name|alias…`). Only
 * names no one also bears as a given name or surname (no Houston, Sydney,
 * Florence, Milan, Lagos, Osaka: the gazetteer would cut "Whitney Houston",
 * "Milan Kundera" or "Ricardo Lagos" in two).
 */
const CITY_ROWS = `
Los Angeles
San Francisco
San Diego
Las Vegas
New Orleans
Chicago
Philadelphia
Boston
Seattle
Miami
Atlanta
Detroit
Baltimore
Pittsburgh
Toronto
Montreal
Vancouver
Melbourne
Auckland
Rio de Janeiro
District of Columbia|DC|D.C.
Little Rock
New England
Sao Paulo|São Paulo
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bangalore|Bengaluru
Hyderabad
Karachi
Lahore
Peshawar
Quetta
Kandahar
Herat
Shanghai
Guangzhou
Shenzhen
Wuhan
Chongqing
Tianjin
Yokohama
Kyoto
Hiroshima
Nagasaki
Fukushima
Busan
Istanbul
Izmir
Dubai
Jeddah
Mecca
Basra
Mosul
Kirkuk
Fallujah
Aleppo
Homs
Benghazi
Johannesburg
Cape Town
Durban
Casablanca
Marrakesh|Marrakech
Barcelona
Naples
Venice
Munich
Frankfurt
Hamburg
Cologne
Geneva
Zurich
Manchester
Liverpool
Edinburgh
Marseille
Lyon
St. Petersburg|Saint Petersburg
Novosibirsk
Kharkiv
Gdansk
Krakow
Ho Chi Minh City|Saigon
Tel Aviv
Bethlehem
Hebron
Ramallah
Nablus
Jenin
Davao
Surabaya
Chittagong
Mombasa
Dar es Salaam
Goma
Chernobyl
Srebrenica
Abu Ghraib
`;

/**
 * US states by their newspaper abbreviations ("Laramie, Wyo."). Those that
 * are also words or titles ("Miss.", "Mass.", "Ind.", "La.", "Pa.", "Mo.",
 * "Del.", "Ore.", "Wash.") are left out.
 */
const STATE_ABBREVIATIONS = `
Ala.=Alabama, Ariz.=Arizona, Ark.=Arkansas, Calif.=California, Colo.=Colorado, Conn.=Connecticut, Fla.=Florida, Ga.=Georgia,
Ill.=Illinois, Kan.=Kansas, Kans.=Kansas, Ky.=Kentucky, Md.=Maryland, Mich.=Michigan, Minn.=Minnesota, Mont.=Montana,
Neb.=Nebraska, Nev.=Nevada, N.H.=New Hampshire, N.J.=New Jersey, N.M.=New Mexico, N.C.=North Carolina, N.D.=North Dakota,
Okla.=Oklahoma, R.I.=Rhode Island, S.C.=South Carolina, S.D.=South Dakota, Tenn.=Tennessee, Tex.=Texas, Vt.=Vermont,
Va.=Virginia, W.Va.=West Virginia, Wis.=Wisconsin, Wyo.=Wyoming
`;

/** Organisations named without an organisational word, with their other names. */
const ORGANISATION_ROWS = `
United Nations|UN|U.N.
European Union|EU|E.U.
North Atlantic Treaty Organization|NATO
White House
Kremlin
Pentagon
State Department|U.S. State Department|US State Department
Justice Department|U.S. Justice Department
Congress
Parliament
Knesset
State Duma|Duma
Bundestag
Politburo
Khmer Rouge
Pan Am|Pan American World Airways
Mission Control
UN Security Council|U.N. Security Council|United Nations Security Council|U. N. Security Council
Associated Press|AP
Agence France-Presse|AFP
Reuters
Interfax
ITAR-Tass|Itar-Tass
Xinhua
BBC
CNN
Fox Business Network
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
International Monetary Fund|IMF
World Bank
World Food Program|WFP
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International
Human Rights Watch
UNHCR
UNRWA|UN Relief and Works Agency
World Health Organization|WHO
Hamas
Islamic Jihad
Virtue Party|Islamic Virtue Party|Islamic Virtue
America Online|America Online Inc.|AOL
Academy of Motion Picture Arts and Sciences|Academy of Motion Pictures Arts and Sciences|AMPAS
Scotland Yard
Hezbollah|Hizbollah
Taliban
al-Qaida|al-Qaeda|al Qaeda
PKK|Kurdistan Workers Party
Microsoft
Apple
Google
Netscape
Hustler
Enough Project
`;

export interface Country {
  name: string;
  aliases: readonly string[];
  demonyms: readonly string[];
  capital?: string;
}

export interface KnownOrganisation {
  name: string;
  aliases: readonly string[];
}

export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.trim().split('\n').map((row) => {
  const [names, demonyms, capital] = row.split(';');
  const [name, ...aliases] = names.split('|');
  return { name, aliases, demonyms: demonyms ? demonyms.split('|') : [], ...(capital ? { capital } : {}) };
});

export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = ORGANISATION_ROWS.trim().split('\n').map((row) => {
  const [name, ...aliases] = row.split('|');
  return { name, aliases };
});

/** What a known name stands for. `capitalOf` is set for a capital city. */
export interface GazetteerEntry {
  type: 'place' | 'organisation';
  name: string;
  /** The surface form is an adjective or a people ("Russian", "Syrians"). */
  demonym?: boolean;
  /** The surface form is the capital of this country ("Washington" → United States). */
  capitalOf?: string;
}

function buildIndex(): Map<string, GazetteerEntry> {
  const index = new Map<string, GazetteerEntry>();
  for (const organisation of KNOWN_ORGANISATIONS) {
    for (const form of [organisation.name, ...organisation.aliases]) index.set(form, { type: 'organisation', name: organisation.name });
  }
  for (const region of REGION_NAMES) index.set(region, { type: 'place', name: region });
  for (const pair of STATE_ABBREVIATIONS.trim().split(/,\s*/)) {
    const [form, name] = pair.split('=');
    index.set(form, { type: 'place', name });
  }
  for (const row of CITY_ROWS.trim().split('\n')) {
    const [name, ...aliases] = row.split('|');
    for (const form of [name, ...aliases]) index.set(form, { type: 'place', name });
  }
  for (const country of COUNTRIES) {
    for (const form of [country.name, ...country.aliases]) index.set(form, { type: 'place', name: country.name });
    for (const form of country.demonyms) if (!index.has(form)) index.set(form, { type: 'place', name: country.name, demonym: true });
    if (country.capital && !index.has(country.capital)) index.set(country.capital, { type: 'place', name: country.capital, capitalOf: country.name });
  }
  return index;
}

const INDEX = buildIndex();

/** The longest number of tokens a gazetteer form has. */
export const LONGEST_FORM = Math.max(...[...INDEX.keys()].map((form) => form.split(' ').length));

/** The gazetteer entry of a surface form written exactly as in the text, or undefined. */
export function lookUpName(form: string): GazetteerEntry | undefined {
  return INDEX.get(form) ?? INDEX.get(form.replace(/^the /i, ''));
}
