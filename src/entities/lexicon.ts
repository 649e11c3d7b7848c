/**
 * Word lists the entity finder reads names with: titles and honorifics that
 * come before a person's name, role nouns that describe a person, words that
 * end organisation and place names, and the words that tell a person's gender.
 * All lower-case; compare with a token's `norm`.
 */
import { wordSet as words } from '../text/words.js';


/** Honorifics and titles written before a name ("Mr.", "President", "Gen."). */
export const TITLES = words(`
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam
president vice prime minister secretary premier chancellor king queen prince princess emperor pope sheikh emir sultan
senator sen. sen representative rep. rep congressman congresswoman governor gov. gov mayor judge justice
general gen. gen lieutenant lt. lt colonel col. col captain capt. capt sergeant sgt. sgt major maj. admiral adm. commander cmdr.
corporal cpl. private pvt. marshal commodore field brig. brigadier trooper officer detective det. inspector constable const const. chief inf.
father rev. rev reverend pastor bishop archbishop cardinal rabbi imam ayatollah prophet
speaker ambassador envoy director chairman chairwoman chair commissioner superintendent sheriff undersheriff deputy atty atty. spc spc. pfc pfc.
foreign interior defense defence finance health justice agriculture economy education labour labor trade state home
acting former senior first attorney district assistant associate executive managing general
leader majority minority owner founder co-founder coach coroner harbourmaster harbormaster skipper grandmaster councilman councilwoman councillor councilor cllr alderman manager spokesman spokeswoman doctor editor qb wr rb dt lb cb
ceo cfo coo vp gm
`);

/** A title word, one made with "-elect", "-designate", "ex-" or "vice-" ("president-elect", "premier-designate", "ex-president", "vice-marshal"), or two joined ("secretary-general", "attorney-general"). */
export function isTitle(norm: string): boolean {
  if (TITLES.has(norm)) return true;
  const made = /^(?:ex-|vice-)?(\p{L}+)(?:-(?:elect|designate))?$/u.exec(norm);
  if (made !== null && made[1] !== norm && TITLES.has(made[1])) return true;
  const parts = norm.split('-');
  return parts.length === 2 && parts.every((part) => TITLES.has(part));
}

/**
 * Kinship nouns: a name after one ("his oldest brother Paul", "her niece
 * Rina") is a relative's, a person's.
 */
export const KIN_NOUNS = words(`
mother father son daughter wife husband brother sister uncle aunt nephew niece cousin grandson granddaughter grandmother
grandfather grandchild stepson stepdaughter stepfather stepmother stepbrother stepsister half-brother half-sister
brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law widow widower fiance fiancee fiancé fiancée
`);

/** Nouns that describe what a person does; the head of a role description ("the Kremlin spokesman"). */
export const ROLE_NOUNS = words(`
spokesman spokeswoman spokesperson spokesmen spokeswomen president minister secretary premier chancellor leader head chief
director chairman chairwoman chair mayor governor senator congressman congresswoman lawmaker legislator representative
ambassador envoy diplomat official officer commander general admiral colonel captain lieutenant sergeant trooper
judge lawyer attorney prosecutor counsel defender advocate detective inspector investigator sheriff constable police
king queen prince princess emperor pope bishop archbishop cardinal priest rabbi imam cleric pastor reverend
doctor physician surgeon nurse hydrologist scientist expert analyst economist researcher professor teacher student
engineer executive manager founder owner president-elect speaker-elect candidate adviser advisor aide strategist
correspondent reporter journalist editor publisher photographer writer author biographer columnist commentator
witness resident neighbour neighbor villager survivor victim relative friend colleague associate partner deputy
worker employee technician specialist controller pilot astronaut coach player star actor actress singer model
striker midfielder goalkeeper winger
chairperson counterpart commissioner superintendent administrator coordinator organiser organizer negotiator mediator member
crew firefighter paramedic volunteer rescuer ceo cfo coo vp shopkeeper trader farmer passenger commuter
${[...KIN_NOUNS].join(' ')}
`);

