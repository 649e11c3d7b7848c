import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { clean } from '../clean/index.js';
import { articleLanguage, readingLanguage } from './detect.js';

const languageOf = (text: string) => articleLanguage(prepare(readString(text, { input: 'x.txt' }).articles[0]));

/** The same made-up report (a dam on the Ossa bursts in Brenmouth) in each language. */
const REPORTS: [string, string][] = [
  ['en', 'The dam on the Ossa River burst overnight and more than 1,200 people had to leave their homes, the fire service said. "The water came very fast," Mayor Anna Keldren said on Sunday. The government has promised emergency aid to the town.'],
  ['de', 'Der Damm am Fluss Ossa ist in der Nacht gebrochen, und mehr als 1.200 Menschen mussten ihre Häuser verlassen, teilte die Feuerwehr mit. „Das Wasser kam sehr schnell“, sagte Bürgermeisterin Anna Keldren am Sonntag. Die Regierung hat der Stadt Soforthilfe zugesagt.'],
  ['fr', "Le barrage sur l'Ossa a cédé dans la nuit et plus de 1 200 personnes ont dû quitter leur maison, selon les pompiers. « L'eau est arrivée très vite », a déclaré dimanche la maire Anna Keldren. Le gouvernement a promis une aide d'urgence à la ville."],
  ['es', 'La presa del río Ossa se rompió durante la noche y más de 1.200 personas tuvieron que abandonar sus casas, según los bomberos. "El agua llegó muy rápido", dijo el domingo la alcaldesa Anna Keldren. El gobierno ha prometido ayuda de emergencia para la ciudad.'],
  ['it', "La diga sul fiume Ossa ha ceduto durante la notte e più di 1.200 persone hanno dovuto lasciare le loro case, secondo i vigili del fuoco. «L'acqua è arrivata molto in fretta», ha detto domenica la sindaca Anna Keldren. Il governo ha promesso aiuti d'emergenza alla città."],
  ['pt', 'A barragem do rio Ossa rompeu durante a noite e mais de 1.200 pessoas tiveram de deixar as suas casas, segundo os bombeiros. "A água chegou muito depressa", disse no domingo a presidente da câmara Anna Keldren. O governo prometeu ajuda de emergência à cidade.'],
  ['nl', 'De dam in de rivier de Ossa is vannacht doorgebroken en meer dan 1.200 mensen moesten hun huizen verlaten, meldt de brandweer. "Het water kwam heel snel", zei burgemeester Anna Keldren op zondag. De regering heeft de stad noodhulp beloofd.'],
  ['sv', 'Dammen vid floden Ossa brast under natten och mer än 1 200 personer fick lämna sina hem, enligt räddningstjänsten. "Vattnet kom mycket snabbt", sade borgmästaren Anna Keldren på söndagen. Regeringen har lovat staden akut hjälp och det är inte klart när de kan återvända.'],
  ['pl', 'Tama na rzece Ossa pękła w nocy i ponad 1200 osób musiało opuścić swoje domy, jak poinformowała straż pożarna. "Woda przyszła bardzo szybko" - powiedziała w niedzielę burmistrz Anna Keldren. Rząd obiecał miastu pomoc, ale nie wiadomo, kiedy mieszkańcy wrócą do domów.'],
  ['tr', 'Ossa Nehri üzerindeki baraj gece yıkıldı ve 1.200 kişiden fazla insan evlerini terk etmek zorunda kaldı. Belediye Başkanı Anna Keldren pazar günü "Su çok hızlı geldi" dedi. Hükümet şehir için acil yardım sözü verdi ama bu yardım için daha çok zaman gerekecek gibi.'],
  ['id', 'Bendungan di Sungai Ossa jebol pada malam hari dan lebih dari 1.200 orang harus meninggalkan rumah mereka, kata pemadam kebakaran. "Air datang dengan sangat cepat," kata Wali Kota Anna Keldren pada hari Minggu. Pemerintah sudah berjanji akan memberikan bantuan darurat untuk kota itu.'],
  ['ru', 'Плотина на реке Осса прорвалась ночью, и более 1200 человек были вынуждены покинуть свои дома, сообщили пожарные. «Вода пришла очень быстро», — сказала в воскресенье мэр Анна Келдрен. Правительство обещало городу срочную помощь.'],
  ['uk', 'Дамба на річці Осса прорвалася вночі, і понад 1200 людей були змушені залишити свої домівки, повідомили рятувальники. «Вода прийшла дуже швидко», — сказала в неділю мерка Анна Келдрен. Уряд пообіцяв місту термінову допомогу.'],
  ['el', 'Το φράγμα στον ποταμό Όσσα έσπασε τη νύχτα και περισσότεροι από 1.200 άνθρωποι αναγκάστηκαν να εγκαταλείψουν τα σπίτια τους, σύμφωνα με την πυροσβεστική. «Το νερό ήρθε πολύ γρήγορα», είπε την Κυριακή η δήμαρχος.'],
  ['ar', 'انهار السد على نهر أوسا خلال الليل واضطر أكثر من 1200 شخص إلى مغادرة منازلهم، بحسب الدفاع المدني. وقالت رئيسة البلدية آنا كيلدرين يوم الأحد إن المياه جاءت بسرعة كبيرة. ووعدت الحكومة بتقديم مساعدات عاجلة للمدينة.'],
  ['zh', '奥萨河上的大坝在夜间决堤，消防部门说，超过一千二百人被迫离开家园。市长安娜·凯尔德伦周日说，洪水来得非常快。政府已承诺向该市提供紧急援助。'],
  ['ja', 'オッサ川のダムが夜間に決壊し、千二百人以上が家を離れなければならなかったと消防当局が発表した。アンナ・ケルドレン市長は日曜日、水はとても速く来たと語った。政府は市に緊急支援を約束した。'],
  ['ko', '오사 강의 댐이 밤사이 무너져 1200명 이상이 집을 떠나야 했다고 소방 당국이 밝혔다. 안나 켈드렌 시장은 일요일에 물이 매우 빨리 들어왔다고 말했다. 정부는 시에 긴급 지원을 약속했다.'],
];

