/**
 * Names as facts, lined up across a story's articles like numbers and dates
 * (`alignClaims`), so that sources that name different people, or one
 * person differently, are shown disagreeing:
 *
 * - who holds a role: "the captain, Jon Varga" / "Captain Jan Varga"
 *   (key `holder:captain`, values the names; `NAME_UNIT`), for roles one
 *   person holds at a time (`HOLDER_HEADS`), written as a title before the
 *   name or set off with "the" before or after it;
 * - a person's title: "Deputy Foreign Minister Anna Kell" / "Foreign
 *   Minister Anna Kell" (key `title:<person>`, values the titles;
 *   `TITLE_UNIT`), which disagree only on rank: the same head noun with
 *   other rank words (`RANK_WORDS`), or two ranks of a service (`RANKS`);
 *   a person holding two posts ("Senator" / "the party's leader") is none;
 * - a name's spelling: "Stanislaw Nowacki" / "Stanislaw Nowicki" (key
 *   `spelling:<person>`), for the story's spelling variants
 *   (`spellingVariants`) that are no transliteration of one another
 *   ("Sergei" / "Sergey", "Carolos" / "Karolos" agree: `transliterated`).
 *
 * Two names agree when one's words are among the other's ("Varga" / "Jon
 * Varga") or each word is the other's transliterated (`namesAgree`). A
 * holder is compared only in stories where no article names two people the
 * articles give that role: a story of "President Clinton" and "President
 * Yeltsin" names both in its articles, so "president" is no one's alone.
 * Only groups that disagree are the report's (`withoutAgreedNames`): that a name is
 * spelled alike everywhere is no news, and the story's names are listed
 * with the report's entities.
 */
import type { SegmentedArticle, Span } from '../article.js';
import { sameConsonants, transliterated, type ArticleEntities, type Entity, type NameMention, type SpellingVariant } from '../entities/index.js';
import { isTitle } from '../entities/lexicon.js';
import { wordSet } from '../text/words.js';
import { claimTime, type FactClaim } from './claims.js';
import type { FactGroup } from './types.js';

/** The unit of a claim whose value is a person's name (who holds a role, how a name is spelled). */
export const NAME_UNIT = 'name';
/** The unit of a claim whose value is a person's title, lower-cased ("deputy foreign minister"). */
export const TITLE_UNIT = 'title';

/** Words of address, no title of an office. */
const HONORIFICS = wordSet('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam');
/** A title that is no longer, or not yet, held says nothing of the one held now. */
const NOT_NOW = wordSet('former ex ex- late then outgoing incoming retired future would-be');
/** Words that open a role set off by commas: a definite one names the one holder. */
const DEFINITE = wordSet('the his her its their');
const INDEFINITE = wordSet('a an');
/** Abbreviated ranks, written out. */
const RANK_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({ 'sgt.': 'sergeant', sgt: 'sergeant', 'lt.': 'lieutenant', lt: 'lieutenant', 'col.': 'colonel', 'capt.': 'captain', 'gen.': 'general', 'maj.': 'major', 'adm.': 'admiral', 'cpl.': 'corporal', 'pvt.': 'private', 'insp.': 'inspector', 'supt.': 'superintendent', 'det.': 'detective', 'const.': 'constable', 'cmdr.': 'commander', 'gov.': 'governor' }),
);
/** Words that change a title's rank: "Deputy Foreign Minister" is not "Foreign Minister" (an acting or interim post is often written without the word). */
const RANK_WORDS = wordSet('deputy vice assistant associate chief principal under lieutenant');
/** Ranks of police and armed services: one person holds one of them. */
const RANKS = wordSet('private corporal sergeant lieutenant captain major colonel general brigadier admiral commodore constable inspector superintendent');
/** Words of a title that is a rank and nothing else ("Chief Superintendent", "Lieutenant Colonel"), not a post with a rank in it ("Navy Chief Admiral", "Deputy Sgt."). */
const RANK_TITLE_WORDS = wordSet('chief lieutenant staff master first detective lance petty rear');
/** Heads that alone say only what kind of post ("officer", "minister"): any rank of the kind agrees with them. */
const GENERIC_HEADS = wordSet('officer official minister secretary director executive manager member head');
/** Roles one person holds at a time in a story (with `NEEDS_QUALIFIER`, only with a word saying which: "foreign minister", "fire chief"). */
const HOLDER_HEADS = wordSet('captain skipper pilot harbourmaster harbormaster mayor governor president premier chancellor minister secretary chairman chairwoman chair chairperson director executive ceo manager coach headteacher headmaster headmistress principal coroner sheriff chief owner referee winner champion');
const NEEDS_QUALIFIER = wordSet('minister secretary director executive manager chief');
/** Verbs of winning a named contest ("won the Tarnholt Open"), and those that take it only with a noun for the prize after ("claimed the Tarnholt Open title"). */
const WIN_VERBS = wordSet('won wins');
const TAKE_VERBS = wordSet('claimed claims clinched clinches took takes');
const PRIZE_NOUNS = wordSet('title crown trophy');
/** Words that say a win was shared: no one person's (and "with" or "along" right after the contest). */
const SHARED_WIN = wordSet('jointly shared share shares together tied co-winner co-winners');
const SHARED_AFTER = wordSet('with along alongside');
/** The most words a role set off by commas takes ("the project's senior engineer"). */
const ROLE_WORDS = 4;