/** Role nouns that stand for a group of people, so "they" can refer to them. */
export const PLURAL_ROLE_NOUNS = words(`
officials spokesmen spokeswomen police authorities officers diplomats witnesses residents doctors experts analysts
lawmakers leaders sources rescuers workers investigators prosecutors lawyers engineers villagers neighbours neighbors
crews firefighters paramedics volunteers inspectors dissidents councillors councilors activists protesters demonstrators
soldiers troops ministers presidents mayors governors senators legislators ambassadors envoys commanders judges attorneys
detectives priests clerics bishops physicians surgeons nurses scientists economists researchers professors teachers students
executives managers candidates advisers advisors aides reporters journalists correspondents editors survivors victims relatives
colleagues employees technicians specialists pilots astronauts negotiators mediators members commissioners administrators shopkeepers
traders farmers passengers commuters
`);

/** Modifiers a role description may carry before its head ("deputy", "senior", "former"). */
export const ROLE_MODIFIERS = words(`
deputy vice senior chief top former acting interim assistant associate executive general first second local regional
national federal state provincial municipal city county district foreign interior defense defence finance health
justice press retired military police fire emergency medical lead leading principal prime special civil permanent
`);

/** Words that end an organisation's name ("… Agency", "… Party"). */
export const ORGANISATION_WORDS = words(`
agency party council ministry department commission committee corp corp. corporation inc inc. co co. ltd ltd. plc
company companies bank university school college hospital institute association union church centre center court
service services network times post news press authority board group foundation federation fund forces army navy
air force police office organization organisation coalition congress parliament senate assembly administration
project watch hydro directorate airlines airways ferries railways motors systems industries cabinet government programme program recovery
daily herald gazette courier tribune journal record magazine globe inquirer chronicle observer examiner sentinel telegraph bulletin dispatch
standard insider express mirror images microsystems devices foods patrol republicans democrats
radio tv television channel league club team society
consortium alliance front movement cooperation brigade brigades guard bureau exchange clinic military media survey
conference panel institution command reserve advisors solutions entertainment guards societies marines division
creamery dairy international magistrates academy campaign oil petroleum telecom guild corps consulting films
cooperative co-operative co-op cooperatives
gas energy electric electricity water utilities highways rail railway railways trust transit transport transportation buses coaches tramways
estates taverns brewery breweries ales holdings securities haulage enterprise enterprises brothers sons
united rovers wanderers athletic tech polytechnic
`);

/**
 * Words that end a company's name ("Northgate Capital", "Norreth Lines", "Corrigan
 * Construction", "Brisk Logistics", "Kellam Transit Partners", "Dunlin Coatings";
 * a trade's noun after a place's name, "Houston Exploration", "Harlow Freight",
 * "Harbour Cafe", none of them a surname) but, unlike `ORGANISATION_WORDS`, join nothing after them
 * ("Long-Term Capital Management LP of Greenwich", "Building and
 * Construction Trades Council").
 */
export const COMPANY_LAST_WORDS = words(`
capital construction lines shipping logistics partners ventures associates technologies pharmaceuticals chemicals
plastics metals materials electronics communications resources products coatings textiles labs laboratories robotics
dynamics aviation mining
exploration drilling refining minerals freight couriers removals recycling engineering publishing printing catering insurance
fisheries farms dairies distillery distilleries bakery bakeries cafe café cafes bistro brasserie pizzeria restaurants hotels resorts
cruises pharmacy apparel cosmetics furniture software aerospace automotive semiconductors outfitters supermarkets stores
supplies sports
`);

/** Verbs whose subject speaks: a single unexplained word before one is taken to be a person ("Lavrov said"), a surname a person ("Jordan said"). */
export const SPEECH_VERBS = words(`
said says told added asked wrote stated insisted replied stressed joked argued warned explained noted declared claimed denied
admitted announced acknowledged continued conceded recalled urged testified
`);

/** A party's members, who speak for the party ("the Communists said"), though "Italy's Communists" are Italy's. */
export const PARTY_MEMBERS = words(`communists socialists conservatives liberals nationalists tories`);

/** A party's member or adjective in the singular ("a Long Island Republican", "the Democrat who…"): it describes someone, it names no one. */
export const PARTISAN_WORDS = words(`republican democrat democratic communist socialist tory`);

/** Chambers that partisan words go with ("House Republican leaders", "the Republican Senate majority"). */
export const CHAMBERS = words(`house senate congress parliament assembly`);

/** First words of organisation names, even before a country ("Air Comet", "Air France", "Radio Free Europe"). */
export const ORGANISATION_OPENERS = words(`air radio union universidad universidade université televisión instituto banco servicio`);

