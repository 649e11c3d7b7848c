/**
 * People's names compared across a story's articles (`namesAgree`), the
 * person each mention names (`personKeys`), and the claims of a name the
 * sources spell with another consonant (`spellingClaims`), for the name
 * facts of `nameClaims` (`roles.ts`).
 */
import type { SegmentedArticle } from '../article.js';
import { editsWithin, sameConsonants, transliterated, type ArticleEntities, type Entity, type SpellingVariant } from '../entities/index.js';
import { isAnyGivenName } from '../entities/given-names.js';
import { isTitle } from '../entities/lexicon.js';
import { wordSet } from '../text/words.js';
import { claimTime, type FactClaim } from './claims.js';

/** The unit of a claim whose value is a person's name (who holds a role, how a name is spelled). */
export const NAME_UNIT = 'name';

/**
 * Whether two names can name one person: one's words among the other's
 * ("Varga" / "J. Varga" / "Jon Varga"), word for word the same name
 * written another way ("Sergei" / "Sergey Volkov", "Bill" / "William
 * Clinton": `sameNameWord`), or names of other lengths sharing a word
 * ("Bill Clinton" / "William Jefferson Clinton"). "Jon Varga" and "Jan
 * Varga" disagree, as do "Sergei Volkov" and "Aron Pell".
 */
export function namesAgree(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.every((word) => long.some((other) => sameNameWord(word, other)))) return true;
  if (x.length !== y.length) return short.some((word) => long.includes(word));
  return x.every((word, index) => sameNameWord(word, y[index]));
}

/** Two names word for word alike (`sameNameWord`): an article writing both names one person, not two. */
export function namedAlike(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  return x.length === y.length && x.every((word, index) => sameNameWord(word, y[index]));
}

