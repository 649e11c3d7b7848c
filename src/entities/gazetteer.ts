/**
 * Names the entity finder knows without context: countries with their long
 * and short forms, demonyms and capitals, regions, large cities, and organisations that news names
 * without a telling suffix ("the Kremlin", "Hamas", "Reuters"), and a few products so named ("the World Wide Web").
 *
 * One row per country: `Name|alias…;demonym…;capital`. Aliases and demonyms
 * are matched case-sensitively on whole tokens, so "US" is the country and
 * "us" is not.
 */
import { US_STATES } from '../text/us-states.js';
import { COUNTRY_ROWS } from './country-rows.js';

/**
 * Regions, territories and US states: places that are not countries. Georgia
 * and Washington are left to the country and the capital they also name.
 */
const REGION_NAMES = [
  ...`
Africa|Asia|Europe|Latin America|South America|North America|Central America|Middle East|Mideast|Caribbean|Balkans|Scandinavia
Gaza|Gaza Strip|West Bank|Golan Heights|Kashmir|Chechnya|Tibet|Xinjiang|Hong Kong|Kurdistan|Sumatra|Aceh|Siberia|Crimea
Ring of Fire|Pacific Ring of Fire
`.trim().split(/\s*[|\n]\s*/),
  ...US_STATES.filter((state) => state !== 'Georgia' && state !== 'Washington'),
];

/** Peoples named after a region that is no country, `Region;demonym…` ("Kurds", "Tibetans"): the region, as a country's people are their country. */
const REGION_PEOPLE_ROWS = `
Kurdistan;Kurdish|Kurd|Kurds
Tibet;Tibetan|Tibetans
Chechnya;Chechen|Chechens
Kashmir;Kashmiri|Kashmiris
`;

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
Organization for Security and Cooperation in Europe|Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe|OSCE
Intergovernmental Panel on Climate Change|IPCC
White House
Kremlin
Pentagon
State Department|U.S. State Department|US State Department
Justice Department|U.S. Justice Department
Congress
Parliament
Major League Baseball
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
Red Crescent
Doctors Without Borders|Medecins Sans Frontieres|MSF
Reporters Without Borders
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
al-Qaida|al-Qaeda|al Qaeda|Al Qaeda|Al-Qaeda|Al Qaida|Al-Qaida
PKK|Kurdistan Workers Party
Microsoft
Apple
Google
Netscape
Hustler
Enough Project
Research In Motion|RIM
Rite Aid
Waitrose
Trend Micro
Weather Underground
Hollywood Reporter
Le Monde
Vanity Fair
Pizza Hut
Social Security|Social Security Administration
Planned Parenthood|Planned Parenthood Federation of America
Twitter
Facebook
YouTube
`;

/** Products and services that news names without a brand ("the World Wide Web"). */
const PRODUCT_NAMES = ['World Wide Web'];

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
  type: 'place' | 'organisation' | 'product';
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
  for (const product of PRODUCT_NAMES) index.set(product, { type: 'product', name: product });
  for (const row of REGION_PEOPLE_ROWS.trim().split('\n')) {
    const [name, demonyms] = row.split(';');
    for (const form of demonyms.split('|')) index.set(form, { type: 'place', name, demonym: true });
  }
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

/** Lower-case words inside known names ("on" of "Intergovernmental Panel on Climate Change"): only these may join a run through a known name. */
export const LOWER_CASE_NAME_WORDS: ReadonlySet<string> = new Set([...INDEX.keys()].flatMap((form) => form.split(' ').filter((word) => /^\p{Ll}+$/u.test(word))));

/** The gazetteer entry of a surface form written exactly as in the text ("&" read as "and": "Trinidad & Tobago"), or undefined. */
export function lookUpName(form: string): GazetteerEntry | undefined {
  const entry = INDEX.get(form) ?? INDEX.get(form.replace(/^the /i, ''));
  return entry ?? (form.includes(' & ') ? lookUpName(form.replaceAll(' & ', ' and ')) : undefined);
}