/** Words that end a place's name ("… River", "… Street"). */
export const PLACE_WORDS = words(`
river street st. road lane row avenue ave. boulevard square bridge dam lake lakes mountain mountains mount hill hills
island islands isle isles province district county city town village valley bay sea ocean gulf strait estate airport
camp region peninsula coast park falls hall station harbour harbor quay canal desert forest state states plain plains
heights beach creek port hotel republic kingdom commonwealth emirates territory territories pradesh indies wales freeway highway stadium arena
glacier gardens line base corridor palace monument ranch township theatre theater market towers hut canyon jail prison
crescent terrace mews drive wharf embankment arms inn tavern field point
reach cove crossing landing inlet bluff bluffs cliffs sands shore
`);

/**
 * Last words of places' names that are common surnames too ("Ashby Ford",
 * "Harrison Ford"; "Calder Wood", "Natalie Wood"): a name ending in one is a
 * place only where the words around it put it somewhere (`classify.ts`: a
 * place preposition before it or before the list it is in, a list with a
 * known place), else it is left to the person rules.
 */
export const SURNAMES_THAT_END_PLACES = words(`ford wood marsh green brook dale cross wells heath moor vale`);

/** Last words of the names of events, awards and laws ("Rose Parade", "World War II", "Gold Glove", "Endangered Species Act", "Criminal Code"; "Tournament of Roses" by its first): no one, nowhere. */
/**
 * Emergency services named by two words and "and" ("Somerset Fire and
 * Rescue", "Search and Rescue"): the pair holds a name together through its
 * "and" and ends an organisation's name.
 */
const SERVICE_PAIRS: ReadonlySet<string> = new Set(['fire and rescue', 'search and rescue', 'fire and emergency', 'fire and ambulance']);

/** Three words (lower case) are an emergency service's pair, joined by "and" or "&" ("Fire & Rescue"). */
export function isServicePair(before: string, joiner: string, after: string): boolean {
  return (joiner === 'and' || joiner === '&') && SERVICE_PAIRS.has(`${before} and ${after}`);
}

/** The last three words (lower case) are an emergency service's pair ("Palmer Fire & Rescue"). */
export function endsInServicePair(norms: readonly string[]): boolean {
  const count = norms.length;
  return count >= 3 && isServicePair(norms[count - 3], norms[count - 2], norms[count - 1]);
}

export const EVENT_WORDS = words(`
parade festival marathon tournament olympics olympiad championship championships cup games awards prix expo summit
series bowl war act treaty accord resolution convention protocol covenant prize prizes change relay ceremony inquiry tour award emmy emmys
depression recession tsunami earthquake quake glove slugger code fair meetings torch sabbath
`);

/** Awards named like people ("an Oscar nominee", "won a Tony"): alone, where the article writes them in the plural ("the Oscars"), they name the award. */
export const AWARD_NAMES = words(`oscar tony emmy grammy obie`);

/**
 * Nicknames of North American professional teams and a few college ones: a
 * name ending in one is a team ("Indianapolis Colts", "Boston Red Sox", "the
 * Tar Heels"). Two-word nicknames are written with a hyphen here.
 */
export const TEAM_NICKNAMES = words(`
cardinals falcons ravens bills panthers bears bengals browns cowboys broncos lions packers texans colts jaguars chiefs
raiders chargers rams dolphins vikings patriots saints giants jets eagles steelers 49ers seahawks buccaneers titans
redskins commanders hawks celtics nets hornets bulls cavaliers mavericks nuggets pistons warriors rockets pacers
clippers lakers grizzlies heat bucks timberwolves pelicans knicks thunder magic 76ers sixers suns blazers kings spurs
raptors jazz wizards bobcats sonics supersonics diamondbacks braves orioles cubs reds guardians rockies tigers astros
royals angels dodgers marlins brewers twins mets yankees phillies pirates padres mariners rays rangers nationals
expos ducks coyotes bruins sabres flames hurricanes blackhawks avalanche oilers canadiens predators devils islanders
flyers penguins sharks blues lightning canucks capitals
red-sox white-sox blue-jays maple-leafs red-wings blue-jackets golden-knights tar-heels trail-blazers purple-aces
`);

/** The team's nickname that lower-cased name words end in ("san diego chargers" → "chargers", "boston red sox" → "red-sox"), if any. */
export function teamNickname(words: readonly string[]): string | undefined {
  const two = words.slice(-2).join('-');
  if (words.length >= 2 && TEAM_NICKNAMES.has(two)) return two;
  return TEAM_NICKNAMES.has(words[words.length - 1]) ? words[words.length - 1] : undefined;
}