/** A role or title read beside a person's mention. */
interface Described {
  /** The name as the mention writes it, without title words ("Varga" of "Captain Varga": an article's fullest name for a surname may be another person's). */
  name: string;
  /** The mention's own span (the name as written there). */
  nameSpan: Span;
  /** Lower-cased words of the role, without determiners, honorifics or a lower-case possessor ("the airline's"). */
  words: string[];
  span: Span;
  /** Set off by "the" or a possessive, or written as a title before the name: it names the role's one holder. */
  definite: boolean;
}

/**
 * The name claims of a story's read articles (`perArticle` their
 * entities, `entities` merged, `variants` their spelling variants): who
 * holds each role, each person's title and each name spelled in ways that
 * are no transliteration, one claim per article and key.
 */
export function nameClaims(articles: readonly SegmentedArticle[], perArticle: readonly ArticleEntities[], entities: readonly Entity[], variants: readonly SpellingVariant[]): FactClaim[] {
  const described = articles.map((article, index) => describedPeople(article, perArticle[index]));
  const people = personKeys(entities, variants);
  const claims: FactClaim[] = [];
  const holders = new Map<string, FactClaim[]>();
  articles.forEach((article, index) => {
    const seen = new Set<string>();
    const add = (claim: FactClaim, into?: FactClaim[]) => {
      if (seen.has(claim.key)) return;
      seen.add(claim.key);
      if (into) into.push(claim);
      else claims.push(claim);
    };
    for (const person of described[index]) {
      const key = holderKey(person.words);
      if (key && person.definite) {
        const list = holders.get(key) ?? holders.set(key, []).get(key)!;
        add({ key: `holder:${key}`, label: `who is ${key}`, value: person.name, qualifier: 'exact', unit: NAME_UNIT, article: article.id, span: person.nameSpan, ...claimTime(article, person.nameSpan) }, list);
      }
      const who = people.get(`${article.id}\u0000${person.nameSpan.start}`);
      if (who) add({ key: `title:${who.key}`, label: `title of ${who.name}`, value: person.words.join(' '), qualifier: 'exact', unit: TITLE_UNIT, article: article.id, span: person.span, ...claimTime(article, person.span) });
    }
  });
  const named = perArticle.map((found) => found.entities.filter((entity) => entity.type === 'person').map((entity) => withoutTitle(entity.name)));
  for (const list of holders.values()) {
    for (const [index, part] of byNameWord(list).entries()) {
      const distinct = part.filter((claim, at) => part.findIndex((other) => namesAgree(String(other.value), String(claim.value))) === at);
      const together = named.some((names) => distinct.filter((claim) => names.some((name) => namedAlike(name, String(claim.value)))).length > 1);
      if (!together) claims.push(...part.map((claim) => (index === 0 ? claim : { ...claim, key: `${claim.key}#${index + 1}` })));
    }
  }
  return [...claims, ...winnerClaims(articles, perArticle), ...spellingClaims(articles, entities, variants)];
}

