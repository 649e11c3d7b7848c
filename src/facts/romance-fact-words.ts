/**
 * The fact words of French and Spanish (`FactWords`), and what they share
 * with Italian and Portuguese (`italian-portuguese-fact-words.ts`):
 * numbers as they write them ("1 200", "1.200", "3,5", "2,3 millions de",
 * "mil millones", "douze", "doce"), qualifiers ("plus de", "environ",
 * "unos", "cerca de"), units, people, events, months, weekdays and
 * relative days. The counted noun is the word after the number, the
 * describing words coming after it ("340 maisons détruites"). Events and
 * units take the English canonical names, so that a claim keys as an
 * English one does. Lower case, as tokens are normalized; a word of five
 * letters or more also matches the words it starts ("évacu": "évacués",
 * "évacuation"). Written for Tidings.
 */
import { compoundNumbers, monthPattern, NONE, phrases, type FactWords } from './fact-words.js';
import { wordSet as words } from '../text/words.js';
import { MONTHS_BY_LANGUAGE } from '../text/months.js';

/** What the four write alike: digits with a decimal comma, the noun first, no English heuristics. */
export const ROMANCE: Pick<FactWords, 'decimalComma' | 'commaGroupsThousands' | 'indefinite' | 'currencyPrefixes' | 'moneyUnits' | 'ageBefore' | 'headFirst' | 'nounsCapitalized' | 'monthFirst' | 'previousBefore' | 'identifierNouns' | 'identifiersCapitalized' | 'weekdaySuffix'> = {
  decimalComma: true,
  commaGroupsThousands: false,
  indefinite: words(''),
  currencyPrefixes: { '€': '€', $: '$', '£': '£', 'r$': 'R$', 'us$': '$' },
  moneyUnits: words('euros $ francs pesos reais'),
  ageBefore: words(''),
  headFirst: true,
  nounsCapitalized: false,
  monthFirst: false,
  previousBefore: words(''),
  identifierNouns: words('vol vuelo volo voo ligne línea linea linha catégorie categoría categoria niveau nivel livello nível kilomètre kilómetro chilometro quilómetro km'),
  identifiersCapitalized: false,
  weekdaySuffix: NONE,
};

/** Words of a price, a purchase or a valuation (`FactWords.priceWords`), also words of the `cost` event. */
const FRENCH_PRICE_WORDS: readonly string[] = ['prix', 'rachat', 'rachète', 'racheter', 'racheté', 'achat', 'achète', 'acheter', 'acheté', 'acquisition', 'acquiert', 'acquérir', 'valoris', 'valeur'];
/** Words of a price, a purchase or a valuation (`FactWords.priceWords`), also words of the `cost` event. */
const SPANISH_PRICE_WORDS: readonly string[] = ['precio', 'compra', 'comprar', 'comprará', 'compró', 'adquisición', 'adquiere', 'adquirir', 'adquirió', 'valora', 'valorada', 'valoración'];

const FRENCH_MONTHS = MONTHS_BY_LANGUAGE.fr;
const SPANISH_MONTHS = MONTHS_BY_LANGUAGE.es;

/** The hundreds from 200 to 900, each stem's spellings (masculine and feminine) given by `write`. */
export const hundreds = (stems: string, write: (stem: string) => readonly string[]): Record<string, number> =>
  Object.fromEntries(stems.split(' ').flatMap((stem, index) => write(stem).map((word) => [word, (index + 2) * 100])));
export const tens = (names: string): Record<string, number> => Object.fromEntries(names.trim().split(/\s+/).map((name, index) => [name, (index + 2) * 10]));
/** Number words from zero, in order; "-" holds the place of one, whose word is also "a" ("un", "uno", "um") and is not read. */
export const upTo19 = (names: string): Record<string, number> => Object.fromEntries(names.trim().split(/\s+/).flatMap((name, index) => (name === '-' ? [] : [[name, index]])));