/** First words of products' names ("Internet Explorer", "MacBook Pro", "Toyota Camry"): the thing, not a person. */
export const PRODUCT_OPENERS = words(`
internet macbook iphone ipad ipod imac blackberry windows xp xbox playstation kindle android firefox toyota honda nissan
hyundai volkswagen intel
`);

/**
 * Acronyms of common nouns: things and standards ("TV", "GPS", "USB", "RAM", "EDGE", "QWERTY", Windows "XP"), a
 * body's matter or an illness ("DNA", "HIV"), a charge ("DUI"), a squad or a list ("SWAT", "IR":
 * injured reserve), a score or a rank ("TD", "MVP"), a degree or an office ("MD", "DA": district
 * attorney), a measure ("GDP"), a war ("WWII"), a compass point ("NE"). Alone they name nobody; inside a longer name they
 * may ("NBC TV").
 */
export const COMMON_ACRONYMS = words(`
TV GPS USB RAM DRAM LTE CPU GPU PC SUV OEM HDMI SD SDHC ASIC HTML SQL IP MRI DNA HIV AIDS GHG DUI DWI SWAT IR TD
MVP VIP MBA SOS EDGE GSM GPRS UMTS QWERTY LCD HDD SSD MD DA GDP WWI WWII XP NE NW SE SW
`);

/** Degrees set off after a person's name ("Jorge Alsip, MD, PhD, said"). */
export const POST_NOMINALS = words(`md phd mba dds rn esq`);