/**
 * A role's holders parted into people who may be one: names sharing a word
 * ("Jon Varga" / "Jan Varga"; "A.J. Smith" / "AJ Butler") are one person
 * named two ways, names sharing none two people ("Prime Minister Yevgeny
 * Primakov" and "Prime Minister Valery Pustovoitenko" of two countries; a
 * president of the day and one of the past).
 */
function byNameWord(claims: readonly FactClaim[]): FactClaim[][] {
  let parts: Array<{ words: Set<string>; claims: FactClaim[] }> = [];
  for (const claim of claims) {
    const words = nameWords(String(claim.value));
    const joining = parts.filter((part) => words.some((word) => part.words.has(word)));
    parts = parts.filter((part) => !joining.includes(part));
    parts.push({ words: new Set([...words, ...joining.flatMap((part) => [...part.words])]), claims: [...joining.flatMap((part) => part.claims), claim] });
  }
  return parts.map((part) => claims.filter((claim) => part.claims.includes(claim)));
}

/**
 * The groups of a story's facts without those of names (`nameClaims`) the
 * sources do not dispute the same day: a name spelled alike everywhere is no
 * news, and one that differs a day later is as often a story's next person
 * (a new coach) or a reader's slip as a correction.
 */
export function withoutAgreedNames(groups: readonly FactGroup[]): FactGroup[] {
  return groups.filter((group) => group.status === 'conflicting' || !group.values.some((value) => isNameUnit(value.unit)));
}

/** Whether a claim's or value's unit says it is a name or a title. */
export function isNameUnit(unit: string | undefined): boolean {
  return unit === NAME_UNIT || unit === TITLE_UNIT;
}

/**
 * Whether two names can name one person: one's words among the other's
 * ("Varga" / "J. Varga" / "Jon Varga"), word for word the same name
 * written another way ("Sergei" / "Sergey Volkov", "Bill" / "William
 * Clinton": `sameGivenName`), or names of other lengths sharing a word
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
function namedAlike(a: string, b: string): boolean {
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

/** Whether two titles of one person can both be right: other head nouns (two posts, unless two ranks of a service), or the same head with the same rank words. */
export function titlesAgree(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  const [first, second] = [headOf(x), headOf(y)];
  const [xRank, yRank] = [isRank(x), isRank(y)];
  if (first !== second) return !(xRank && yRank);
  if (RANKS.has(first) && !(xRank && yRank)) return true;
  if (GENERIC_HEADS.has(first) && (x.length === 1 || y.length === 1)) return true;
  const ranks = (words: string[], head: string) => words.filter((word) => word !== head && RANK_WORDS.has(word)).sort().join(' ');
  return ranks(x, first) === ranks(y, second);
}

/** A title that is a service rank alone: "Sergeant", "Chief Superintendent", "Lieutenant Colonel". */
function isRank(words: readonly string[]): boolean {
  return words.length <= 2 && RANKS.has(words[words.length - 1]) && words.every((word) => RANKS.has(word) || RANK_TITLE_WORDS.has(word));
}