describe('articleLanguage', () => {
  it.each(REPORTS)('reads a report in %s as such', (language, text) => {
    expect(languageOf(text)).toBe(language);
  });

  it.each([
    ['too few words', 'Dam bursts.'],
    ['numbers only', '1,200 1,300 1,400 2,500 17 18 19 20 21 22 23'],
    ['a list of names', 'Anna Keldren, Tomas Velmar, Sorin Valek, Ilse Brandt, Marco Reyes, Yuki Tanaka, Olu Adeyemi, Piet Janssen'],
  ])('leaves the language unknown for %s', (_name, text) => {
    expect(languageOf(text)).toBeUndefined();
  });

  it('does not read a language into a few words of a web address ("com" is Portuguese for "with")', () => {
    expect(languageOf('http://www.example.com/news/video/52126262 www.example.com/news/52126262')).toBeUndefined();
  });

  it('reads English with foreign names and quoted words in it as English', () => {
    expect(languageOf('Chancellor Olaf Brandt of the Bundesrat said the "Hochwasserschutz" plan for the Ossa and the Rhein would be ready by March, and that the Länder would share the cost with Berlin.')).toBe('en');
  });

  it('reads an article before it is segmented, from the paragraphs cleaning kept', () => {
    const article = clean(readString(`Menu\n\n${REPORTS[1][1]}`, { input: 'x.txt' }).articles[0]);
    expect(articleLanguage(article)).toBe('de');
  });
});

describe('readingLanguage', () => {
  const read = (text: string, language?: string) => ({ ...readString(text, { input: 'x.txt' }).articles[0], ...(language ? { language } : {}) });

  it('goes by the text first, then by the language the article declares', () => {
    expect(readingLanguage(read(REPORTS[2][1], 'en-US'))).toBe('fr');
    expect(readingLanguage(read('Dam bursts.', 'de-AT'))).toBe('de');
    expect(readingLanguage(read('Dam bursts.', 'Deutsch'))).toBeUndefined();
    expect(readingLanguage(read('Dam bursts.'))).toBeUndefined();
  });

  it('keeps a declared language when a short text only leans to another (three Spanish function words in Italian)', () => {
    const italian = "L'assemblea ha approvato lo sciopero con 812 sì e 95 no.";
    expect(articleLanguage(read(italian))).toBe('es');
    expect(readingLanguage(read(italian, 'it'))).toBe('it');
    expect(readingLanguage(read(italian))).toBe('es');
  });

  it('goes by the text when it clearly says the declaration is wrong (at least six of its function words)', () => {
    const misdeclared = REPORTS.map(([language, text]) => [language, readingLanguage(read(text, language === 'en' ? 'de' : 'en'))]);
    // The Dutch report shows four Dutch function words ("is", "het", "op", "heeft"): too few to overrule.
    expect(misdeclared.filter(([language, reading]) => language !== reading)).toEqual([['nl', 'en']]);
  });

  it('keeps a declared language written in the script the text is in (Cyrillic is not all Russian)', () => {
    const bulgarian = 'Язовирът на река Оса се скъса през нощта и над 1200 души трябваше да напуснат домовете си.';
    expect(readingLanguage(read(bulgarian))).toBe('ru');
    expect(readingLanguage(read(bulgarian, 'bg'))).toBe('bg');
    expect(readingLanguage(read(bulgarian, 'en'))).toBe('ru');
  });
});