/** Honours and ranks written after a British name with no comma ("Jonathan Abara KC", "Anthony Grebe MP"): no part of the name, and no acronym making it an organisation's. */
export const HONOURS_AFTER_NAMES = new Set(['KC', 'QC', 'MP', 'MSP', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE']);

/** Generational suffixes after a name: "Martin Luther King Jr.", "Cornelius Vanderbilt III". */
export const GENERATIONAL_SUFFIXES = words(`jr jr. sr sr. ii iii iv`);

/** A vessel's parts, named before "of" and its name ("swept from the deck of Sword of Orion"). */
export const VESSEL_PARTS = words(`deck decks hull keel mast bow stern`);

/** Nouns right before a vessel's name ("the yacht Sword of Orion", "veteran cutter Winston Churchill"). */
export const VESSEL_NOUNS = words(`
yacht yachts ship vessel boat tanker supertanker ferry trawler freighter liner submarine destroyer frigate cruiser
corvette schooner maxi cutter sloop ketch catamaran trimaran warship tug tugboat dhow steamer minesweeper icebreaker
dredger gunboat
`);

/**
 * Nouns right before or in apposition to a work's title ("the film Local Hero",
 * "the sequel 'Catching Fire'", "Scrubs, the hospital sitcom"). Nouns that are
 * also verbs ("show", "play", "book") are in `GATED_WORK_NOUNS` as well.
 * "Biography" is left out: a biography is titled by its subject's name.
 */
export const WORK_NOUNS = words(`
film movie sequel prequel remake series miniseries sitcom show drama comedy thriller documentary cartoon musical opera
operetta play novel novella book memoir song album ballad anthem episode trilogy epic installment instalment
`);

/** Work nouns that are also verbs ("polls show Clinton ahead", "to book Smith"): a title follows them only after a determiner or a modifier ("the show Ellen"). */
export const GATED_WORK_NOUNS = words(`show play book`);

/** Nouns right before or after a newspaper's or a magazine's name ("the daily Kommersant", "Vanity Fair magazine"): the outlet, an organisation. */
export const PERIODICAL_NOUNS = words(`newspaper daily weekly magazine tabloid`);

/**
 * Nouns right before or heading an appositive to a body's name ("the broker
 * Whitcombe Rhys", "local band Tin Lantern", "Quillon, an Edinburgh company
 * that…"): a company, a band, a club, a charity, an organisation.
 */
export const BODY_CUE_NOUNS = words(`
firm company group broker brokerage band chain retailer operator charity brewery club maker manufacturer carmaker insurer lender
label supermarket consultancy
`);

/** Nouns right before or heading an appositive to a product's name ("its first product, the Quillon Cell-Scan", "a smaller machine, the Cell-Scan Mini"). */
export const PRODUCT_CUE_NOUNS = words(`product machine device gadget toy doll brand`);

/** Words before a vessel's or a work's noun that make it a verb ("to ship Boeing jets", "will film the march"). */
export const VERB_CONTEXT = words(`to will would could can may might must should did does do not`);

/** Determiners before a description ("a spokesman for …", "the film …"). */
export const DETERMINERS = words(`a an the his her its their`);

/** Nouns after which "of X" names a place ("residents of Brenmouth", "the village of Orrick"). */
export const PLACE_CONTEXT = words(`
village villages town towns city cities province district districts county region state capital port island outskirts
centre center residents people streets suburbs mayor upstream downstream north south east west part parts area areas
heart coast settlement settlements
`);

export const FEMALE_WORDS = words(`
mrs mrs. ms ms. miss madam lady dame queen princess spokeswoman chairwoman congresswoman businesswoman actress
widow mother daughter wife sister aunt niece grandmother granddaughter girl woman girlfriend she her
`);

export const MALE_WORDS = words(`
mr mr. sir lord king prince spokesman chairman congressman businessman actor widower father son husband brother
uncle nephew grandfather grandson boy man boyfriend he his
`);

/** Capitalized words that open a sentence without being a name. */
export const SENTENCE_OPENERS = words(`
earlier later meanwhile however then now still also yet but and asked speaking minutes hours days weeks months
today yesterday tonight tomorrow last next this that these those some many most several both all each every few
other another no one two three four five six seven eight nine ten only even instead because although though while
when where after before since until unless if as at in on by for with without from into during despite according
outside inside under over among between amid through about around across behind beyond near like unlike
there here what which who whom whose why how it its he she they we you i his her their our my your
the a an nobody everyone everything nothing something someone anyone such much more less
dozens scores hundreds thousands millions billions tens
`);

/**
 * Participles that open a sentence before its object ("Citing Hun Sen, the
 * paper said"), and the verbs of a team's transaction notes ("Named Maurice
 * Cheeks coach.", "Fired Jim O'Brien"), never part of the name after them.
 */
export const OPENING_PARTICIPLES = words(`
named fired hired signed appointed released acquired traded waived promoted
citing quoting following including excluding joining leaving describing choosing bringing accompanying knowing
losing asking calling saying noting adding declaring insisting warning urging praising criticizing criticising
blaming accusing thanking welcoming visiting meeting addressing representing replacing succeeding defeating
beating facing trailing returning announcing confirming denying rejecting echoing honoring honouring mourning
recalling remembering defending dismissing explaining stressing acknowledging admitting watching seeing
hearing fearing seeking using taking making giving getting putting having being told
`);

/** Adjectives of size and force that a lead-in shouts before its noun ("A HUGE fire", "A MASSIVE blaze"): no acronyms. */
export const SHOUTED_ADJECTIVES = words(`
huge large massive major big giant serious dramatic horrific terrifying devastating tragic fierce shocking
`);

/** Road words a number completes as a place's name ("Route 52", "Interstate 805"). */
export const ROAD_WORDS = words(`route highway interstate`);

/**
 * Short forms of given names that stand for one formal name only ("Bob"
 * Livingston is Robert Livingston), so two reports naming a person each way
 * name one person. Short forms of several names ("Chris", "Alex", "Pat",
 * "Steve", "Jack") are left out, and so are those that are also part of a
 * name or a title ("Ben" Ali, "Don").
 */
export const NICKNAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    bob: 'robert', bobby: 'robert', rob: 'robert', robbie: 'robert', bill: 'william', billy: 'william', will: 'william', willie: 'william',
    jim: 'james', jimmy: 'james', mike: 'michael', tom: 'thomas', tommy: 'thomas', dick: 'richard', rick: 'richard', ricky: 'richard',
    tony: 'anthony', joe: 'joseph', joey: 'joseph', dave: 'david', dan: 'daniel', danny: 'daniel', matt: 'matthew',
    andy: 'andrew', nick: 'nicholas', tim: 'timothy', larry: 'lawrence', chuck: 'charles', charlie: 'charles', hank: 'henry',
    johnny: 'john', ron: 'ronald', ronnie: 'ronald', greg: 'gregory', jeff: 'jeffrey', ken: 'kenneth', kenny: 'kenneth',
    newt: 'newton', liz: 'elizabeth', peggy: 'margaret', sue: 'susan', jenny: 'jennifer', fred: 'frederick', walt: 'walter',
    gene: 'eugene', vince: 'vincent', ray: 'raymond', phil: 'philip', doug: 'douglas', rudy: 'rudolph', mitch: 'mitchell',
  }),
);