/** The people an article describes with a role: a title before the name ("Captain Jan Varga"), a role set off before it ("The captain, Jon Varga,") or after it ("Hanna Roos, the tournament director"); the first such role of each person. */
function describedPeople(article: SegmentedArticle, found: ArticleEntities): Described[] {
  const described: Described[] = [];
  const done = new Set<number>();
  for (const mention of found.mentions) {
    if (mention.entity === undefined || done.has(mention.entity) || found.entities[mention.entity].type !== 'person') continue;
    const role = roleOf(article, mention);
    if (!role) continue;
    done.add(mention.entity);
    described.push({ name: withoutTitle(mention.form), nameSpan: mention.span, ...role });
  }
  return described;
}

function roleOf(article: SegmentedArticle, mention: NameMention): Omit<Described, 'name' | 'nameSpan'> | undefined {
  if (mention.title) {
    const words = roleWords(article.text.slice(mention.title.start, mention.title.end).split(/\s+/));
    if (words === null) return undefined;
    // "South Sudan's president Salva Kiir": a title whose possessor's name starts before it says whose only in part.
    const before = article.tokens[tokenAt(article, mention.title.start) - 1];
    const cut = before !== undefined && /^\p{Lu}/u.test(article.text.slice(before.start, before.end));
    if (words.length > 0) return { words, span: mention.title, definite: !cut };
  }
  const first = tokenAt(article, mention.title?.start ?? mention.span.start);
  return roleSetOffBefore(article, first) ?? (mention.role ? roleSetOffAfter(article, mention.role) : undefined);
}

