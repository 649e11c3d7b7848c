/**
 * The fact words of Italian and Portuguese (`FactWords`), on the Romance
 * base they share with French and Spanish (`romance-fact-words.ts`):
 * "1.200", "3,5", "3mila", "2,3 milioni di euro", "mil milhões", "dodici",
 * "vinte e cinco", "circa", "cerca de", "lunedì scorso", "12 de março de
 * 2024". Written for Tidings.
 */
import { compoundNumbers, monthPattern, multiplesOf, type LanguageFactWords } from './fact-words.js';
import { wordSet as words } from '../text/words.js';
import { MONTHS_BY_LANGUAGE } from '../text/months.js';
import { hundreds, ROMANCE, tens, upTo19 } from './romance-fact-words.js';

const ITALIAN_MONTHS = MONTHS_BY_LANGUAGE.it;
const PORTUGUESE_MONTHS = MONTHS_BY_LANGUAGE.pt;

export const ITALIAN_FACT_WORDS: LanguageFactWords = {
  ...ROMANCE,
  numbers: {
    ...upTo19('zero - due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove'),
    ...tens('venti trenta quaranta cinquanta sessanta settanta ottanta novanta'),
    cento: 100, mille: 1000,
    ...multiplesOf('due tre quattro cinque sei sette otto nove'.split(' '), 'cento', 100),
    ...multiplesOf('due tre quattro cinque sei sette otto nove'.split(' '), 'mila', 1000),
    ...compoundNumbers(
      'uno due tre quattro cinque sei sette otto nove'.split(' '),
      'venti trenta quaranta cinquanta sessanta settanta ottanta novanta'.split(' '),
      (unit, ten) => (unit === 'tre' ? [`${ten}tré`, `${ten}tre`] : /^[uo]/.test(unit) ? [`${ten.slice(0, -1)}${unit}`] : [`${ten}${unit}`]),
    ),
  },
  tensAnd: words(''),
  ones: words(''),
  countedVerbs: words('risultano restano rimangono vivono necessitano'),
  /** Plural verbs end in -ano, -ono. */
  verbForm: /[ao]no$/,
  multipliers: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9 },
  linking: words('di'),
  zero: words('nessun nessuna nessuno'),
  nobody: words('nessuno'),
  qualifiers: [
    { words: ['poco', 'più', 'di'], qualifier: 'more-than' },
    { words: ['più', 'di'], qualifier: 'more-than' },
    { words: ['meno', 'di'], qualifier: 'less-than' },
    { words: ['fino', 'a'], qualifier: 'up-to' },
    { words: ['intorno', 'a'], qualifier: 'about' },
    { words: ['oltre'], qualifier: 'more-than' },
    { words: ['almeno'], qualifier: 'at-least' },
    { words: ['quasi'], qualifier: 'nearly' },
    { words: ['circa'], qualifier: 'about' },
    { words: ['approssimativamente'], qualifier: 'about' },
  ],
  fillers: words('solo altri altre già i gli le in totale'),
  units: {
    'per cento': 'percent', '%': 'percent', metri: 'metres', metro: 'metres', m: 'metres', chilometri: 'km', km: 'km', centimetri: 'cm',
    cm: 'cm', millimetri: 'mm', mm: 'mm', 'km/h': 'kph', tonnellate: 'tonnes', chili: 'kg', chilogrammi: 'kg', kg: 'kg', euro: 'euros',
    dollari: '$', gradi: 'degrees', ettari: 'hectares', litri: 'litres',
  },
  rangeTo: words('a - –'),
  rangeAnd: words('e'),
  between: words('tra fra'),
  of: words('di dei degli delle del'),
  notCounts: /^(?:h)$/,
  clauseBreaks: words(', ; : ( ) ma mentre sebbene'),
  peopleNouns: words(`
    persone abitanti residenti bambini bambine minori donne uomini adulti giovani civili soldati militari poliziotti agenti
    carabinieri passeggeri lavoratori operai turisti rifugiati migranti studenti alunni pazienti detenuti ostaggi manifestanti
    minatori vigili soccorritori famiglie membri vittime
  `),
  durationNouns: words('secondi minuti ora ore giorno giorni settimana settimane mese mesi anno anni decenni secoli'),
  notMeasured: words('anno settimana mese giorno oggi ieri al totale'),
  thingNouns: words('costo costi danni riparazione riparazioni aiuti aiuto'),
  moneyVerbs: words('stanziato stanziati destinato investito pagato costato costa'),
  changeFrom: words(''),
  changeTo: words(''),
  previousWords: words('precedentemente inizialmente'),
  events: [
    { event: 'killed', words: ['morto', 'morti', 'morta', 'morte', 'ucciso', 'uccisi', 'uccisa', 'uccise', 'decedut', 'decesso', 'decessi', 'hanno perso la vita', 'ha perso la vita', 'annegat'] },
    { event: 'injured', words: ['ferito', 'feriti', 'ferita', 'ferite', 'ricover', 'ospedale', 'contus'] },
    { event: 'critical', words: ['gravissim', 'grave', 'gravi', 'codice rosso', 'prognosi riservata'] },
    { event: 'evacuated', words: ['evacu', 'sfollat', 'sgomber', 'senza casa', 'senza tetto', 'lasciare le loro case', 'lasciato le loro case'] },
    { event: 'damaged', words: ['danneggiat', 'distrutt', 'allagat', 'crollat', 'inagibil'] },
    { event: 'missing', words: ['dispers', 'intrappolat'] },
    { event: 'arrested', words: ['arrestat', 'arresto', 'arresti'] },
    { event: 'rescued', words: ['salvat', 'soccors', 'tratti in salvo'] },
    { event: 'fired', words: ['sparat', 'lanciat'] },
    { event: 'cost', words: ['costo', 'costi', 'costato', 'riparazion', 'danni'] },
    { event: 'aid', words: ['aiuti', 'aiuto', 'donazion', 'stanziat'] },
  ],
  datedEvents: [
    { event: 'failed', words: ['ceduto', 'crollato', 'crollo', 'rottura'] },
    { event: 'attacked', words: ['attacco', 'attaccato', 'attentato', 'esplosione', 'bombardamento'] },
    { event: 'killed', words: ['morto', 'morti', 'morte', 'ucciso', 'uccisi'] },
    { event: 'met', words: ['incontrato', 'incontro', 'vertice', 'riunione'] },
    { event: 'arrested', words: ['arrestato'] },
    { event: 'signed', words: ['firmato', 'firmata'] },
  ],
  months: ITALIAN_MONTHS,
  monthPattern: monthPattern(ITALIAN_MONTHS),
  dateLinks: words(''),
  weekdays: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  relativeDays: { oggi: 0, ieri: -1 },
  lastBefore: words('scorso'),
  lastAfter: words('scorso'),
  nextBefore: words('prossimo'),
  nextAfter: words('prossimo'),
  onWeekday: words(''),
  futureWords: words('sarà saranno prossimo prossima previsto prevista dovrà'),
};