/** One word of a name written two ways: alike, an initial, a transliteration, a long word's vowels ("Berdymukhamedov" / "Berdimuhamedov"), a familiar form. */
function sameNameWord(a: string, b: string): boolean {
  if (a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  if (transliterated(a, b) || (Math.min(a.length, b.length) >= LONG_NAME_WORD && sameConsonants(a, b))) return true;
  const forms = GIVEN_NAME_FORMS.get(a);
  return forms !== undefined && forms === GIVEN_NAME_FORMS.get(b);
}

/** A word of a name this long that keeps its consonants is one name transliterated; a shorter one with a vowel changed ("Jon" / "Jan") may be another. */
const LONG_NAME_WORD = 7;

/** Given names and their familiar forms, one group a line of the list. */
const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map(
  `william bill billy will willy; robert bob bobby rob; edward ed ted teddy eddie; david dave; james jim jimmy; michael mike mick;
  thomas tom tommy; richard dick rick ricky; joseph joe joey; christopher chris; anthony tony; stephen steven steve; daniel dan danny;
  benjamin ben; samuel sam; alexander alex; andrew andy drew; nicholas nick; patrick pat paddy; peter pete; ronald ron ronnie;
  donald don; kenneth ken kenny; lawrence laurence larry; gerald jerry gerry; frederick fred freddie; gregory greg; matthew matt;
  timothy tim; john jack johnny jon; henry hank harry; charles charlie chuck; elizabeth liz beth betty; katherine catherine kate katie;
  margaret maggie meg peggy; susan sue; jennifer jenny jen; rebecca becky; deborah debbie deb; abigail abby; victoria vicky;
  alfred alf alfie; albert bert; leonard leo len lenny; vladimir vlad; aleksandr aleksander sasha; mikhail misha; dmitry dmitri`
    .split(';')
    .flatMap((line) => {
      const forms = line.trim().split(/\s+/);
      return forms.map((form) => [form, forms[0]] as const);
    }),
);

/** Words after a surname that tell a father from a son ("John Varga Sr.", "Jr.", "John Paul II"): part of the surname. */
const GENERATION_SUFFIXES = new Set(['sr', 'jr', 'ii', 'iii', 'iv']);

/** A name's surname folded (`nameWords`): its first word in a name read family name first (`readsFamilyFirst`), else its last, with a generation suffix after it ("varga sr"). */
function surnameOf(name: string, familyFirst: FamilyFirst): string[] {
  const words = nameWords(name);
  if (readsFamilyFirst(words, familyFirst)) return words.slice(0, 1);
  const last = words.length - 1;
  return last > 0 && GENERATION_SUFFIXES.has(words[last]) ? words.slice(last - 1) : words.slice(last);
}

/**
 * Common family names of China (in pinyin and in Hong Kong and Taiwan
 * spellings), Korea and Vietnam, written first in their bearers' names
 * ("Mayor Chen Wei", "Park Geun-hye", "Nguyen Van An"). Left out: those
 * that are also Western given names or English words ("Kim Clijsters", "Lee
 * Harvey Oswald", "Lin Wood", "Marine Le Pen", "Moon", "Song", "Long") and
 * those as common as given names ("Wei", "Yu"): a name opening on one of
 * them is read family name first only when an article writes it so
 * (`familyNamesFirst`).
 */
const FAMILY_NAMES_FIRST = wordSet(`
wang zhang liu chen yang huang zhao zhou xu sun zhu guo luo gao zheng liang xie tang feng deng cao peng zeng xiao tian dong
pan yuan cai jiang ding ren shen yao cui zhong qiu qin xiong hao kong lyu lu wu hu ma li
chan wong cheung leung tsang chow lau yeung kwok ng tsai hsu chiang
park choi jung kang cho yoon jang shin seo kwon hwang ahn yoo jeon noh roh chung baek
nguyen tran pham hoang huynh phan vu vo dang bui duong ngo
`);

/** The family names a story writes before the given name, folded (`nameWords`): `familyNamesFirst`. */
export type FamilyFirst = ReadonlySet<string>;

const NO_NAMES: FamilyFirst = new Set();

/** A name's words (folded, `nameWords`) read family name first: opening on a known family name (`FAMILY_NAMES_FIRST`) or on one the story writes first (`familyFirst`). */
function readsFamilyFirst(words: readonly string[], familyFirst: FamilyFirst): boolean {
  return words.length > 1 && (FAMILY_NAMES_FIRST.has(words[0]) || familyFirst.has(words[0]));
}

/**
 * The family names an article of a story (`perArticle`: the entities of
 * each article) writes before the given name, so that every name of the story
 * opening on one is read family name first ("Kim Jong-su" / "Kim Jung-su"
 * where an article writes "Mr Kim"): one word alone naming a person that is
 * the first word of the person's name and not the last, after a title or
 * honorific ("Mr Kim", "Mayor Kim"), and no given name (`GIVEN_NAME_FORMS`,
 * `isAnyGivenName`: "Captain Ayla" of Captain Ayla Brenn, "Coach Dana").
 * Not a word before a speech verb alone: a story calls people by their given
 * name too ("Dana said" of Coach Dana Tarrant), which a title never is.
 */
export function familyNamesFirst(perArticle: readonly ArticleEntities[]): FamilyFirst {
  const names = new Set<string>();
  for (const { entities, mentions } of perArticle) {
    for (const mention of mentions) {
      if (mention.entity === undefined || mention.title === undefined || /\s/.test(mention.form) || entities[mention.entity].type !== 'person') continue;
      const [word, ...more] = nameWords(mention.form);
      const name = nameWords(withoutTitle(entities[mention.entity].name));
      if (more.length === 0 && name.length > 1 && word === name[0] && word !== name[name.length - 1] && !GIVEN_NAME_FORMS.has(word) && !isAnyGivenName(word)) names.add(word);
    }
  }
  return names;
}

/** Whether two names share a surname (`surnameOf`, `familyFirst` as there), written alike, another way (`sameNameWord`) or with one letter slipped ("Varga" / "Varda", from `SLIP_SURNAME` letters), with the same generation suffix: "Jon Varga" / "Jan Varga", "Chen Wei" / "Chen Wen", not "Tom Reed" / "Tom Price", "Chen Wei" / "Wang Wei" nor "John Varga Sr." / "John Varga Jr.". */
export function sameSurname(a: string, b: string, familyFirst: FamilyFirst = NO_NAMES): boolean {
  const [x, y] = [surnameOf(a, familyFirst), surnameOf(b, familyFirst)];
  if (x.length !== y.length || x.slice(1).some((word, index) => word !== y[index + 1])) return false;
  return sameNameWord(x[0], y[0]) || (Math.min(x[0].length, y[0].length) >= SLIP_SURNAME && editsWithin(x[0], y[0], 1));
}

/** A surname this long one letter from another is taken for it miswritten; a shorter one ("Lee" / "Lew") may be another. */
const SLIP_SURNAME = 4;

/** A name without title words an article's entity kept at its start ("Harbourmaster Elin Strand" stays as written: only known titles go). */
export function withoutTitle(name: string): string {
  const words = name.split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && isTitle(words[start].toLowerCase())) start++;
  return words.slice(start).join(' ');
}

/** A name's words folded, initials written alike ("A. J. Smith", "A.J. Smith", "AJ Smith": "aj smith"). */
export function nameWords(name: string): string[] {
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, ' ').split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  for (const word of words) {
    if (word.length === 1 && joined.length === 1 && /^\p{L}{1,2}$/u.test(joined[0])) joined[0] += word;
    else joined.push(word);
  }
  return joined;
}