/** "The captain, Jon Varga": lower-case words after a determiner, then a comma, right before the name (or its title). */
function roleSetOffBefore(article: SegmentedArticle, first: number): Omit<Described, 'name' | 'nameSpan'> | undefined {
  const { tokens } = article;
  if (tokens[first - 1]?.norm !== ',') return undefined;
  let start = first - 1;
  while (start > 0 && first - 1 - start < ROLE_WORDS + 1) {
    const norm = tokens[start - 1].norm;
    if (DEFINITE.has(norm) || INDEFINITE.has(norm)) {
      const written = tokens.slice(start, first - 1).map((token) => article.text.slice(token.start, token.end));
      const words = written.length > 0 && written.every((word) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(word)) ? roleWords(written) : null;
      if (!words || words.length === 0) return undefined;
      return { words, span: { start: tokens[start - 1].start, end: tokens[first - 2].end }, definite: DEFINITE.has(norm) };
    }
    if (!/^\p{L}[\p{L}'’-]*$/u.test(norm)) return undefined;
    start--;
  }
  return undefined;
}

/** "Hanna Roos, the tournament director": an appositive opening with a determiner, of a few lower-case words. */
function roleSetOffAfter(article: SegmentedArticle, role: Span): Omit<Described, 'name' | 'nameSpan'> | undefined {
  const written = article.text.slice(role.start, role.end).split(/\s+/);
  const opener = written[0]?.toLowerCase();
  if (!opener || !(DEFINITE.has(opener) || INDEFINITE.has(opener)) || written.length > ROLE_WORDS + 1) return undefined;
  if (!written.slice(1).every((word) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(word))) return undefined;
  const words = roleWords(written.slice(1));
  return words && words.length > 0 ? { words, span: role, definite: DEFINITE.has(opener) } : undefined;
}

/** A role's words lower-cased, without determiners, honorifics or a lower-case possessor ("project's"); null for a title not held now ("former"). */
function roleWords(written: readonly string[]): string[] | null {
  const words: string[] = [];
  for (const word of written) {
    const norm = word.toLowerCase().replace(/[,;:]$/, '');
    if (NOT_NOW.has(norm) || /^ex-/.test(norm)) return null;
    if (DEFINITE.has(norm) || INDEFINITE.has(norm) || HONORIFICS.has(norm)) continue;
    if (/['’]s?$/.test(norm) && /^\p{Ll}/u.test(word)) {
      words.length = 0;
      continue;
    }
    if (norm) words.push(RANK_ABBREVIATIONS.get(norm) ?? norm);
  }
  return words;
}

/** The key of a role one person holds (`HOLDER_HEADS`), or undefined. */
function holderKey(words: readonly string[]): string | undefined {
  const head = headOf(words);
  if (!HOLDER_HEADS.has(head) || (NEEDS_QUALIFIER.has(head) && words.length < 2)) return undefined;
  return words.join(' ');
}

/** The noun a title names: its last word, or the word before "of" ("secretary of state"). */
function headOf(words: readonly string[]): string {
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/** A name without title words an article's entity kept at its start ("Harbourmaster Elin Strand" stays as written: only known titles go). */
function withoutTitle(name: string): string {
  const words = name.split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && isTitle(words[start].toLowerCase())) start++;
  return words.slice(start).join(' ');
}

/** A name's words folded, initials written alike ("A. J. Smith", "A.J. Smith", "AJ Smith": "aj smith"). */
function nameWords(name: string): string[] {
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, ' ').split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  for (const word of words) {
    if (word.length === 1 && joined.length === 1 && /^\p{L}{1,2}$/u.test(joined[0])) joined[0] += word;
    else joined.push(word);
  }
  return joined;
}

function tokenAt(article: SegmentedArticle, offset: number): number {
  let [low, high] = [0, article.tokens.length - 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (article.tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The person each mention of the story's people names, by article and
 * offset: one key for a name's spellings (`variants`) and for people of one
 * surname no article names two of ("Jon Varga", "Jan Varga"), under the
 * most mentioned name.
 */
function personKeys(entities: readonly Entity[], variants: readonly SpellingVariant[]): Map<string, { key: string; name: string }> {
  const people = entities.filter((entity) => entity.type === 'person');
  const index = new Map(people.map((entity, at) => [entity.key, at]));
  const parent = people.map((_, at) => at);
  const root = (at: number): number => (parent[at] === at ? at : (parent[at] = root(parent[at])));
  for (const { spellings } of variants) for (const spelling of spellings.slice(1)) parent[root(index.get(spelling.entity)!)] = root(index.get(spellings[0].entity)!);
  const spelled = people.map((_, at) => root(at));
  const bySurname = new Map<string, number[]>();
  people.forEach((entity, at) => {
    const surname = nameWords(entity.name).pop() ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), at]);
  });
  for (const group of bySurname.values()) {
    const together = (a: number, b: number) => Object.keys(people[a].countsBySource).some((article) => Object.hasOwn(people[b].countsBySource, article));
    const apart = group.some((a) => group.some((b) => spelled[a] !== spelled[b] && together(a, b)));
    if (!apart) for (const at of group.slice(1)) parent[root(at)] = root(group[0]);
  }
  const top = new Map<number, Entity>();
  people.forEach((entity, at) => {
    const best = top.get(root(at));
    if (!best || entity.mentions.length > best.mentions.length) top.set(root(at), entity);
  });
  const byMention = new Map<string, { key: string; name: string }>();
  people.forEach((entity, at) => {
    const person = top.get(root(at))!;
    for (const mention of entity.mentions) byMention.set(`${mention.article}\u0000${mention.span.start}`, { key: person.key, name: withoutTitle(person.name) });
  });
  return byMention;
}

/**
 * Who won a named contest: "Grandmaster Sergei Volkov won the Tarnholt
 * Open", "Sergey Volkov claimed the Tarnholt Open title", "Aron Pell is the
 * winner of the Tarnholt Open", "the Tarnholt Open was won by Aron Pell"
 * (key `holder:winner of tarnholt open`). A win the sentence shares ("won
 * the prize with", "jointly", a winner after "and") is no one person's.
 */
function winnerClaims(articles: readonly SegmentedArticle[], perArticle: readonly ArticleEntities[]): FactClaim[] {
  const claims: FactClaim[] = [];
  articles.forEach((article, index) => {
    const { tokens } = article;
    const found = perArticle[index];
    const keys = new Set<string>();
    for (const mention of found.mentions) {
      if (mention.entity === undefined || found.entities[mention.entity].type !== 'person') continue;
      const sentence = article.sentences[mention.sentence];
      if (tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((token) => SHARED_WIN.has(token.norm)) || tokens[mention.tokenStart - 1]?.norm === 'and' || tokens[mention.tokenEnd]?.norm === 'and') continue;
      const contest = contestWon(article, mention, sentence.tokenStart);
      if (!contest || SHARED_AFTER.has(tokens[contest.end]?.norm ?? '')) continue;
      const event = contest.name;
      const key = `holder:winner of ${event.toLowerCase()}`;
      if (keys.has(key)) continue;
      keys.add(key);
      claims.push({ key, label: `who won the ${event}`, value: withoutTitle(mention.form), qualifier: 'exact', unit: NAME_UNIT, article: article.id, span: mention.span, ...claimTime(article, mention.span) });
    }
  });
  return claims;
}

/** The contest a mention's person is said to have won, as written ("Tarnholt Open"), and the token after what names it; undefined when none. */
function contestWon(article: SegmentedArticle, mention: NameMention, sentenceStart: number): { name: string; end: number } | undefined {
  const { tokens } = article;
  const norm = (at: number) => tokens[at]?.norm;
  let at = mention.tokenEnd;
  if (norm(at) === 'has' || norm(at) === 'had') at++;
  if (WIN_VERBS.has(norm(at) ?? '') && norm(at + 1) === 'the') return contestName(article, at + 2);
  if (TAKE_VERBS.has(norm(at) ?? '') && norm(at + 1) === 'the') {
    const contest = contestName(article, at + 2);
    return contest && PRIZE_NOUNS.has(norm(contest.end) ?? '') ? { name: contest.name, end: contest.end + 1 } : undefined;
  }
  if ((norm(at) === 'is' || norm(at) === 'was') && norm(at + 1) === 'the' && norm(at + 2) === 'winner' && norm(at + 3) === 'of' && norm(at + 4) === 'the') return contestName(article, at + 5);
  const start = mention.tokenStart;
  if (norm(start - 1) === 'by' && norm(start - 2) === 'won' && (norm(start - 3) === 'was' || norm(start - 3) === 'is') && capitalised(article, start - 4)) {
    let first = start - 4;
    while (first > sentenceStart && capitalised(article, first - 1)) first--;
    const contest = norm(first - 1) === 'the' ? contestName(article, first) : undefined;
    return contest && { name: contest.name, end: mention.tokenEnd };
  }
  return undefined;
}

/** The capitalised words of a contest's name from token `start` ("Tarnholt Open", "Cup of Nations"), and the token after them. */
function contestName(article: SegmentedArticle, start: number): { name: string; end: number } | undefined {
  let end = start;
  while (end < article.tokens.length && (capitalised(article, end) || (article.tokens[end].norm === 'of' && capitalised(article, end + 1)))) end++;
  if (end === start) return undefined;
  return { name: article.text.slice(article.tokens[start].start, article.tokens[end - 1].end), end };
}

function capitalised(article: SegmentedArticle, at: number): boolean {
  const token = article.tokens[at];
  return token !== undefined && /^\p{Lu}\p{L}/u.test(article.text.slice(token.start, token.end));
}

/** Whether two names of as many words keep each word's consonants (`sameConsonants`): a vowel slipped or a name transliterated, no consonant miswritten. */
function sameWordConsonants(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  return x.length !== y.length || x.every((word, index) => sameConsonants(word, y[index]));
}

/** Each article's spelling of each person the story spells in ways that are no transliteration of one another, at its first mention there. */
function spellingClaims(articles: readonly SegmentedArticle[], entities: readonly Entity[], variants: readonly SpellingVariant[]): FactClaim[] {
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
        claims.push({ key, label: `spelling of ${names[0]}`, value: names[index], qualifier: 'exact', unit: NAME_UNIT, article: articleId, span: mention.span, ...claimTime(article, mention.span) });
      }
    }
  }
  return claims;
}