export const FRENCH_FACT_WORDS: FactWords = {
  ...ROMANCE,
  numbers: {
    ...upTo19('zéro - deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'),
    ...tens('vingt trente quarante cinquante soixante soixante-dix quatre-vingts quatre-vingt-dix'),
    'quatre-vingt': 80, cent: 100, mille: 1000,
  },
  tensAnd: words('et'),
  ones: words('un une'),
  countedVerbs: words('restent demeurent'),
  /** Plural nouns end in -s or -x, plural verbs in -ent. */
  verbForm: /ent$/,
  multipliers: { cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  linking: words("de d'"),
  zero: words('aucun aucune'),
  nobody: words(''),
  qualifiers: [
    { words: ['un', 'peu', 'plus', 'de'], qualifier: 'more-than' },
    { words: ['pas', 'moins', 'de'], qualifier: 'at-least' },
    { words: ['aux', 'alentours', 'de'], qualifier: 'about' },
    { words: ['plus', 'de'], qualifier: 'more-than' },
    { words: ['plus', "d'"], qualifier: 'more-than' },
    { words: ['au', 'moins'], qualifier: 'at-least' },
    { words: ['moins', 'de'], qualifier: 'less-than' },
    { words: ['moins', "d'"], qualifier: 'less-than' },
    { words: ['près', 'de'], qualifier: 'nearly' },
    { words: ['près', "d'"], qualifier: 'nearly' },
    { words: ['autour', 'de'], qualifier: 'about' },
    { words: ['au-delà', 'de'], qualifier: 'more-than' },
    { words: ["jusqu'à"], qualifier: 'up-to' },
    { words: ['presque'], qualifier: 'nearly' },
    { words: ['environ'], qualifier: 'about' },
    { words: ['quelque'], qualifier: 'about' },
    { words: ['approximativement'], qualifier: 'about' },
  ],
  fillers: words('seulement encore déjà les des au total'),
  units: {
    'pour cent': 'percent', '%': 'percent', mètres: 'metres', mètre: 'metres', m: 'metres', kilomètres: 'km', kilomètre: 'km', km: 'km',
    centimètres: 'cm', cm: 'cm', millimètres: 'mm', mm: 'mm', 'km/h': 'kph', tonnes: 'tonnes', tonne: 'tonnes', kilos: 'kg',
    kilogrammes: 'kg', kg: 'kg', euros: 'euros', euro: 'euros', dollars: '$', dollar: '$', francs: 'francs', degrés: 'degrees',
    hectares: 'hectares', litres: 'litres',
  },
  rangeTo: words('à - –'),
  rangeAnd: words('et'),
  between: words('entre'),
  of: words("de d' des du"),
  notCounts: /^(?:h|heures?)$/,
  clauseBreaks: words(', ; : ( ) mais tandis alors'),
  peopleNouns: words(`
    personnes habitants résidents riverains employés grévistes enfants femmes hommes adultes jeunes civils soldats militaires policiers gendarmes
    passagers voyageurs ouvriers salariés travailleurs touristes réfugiés migrants élèves étudiants patients prisonniers
    détenus otages manifestants mineurs pompiers secouristes familles membres gens victimes homme femme personne enfant garçon fille
  `),
  durationNouns: words('secondes minutes heure heures jour jours journées semaine semaines mois an ans années décennies siècles'),
  notMeasured: words('an année semaine mois jour aujourd\'hui hier par total'),
  thingNouns: words('coût coûts dégâts dommages réparation réparations facture aide aides'),
  /** "14 morts, contre 12 la veille". */
  previousBefore: words('contre'),
  moneyVerbs: words('débloqué débloque alloué versé verse accordé investi promis coûté coûte'),
  changeFrom: words(''),
  changeTo: words(''),
  previousWords: words('auparavant précédemment initialement'),
  events: [
    { event: 'killed', words: ['mort', 'morts', 'morte', 'mortes', 'tué', 'tués', 'tuée', 'tuées', 'tuant', 'décès', 'décédé', 'décédés', 'décédée', 'décédées', 'péri', 'noyé', 'noyés', 'bilan', 'sans vie', 'perdu la vie', 'ont péri'] },
    { event: 'injured', words: ['blessé', 'blessés', 'blessée', 'blessées', 'blessures', 'hospitalis', 'hôpital', 'hôpitaux'] },
    { event: 'critical', words: ['grièvement', 'gravement', 'grave', 'graves', 'urgence absolue', 'état critique', 'pronostic vital'] },
    { event: 'evacuated', words: ['évacu', 'sans-abri', 'sinistrés', 'déplacés', 'fui', 'relogés', 'quitter leur', 'quitter leurs', 'quitté leur', 'quitté leurs'] },
    { event: 'damaged', words: ['endommag', 'détrui', 'inondé', 'inondés', 'inondée', 'inondées', 'effondr', 'dévast', 'ravagé', 'ravagés', 'ravagées'] },
    { event: 'missing', words: ['disparu', 'disparus', 'disparue', 'disparues', 'introuvables'] },
    { event: 'arrested', words: ['arrêté', 'arrêtés', 'arrêtée', 'arrêtées', 'interpell', 'garde à vue', 'écroué', 'écroués'] },
    { event: 'rescued', words: ['secouru', 'secourus', 'sauvé', 'sauvés', 'sauvées', 'hélitreuill'] },
    { event: 'fired', words: ['tiré', 'tirés', 'lancé', 'lancés'] },
    { event: 'cut', words: ['supprim', 'suppression', 'suppressions', 'licenci'] },
    { event: 'cost', words: ['coût', 'coûts', 'coûté', 'coûte', 'réparation', 'réparations', 'facture', 'dégâts', 'dommages', ...FRENCH_PRICE_WORDS] },
    { event: 'striking', words: ['grève', 'grévistes', 'débray'] },
    { event: 'aid', words: ['aide', 'aides', 'don', 'dons', 'subvention', 'subventions', 'indemnis'] },
  ],
  datedEvents: [
    { event: 'failed', words: ['rompu', 'cédé', 'céder', 'rupture', 'effondr'] },
    { event: 'attacked', words: ['attaque', 'attaqué', 'attentat', 'explosion', 'bombard', 'frappe', 'frappé'] },
    { event: 'killed', words: ['tué', 'tués', 'tuées', 'mort', 'morts', 'mortes', 'décédé'] },
    { event: 'met', words: ['rencontr', 'réuni', 'réunis', 'réunion', 'sommet'] },
    { event: 'arrested', words: ['arrêté', 'interpellé'] },
    { event: 'signed', words: ['signé', 'signée', 'signature'] },
    { event: 'striking', words: ['grève'] },
  ],
  months: FRENCH_MONTHS,
  monthPattern: monthPattern(FRENCH_MONTHS),
  dateLinks: words(''),
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  relativeDays: { "aujourd'hui": 0, hier: -1, 'avant-hier': -2 },
  lastBefore: words(''),
  lastAfter: words('dernier'),
  nextBefore: words(''),
  nextAfter: words('prochain'),
  onWeekday: words(''),
  futureWords: words('va vont sera seront prochain prochaine prévu prévue doit devra devront'),
  perUnit: words('chacun chacune pièce'),
  /** "42 euros par action", "42 euros l'action", "3 euros le litre". */
  perUnitBefore: words("par l' le la"),
  perUnitNouns: words('action titre part unité pièce litre kilo kilogramme tonne baril mètre habitant personne tête nuit place billet heure jour semaine mois an année'),
  tollNouns: words('bilan'),
  /** "le bilan s'élève à cinq", "le bilan est de trois". */
  tollLinks: words('à de'),
  clockWords: words('h heures'),
  timeAfter: words('auparavant plus'),
  periodWords: words('dernières derniers prochaines prochains premières premiers'),
  marginNouns: words('majorité avance écart'),
  moneyRequests: Object.fromEntries('réclame réclamé réclament demandé demande demandent sollicité sollicite'.split(' ').map((word) => [word, 'sought'])),
  distanceAfter: words(''),
  speedAfter: phrases("par heure, à l' heure"),
  /** The severity comes after the noun ("aucun blessé grave"): none before it. */
  severityWords: words(''),
  placePrepositions: words('dans à en sur'),
  comparisons: words('au-dessus au-dessous'),
  cutNouns: words('réductions baisses'),
  perpetratorNouns: words('suspect suspects malfaiteurs braqueurs agresseur agresseurs voleurs cambrioleurs tireur tireurs ravisseurs'),
  fledFrom: words(''),
  jobNouns: words('emploi emplois poste postes'),
  onBoardNouns: { passagers: 'passengers', passager: 'passengers', voyageurs: 'passengers', marins: 'crew', équipage: 'crew' },
  priceWords: FRENCH_PRICE_WORDS,
  moneyVerbObjects: words(''),
  previousFillers: words(''),
  /** "l'an prochain" puts the year word first: not read. */
  yearWords: words(''),
  participleDeterminers: words(''),
  dealVerbs: words('paie paye payer payé paiera achète acheter acheté rachète racheter racheté acquiert acquérir acquis cède céder cédé vend vendre vendu'),
  dealNouns: words(''),
  dealDeterminers: words("le la les l' un une son sa ses leur leurs ce cette ces"),
  dealFor: words('pour'),
  costAuxiliaries: words('va devrait doit pourrait devait'),
  costVerbs: words('coûter coûtera coûte coûté coûterait'),
  counterpartyWords: words('à de auprès'),
  voteBefore: words('voté vote adopté adoptée adoptés approuvé approuvée rejeté rejetée'),
  voteAfter: words('voix'),
  tallyJoiners: words('- – contre'),
  /** "par 24 voix contre 11". */
  voteNouns: words('voix'),
  voteFor: words('pour'),
  voteAgainst: words('contre'),
  yearsOld: words('ans'),
  yearsOldBefore: words(''),
};

export const SPANISH_FACT_WORDS: FactWords = {
  ...ROMANCE,
  commaGroupsThousands: true,
  numbers: {
    ...upTo19('cero - dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve'),
    ...tens('veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa'),
    cien: 100, mil: 1000,
    ...hundreds('dos tres cuatro quinien seis sete ocho nove', (unit) => (unit === 'quinien' ? ['quinientos', 'quinientas'] : [`${unit}cientos`, `${unit}cientas`])),
    ...compoundNumbers(['uno', 'dós', 'trés', 'cuatro', 'cinco', 'séis', 'siete', 'ocho', 'nueve'], ['veinte'], (unit) => [`veinti${unit}`]),
  },
  tensAnd: words('y'),
  ones: words('uno una'),
  countedVerbs: words('resultaron resultó quedaron quedó siguen sigue permanecen permanece continúan viven necesitan'),
  /** Plural nouns end in -s, plural verbs in -n. */
  verbForm: /[aeo]n$/,
  multipliers: { mil: 1e3, millón: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9 },
  linking: words('de'),
  zero: words('ningún ninguna ninguno nadie'),
  nobody: words('nadie'),
  qualifiers: [
    { words: ['por', 'lo', 'menos'], qualifier: 'at-least' },
    { words: ['poco', 'más', 'de'], qualifier: 'more-than' },
    { words: ['en', 'torno', 'a'], qualifier: 'about' },
    { words: ['más', 'de'], qualifier: 'more-than' },
    { words: ['al', 'menos'], qualifier: 'at-least' },
    { words: ['menos', 'de'], qualifier: 'less-than' },
    { words: ['cerca', 'de'], qualifier: 'about' },
    { words: ['alrededor', 'de'], qualifier: 'about' },
    { words: ['hasta'], qualifier: 'up-to' },
    { words: ['casi'], qualifier: 'nearly' },
    { words: ['unos'], qualifier: 'about' },
    { words: ['unas'], qualifier: 'about' },
    { words: ['aproximadamente'], qualifier: 'about' },
  ],
  fillers: words('solo sólo otros otras ya los las en total'),
  units: {
    'por ciento': 'percent', '%': 'percent', metros: 'metres', metro: 'metres', m: 'metres', kilómetros: 'km', km: 'km', centímetros: 'cm',
    cm: 'cm', milímetros: 'mm', mm: 'mm', 'km/h': 'kph', toneladas: 'tonnes', kilos: 'kg', kilogramos: 'kg', kg: 'kg', euros: 'euros',
    euro: 'euros', dólares: '$', pesos: 'pesos', grados: 'degrees', hectáreas: 'hectares', litros: 'litres',
  },
  rangeTo: words('a - –'),
  rangeAnd: words('y'),
  between: words('entre'),
  of: words('de del'),
  notCounts: /^(?:h|horas)$/,
  clauseBreaks: words(', ; : ( ) pero mientras aunque'),
  peopleNouns: words(`
    personas habitantes vecinos residentes empleados niños niñas menores mujeres hombres adultos jóvenes civiles soldados militares
    policías agentes pasajeros trabajadores obreros turistas refugiados migrantes alumnos estudiantes pacientes presos
    reclusos rehenes manifestantes mineros bomberos familias miembros víctimas hombre mujer persona niño niña chico chica
  `),
  durationNouns: words('segundos minutos hora horas día días semana semanas mes meses año años décadas siglos'),
  notMeasured: words('año semana mes día hoy ayer por total'),
  thingNouns: words('coste costes costo costos daños pérdidas reparación reparaciones ayuda ayudas'),
  moneyVerbs: words('aprobó destinó concedió invirtió pagó costó cuesta'),
  changeFrom: words(''),
  changeTo: words(''),
  previousWords: words('anteriormente inicialmente previamente'),
  events: [
    { event: 'killed', words: ['muerto', 'muertos', 'muerta', 'muertas', 'murió', 'murieron', 'fallec', 'víctimas mortales', 'perdieron la vida', 'perdió la vida', 'ahogado', 'ahogados', 'mortal', 'mortales'] },
    { event: 'injured', words: ['herido', 'heridos', 'herida', 'heridas', 'hospitaliz', 'hospital', 'lesionado', 'lesionados'] },
    { event: 'critical', words: ['grave', 'graves', 'gravedad', 'estado crítico', 'pronóstico reservado'] },
    { event: 'evacuated', words: ['evacu', 'desaloj', 'desplazados', 'huyeron', 'sin hogar', 'abandonar sus', 'abandonaron sus', 'dejar sus casas'] },
    { event: 'damaged', words: ['dañad', 'destrui', 'destruy', 'inundad', 'derrumb'] },
    { event: 'missing', words: ['desaparec', 'atrapado', 'atrapados', 'sepultados'] },
    { event: 'arrested', words: ['deteni', 'arrestad', 'arresto', 'detención'] },
    { event: 'rescued', words: ['rescat', 'salvad'] },
    { event: 'fired', words: ['disparad', 'lanzad', 'lanzó'] },
    { event: 'cut', words: ['suprim', 'supresión', 'recorta', 'recortar', 'recortará', 'despid', 'eliminar', 'eliminará'] },
    { event: 'cost', words: ['coste', 'costes', 'costo', 'costos', 'costó', 'reparación', 'reparaciones', 'daños', 'pérdidas', ...SPANISH_PRICE_WORDS] },
    { event: 'striking', words: ['huelga', 'huelguistas'] },
    { event: 'aid', words: ['ayuda', 'ayudas', 'donación', 'donaciones', 'subvención', 'subvenciones'] },
  ],
  datedEvents: [
    { event: 'failed', words: ['rompió', 'cedió', 'colapsó', 'rotura'] },
    { event: 'attacked', words: ['ataque', 'atacó', 'atacado', 'atentado', 'explosión', 'bombardeo'] },
    { event: 'killed', words: ['murió', 'murieron', 'asesinado', 'asesinados', 'falleció', 'fallecieron'] },
    { event: 'met', words: ['reunió', 'reunieron', 'reunión', 'cumbre'] },
    { event: 'arrested', words: ['detenido', 'arrestado'] },
    { event: 'signed', words: ['firmó', 'firmado', 'firmaron'] },
    { event: 'striking', words: ['huelga'] },
  ],
  months: SPANISH_MONTHS,
  monthPattern: monthPattern(SPANISH_MONTHS),
  dateLinks: words('de del'),
  weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  relativeDays: { hoy: 0, ayer: -1, anteayer: -2 },
  lastBefore: words('pasado'),
  lastAfter: words('pasado'),
  nextBefore: words('próximo'),
  nextAfter: words('próximo'),
  onWeekday: words('el'),
  futureWords: words('será serán va van próximo próxima prevista previsto prevé'),
  perUnit: words('cada'),
  /** "12,5 euros por acción" (not "por Brisalta", "por la empresa"). */
  perUnitBefore: words('por'),
  perUnitNouns: words('acción título participación unidad pieza litro kilo kilogramo tonelada barril metro habitante persona cabeza noche plaza entrada billete hora día semana mes año'),
  tollNouns: words('balance cifra'),
  /** "el balance asciende a siete", "el balance es de siete". */
  tollLinks: words('a en de'),
  clockWords: words('h horas'),
  timeAfter: words('después antes más atrás'),
  periodWords: words('últimas últimos pasadas pasados próximas próximos primeras primeros'),
  marginNouns: words('mayoría margen ventaja'),
  moneyRequests: Object.fromEntries('pidió pide piden solicitó solicita reclamó reclama exige exigió'.split(' ').map((word) => [word, 'sought'])),
  distanceAfter: words(''),
  speedAfter: phrases("por hora, a la hora"),
  severityWords: words(''),
  placePrepositions: words('en'),
  comparisons: words('encima debajo'),
  cutNouns: words('recortes rebajas'),
  perpetratorNouns: words('sospechoso sospechosos atracador atracadores agresor agresores ladrones asaltantes secuestradores'),
  fledFrom: words(''),
  jobNouns: words('empleo empleos puesto puestos'),
  onBoardNouns: { pasajeros: 'passengers', pasajero: 'passengers', tripulantes: 'crew', marineros: 'crew' },
  priceWords: SPANISH_PRICE_WORDS,
  moneyVerbObjects: words(''),
  previousFillers: words(''),
  yearWords: words(''),
  participleDeterminers: words(''),
  dealVerbs: words('paga pagar pagará pagó compra comprar comprará compró adquiere adquirir adquirirá adquirió vende vender venderá vendió'),
  dealNouns: words(''),
  dealDeterminers: words('el la los las un una su sus este esta estos estas'),
  dealFor: words('por'),
  costAuxiliaries: words('va podría debería'),
  costVerbs: words('costará cuesta costó costaría costar'),
  counterpartyWords: words('a de'),
  voteBefore: words('votó votaron aprobó aprobaron aprobada aprobado rechazó rechazaron'),
  voteAfter: words('votos'),
  tallyJoiners: words('- – contra'),
  voteNouns: words('votos'),
  /** "31 votos a favor y 14 en contra". */
  voteFor: words('favor'),
  voteAgainst: words('contra'),
  yearsOld: words('años'),
  /** "Tomás Ribera, de 58 años". */
  yearsOldBefore: words('de'),
};