/**
 * The person each mention of the story's people names, by article and
 * offset: one key for a name's spellings (`variants`) and for people of one
 * surname no article names two of whose given names agree ("Jon Varga",
 * "J. Varga", "Varga"; not "Tom Lee" and "Amy Lee": `joinAgreeing`), under
 * the most mentioned name. A surname is a name's first word where it is read
 * family name first (`familyFirst`, as `sameSurname`).
 */
export function personKeys(entities: readonly Entity[], variants: readonly SpellingVariant[], familyFirst: FamilyFirst = NO_NAMES): Map<string, { key: string; name: string }> {
  const people = entities.filter((entity) => entity.type === 'person');
  const index = new Map(people.map((entity, at) => [entity.key, at]));
  const parent = people.map((_, at) => at);
  const root = (at: number): number => (parent[at] === at ? at : (parent[at] = root(parent[at])));
  for (const { spellings } of variants) for (const spelling of spellings.slice(1)) parent[root(index.get(spelling.entity)!)] = root(index.get(spellings[0].entity)!);
  const spelled = people.map((_, at) => root(at));
  const bySurname = new Map<string, number[]>();
  people.forEach((entity, at) => {
    const words = nameWords(withoutTitle(entity.name));
    const surname = (readsFamilyFirst(words, familyFirst) ? words[0] : words.pop()) ?? '';
    const group = bySurname.get(surname);
    if (group) group.push(at);
    else bySurname.set(surname, [at]);
  });
  for (const group of bySurname.values()) {
    const together = (a: number, b: number) => Object.keys(people[a].countsBySource).some((article) => Object.hasOwn(people[b].countsBySource, article));
    const apart = group.some((a) => group.some((b) => spelled[a] !== spelled[b] && together(a, b)));
    if (!apart) joinAgreeing(group, people, parent, root);
  }
  const top = new Map<number, Entity>();
  people.forEach((entity, at) => {
    const best = top.get(root(at));
    if (!best || entity.mentions.length > best.mentions.length) top.set(root(at), entity);
  });
  const byMention = new Map<string, { key: string; name: string }>();
  const named = new Map<Entity, { key: string; name: string }>();
  people.forEach((entity, at) => {
    const person = top.get(root(at))!;
    const who = named.get(person) ?? named.set(person, { key: person.key, name: withoutTitle(person.name) }).get(person)!;
    for (const mention of entity.mentions) byMention.set(`${mention.article}\u0000${mention.span.start}`, who);
  });
  return byMention;
}

/**
 * Joins the people of one surname whose given names agree (`namesAgree`:
 * "Jon Varga" / "J. Varga", not "Tom Lee" / "Amy Lee"), and a surname
 * written alone ("Lee") with them when they are then one person.
 */
function joinAgreeing(group: readonly number[], people: readonly Entity[], parent: number[], root: (at: number) => number): void {
  const names = new Map(group.map((at) => [at, withoutTitle(people[at].name)]));
  const [alone, full] = [group.filter((at) => nameWords(names.get(at)!).length === 1), group.filter((at) => nameWords(names.get(at)!).length > 1)];
  for (const [index, a] of full.entries()) for (const b of full.slice(index + 1)) if (namesAgree(names.get(a)!, names.get(b)!)) parent[root(b)] = root(a);
  const roots = new Set(full.map(root));
  const target = roots.size === 1 ? full[0] : alone[0];
  if (roots.size <= 1) for (const at of alone) if (at !== target) parent[root(at)] = root(target);
}

/** Whether two names of as many words keep each word's consonants (`sameConsonants`): a vowel slipped or a name transliterated, no consonant miswritten. */
function sameWordConsonants(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  return x.length !== y.length || x.every((word, index) => sameConsonants(word, y[index]));
}

/** Each article's spelling of each person the story spells with another consonant, at its first mention there, labelled with every spelling (the most mentioned first: which is right is not known). */
export function spellingClaims(articles: readonly SegmentedArticle[], entities: readonly Entity[], variants: readonly SpellingVariant[]): FactClaim[] {
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const claims: FactClaim[] = [];
  for (const { spellings } of variants) {
    const names = spellings.map((spelling) => withoutTitle(spelling.name));
    if (names.every((name) => sameWordConsonants(name, names[0]))) continue;
    const key = `spelling:${spellings[0].entity}`;
    for (const [index, spelling] of spellings.entries()) {
      const entity = byKey.get(spelling.entity);
      for (const articleId of spelling.articles) {
        const article = byId.get(articleId);
        const mention = entity?.mentions.find((candidate) => candidate.article === articleId);
        if (!article || !mention) continue;
        claims.push({ key, label: `spelling of ${names.join(' / ')}`, value: names[index], qualifier: 'exact', unit: NAME_UNIT, article: articleId, span: mention.span, ...claimTime(article, mention.span) });
      }
    }
  }
  return claims;
}