export const PORTUGUESE_FACT_WORDS: LanguageFactWords = {
  ...ROMANCE,
  commaGroupsThousands: true,
  numbers: {
    ...upTo19('zero - dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove'),
    ...tens('vinte trinta quarenta cinquenta sessenta setenta oitenta noventa'),
    duas: 2, quatorze: 14, dezesseis: 16, dezessete: 17, dezenove: 19, cem: 100, mil: 1000,
    ...hundreds('duz trez quatroc quinh seisc setec oitoc novec', (unit) => [`${unit}entos`, `${unit}entas`]),
  },
  tensAnd: words('e'),
  ones: words('um uma'),
  countedVerbs: words('ficaram ficou continuam permanecem seguem vivem precisam'),
  /** Plural nouns end in -s, plural verbs in -m. */
  verbForm: /[ae]m$/,
  multipliers: { mil: 1e3, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9 },
  linking: words('de'),
  zero: words('nenhum nenhuma ninguém'),
  nobody: words('ninguém'),
  qualifiers: [
    { words: ['pouco', 'mais', 'de'], qualifier: 'more-than' },
    { words: ['mais', 'de'], qualifier: 'more-than' },
    { words: ['pelo', 'menos'], qualifier: 'at-least' },
    { words: ['no', 'mínimo'], qualifier: 'at-least' },
    { words: ['menos', 'de'], qualifier: 'less-than' },
    { words: ['cerca', 'de'], qualifier: 'about' },
    { words: ['perto', 'de'], qualifier: 'nearly' },
    { words: ['até'], qualifier: 'up-to' },
    { words: ['quase'], qualifier: 'nearly' },
    { words: ['uns'], qualifier: 'about' },
    { words: ['umas'], qualifier: 'about' },
    { words: ['aproximadamente'], qualifier: 'about' },
  ],
  fillers: words('apenas só outros outras já os as no total'),
  units: {
    'por cento': 'percent', '%': 'percent', metros: 'metres', metro: 'metres', m: 'metres', quilómetros: 'km', quilômetros: 'km', km: 'km',
    centímetros: 'cm', cm: 'cm', milímetros: 'mm', mm: 'mm', 'km/h': 'kph', toneladas: 'tonnes', quilos: 'kg', kg: 'kg', euros: 'euros',
    euro: 'euros', dólares: '$', reais: 'reais', graus: 'degrees', hectares: 'hectares', litros: 'litres',
  },
  rangeTo: words('a - –'),
  rangeAnd: words('e'),
  between: words('entre'),
  of: words('de dos das do da'),
  notCounts: /^(?:h|horas)$/,
  clauseBreaks: words(', ; : ( ) mas enquanto embora'),
  peopleNouns: words(`
    pessoas habitantes moradores residentes crianças menores mulheres homens adultos jovens civis soldados militares polícias
    policiais agentes passageiros trabalhadores operários turistas refugiados migrantes alunos estudantes doentes pacientes
    presos reclusos reféns manifestantes mineiros bombeiros famílias membros vítimas
  `),
  durationNouns: words('segundos minutos hora horas dia dias semana semanas mês meses ano anos décadas séculos'),
  notMeasured: words('ano semana mês dia hoje ontem por total'),
  thingNouns: words('custo custos danos prejuízo prejuízos reparação ajuda ajudas apoio apoios'),
  moneyVerbs: words('aprovou destinou atribuiu investiu pagou custou custa'),
  changeFrom: words('de'),
  changeTo: words('para'),
  previousWords: words('anteriormente inicialmente'),
  events: [
    { event: 'killed', words: ['morto', 'mortos', 'morta', 'mortas', 'morreu', 'morreram', 'mortes', 'vítimas mortais', 'óbito', 'óbitos', 'falec', 'perderam a vida', 'perdeu a vida', 'afogad'] },
    { event: 'injured', words: ['ferido', 'feridos', 'ferida', 'feridas', 'hospitaliz', 'hospital', 'lesionad'] },
    { event: 'critical', words: ['grave', 'graves', 'estado crítico'] },
    { event: 'evacuated', words: ['evacu', 'desaloj', 'deslocad', 'desabrigad', 'retirad', 'fugiram', 'sem casa', 'deixar as suas casas', 'abandonar as suas casas'] },
    { event: 'damaged', words: ['danific', 'destru', 'inundad', 'desabou', 'desabaram', 'alagad'] },
    { event: 'missing', words: ['desaparecid', 'soterrad'] },
    { event: 'arrested', words: ['detid', 'preso', 'presos', 'detenç'] },
    { event: 'rescued', words: ['resgatad', 'salvos', 'salvas'] },
    { event: 'fired', words: ['disparad', 'lançad'] },
    { event: 'cost', words: ['custo', 'custos', 'custou', 'reparação', 'prejuízo', 'prejuízos', 'danos'] },
    { event: 'aid', words: ['ajuda', 'ajudas', 'apoio', 'apoios', 'doação', 'doações'] },
  ],
  datedEvents: [
    { event: 'failed', words: ['rompeu', 'cedeu', 'colapsou', 'rutura', 'ruptura'] },
    { event: 'attacked', words: ['ataque', 'atacou', 'atentado', 'explosão', 'bombardeamento'] },
    { event: 'killed', words: ['morreu', 'morreram', 'morto', 'mortos'] },
    { event: 'met', words: ['reuniu', 'reunião', 'cimeira', 'encontro'] },
    { event: 'arrested', words: ['detido', 'preso'] },
    { event: 'signed', words: ['assinou', 'assinado', 'assinaram'] },
  ],
  months: PORTUGUESE_MONTHS,
  monthPattern: monthPattern(PORTUGUESE_MONTHS),
  dateLinks: words('de'),
  weekdays: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  relativeDays: { hoje: 0, ontem: -1, anteontem: -2 },
  lastBefore: words('passada passado'),
  lastAfter: words('passada passado'),
  nextBefore: words('próxima próximo'),
  nextAfter: words('próxima próximo'),
  onWeekday: words('na no'),
  futureWords: words('será serão vai vão próximo próxima prevista previsto'),
};
