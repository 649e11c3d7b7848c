/**
 * Names as facts, lined up across a story's articles like numbers and dates
 * (`alignClaims`), so that sources that name one person differently, or
 * give one person another rank, are shown disagreeing:
 *
 * - who holds a role: "the captain, Jon Varga" / "Captain Jan Varga"
 *   (key `holder:captain`, values the names; `NAME_UNIT`), for roles one
 *   person holds at a time (`HOLDER_HEADS`), written as a title before the
 *   name, set off with "the" before or after it, or taken with a verb after
 *   it ("was elected mayor", "who became chairman": `roleTaken`) or
 *   given with one before it ("named Tom Reed chairman": `roleGiven`); a
 *   role held for now ("interim coach", "acting mayor") is the role, one
 *   held no longer ("former chairman") none; and who won a named contest
 *   (`winnerClaims`);
 * - a person's title: "Deputy Foreign Minister Anna Kell" / "Foreign
 *   Minister Anna Kell" (key `title:<person>`, values the titles;
 *   `TITLE_UNIT`), which disagree only on rank: the same head noun with
 *   other rank words (`RANK_WORDS`), or two ranks of a service (`RANKS`);
 *   a person holding two posts ("Senator" / "the party's leader") is none;
 * - a name's spelling: "Dennis Hastert" / "Dennis Hassert" (key
 *   `spelling:<person>`), for the story's spelling variants
 *   (`spellingVariants`) that change a consonant (`spellingClaims`):
 *   transliterations and vowels ("Sergei" / "Sergey", "Abdullah" /
 *   "Abdallah") are how other alphabets are written, not disputes.
 *
 * Names agree as `namesAgree` says ("Varga" / "Jon Varga", "Bill" /
 * "William"). A role's holders are compared only when their names share a
 * word (one person named two ways: "Jon" / "Jan Varga"); names sharing none
 * are two people ("Prime Minister Yevgeny Primakov" and "Prime Minister
 * Valery Pustovoitenko" of two countries), and so are two an article
 * names together. A surname is a name's last word, or its first in a name
 * read family name first ("Mayor Chen Wei" / "Mayor Chen Wen": one mayor
 * named two ways; `sameSurname`). Only groups the sources dispute the same
 * day are the report's (`withoutAgreedNames`).
 */
import type { SegmentedArticle, Span } from '../article.js';
import type { ArticleEntities, Entity, NameMention, SpellingVariant } from '../entities/index.js';
import { tokenAtOrAfter } from '../entities/tokens.js';
import { wordSet } from '../text/words.js';
import { claimTime, type FactClaim } from './claims.js';
import { familyNamesFirst, NAME_UNIT, namedAlike, namesAgree, personKeys, sameSurname, spellingClaims, withoutTitle, type FamilyFirst } from './person-names.js';
import { winnerClaims } from './winners.js';
import type { FactGroup } from './types.js';

/** The unit of a claim whose value is a person's title, lower-cased ("deputy foreign minister"). */
export const TITLE_UNIT = 'title';

/** Words of address, no title of an office. */
const HONORIFICS = wordSet('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam');
/** A title that is no longer, or not yet, held says nothing of the one held now. */
const NOT_NOW = wordSet('former ex ex- late then outgoing incoming retired future would-be');
/** Words saying a role was taken lately ("the newly appointed coach"): the role is the same one. */
const NEWLY = wordSet('new newly recently just appointed elected re-elected named chosen');
/** Words saying a role is held for a time ("interim coach", "acting mayor"): its holder holds the role now, the same role; "acting" only before an office (`ACTING_OFFICES`), since "acting coach" teaches drama. */
const FOR_NOW = wordSet('interim acting caretaker');
/** Offices "acting" holds for a time ("acting mayor", "acting foreign minister"); before others ("acting coach", "acting teacher") it is the craft. */
const ACTING_OFFICES = wordSet('mayor governor president premier chancellor minister secretary chairman chairwoman chair chairperson director executive ceo manager chief head headteacher headmaster headmistress principal commissioner superintendent sheriff coroner captain commander leader');
/** Verbs putting a person in a role ("was elected mayor", "who became chairman"); `ALONE_TAKING_VERBS` need no auxiliary. */
const TAKING_VERBS = wordSet('elected re-elected named appointed chosen made installed sworn became becomes');
const ALONE_TAKING_VERBS = wordSet('became becomes');
/** Active verbs giving the person after them a role ("named Tom Reed chairman", "appointed Ana Ruiz as coach"). */
const GIVING_VERBS = wordSet('elected re-elected named appointed chose picked made installed hired');
/** Auxiliaries of the passive: before a giving verb they make its name no object ("the club was named Ana Ruiz coach"). */
const PASSIVE_AUXILIARIES = wordSet('was is are were be been being');
/** Words before a giving verb, in its clause, that say it did not or may not happen, or ask whether it did ("never named", "would have elected", "if voters elected", "why the board hired"). */
const NOT_DONE = wordSet('not never no nor may might would could should must can cannot will shall if whether why unless');
/** How many words before a giving verb `NOT_DONE` is looked for, within its clause. */
const NOT_DONE_REACH = 4;
/** Words opening another clause: the look-back for `NOT_DONE` stops there ("could not agree and named Tom Reed chairman"). */
const CLAUSE_OPENERS = wordSet('and or but then who which that');
/** Auxiliaries before a taking verb that say it happened ("was", "has been"), not that it may ("will be"). */
const TAKEN_AUXILIARIES = wordSet('was is has had been');
/** Words after a taken role that say where, when or of what ("mayor of Velsk", "chairman in 2019"): the role ends before them. */
const TAKEN_ROLE_ENDS = wordSet('of in on at for by after before since until from with to and or but when while following last this next');
/** An award named like a role: "was named coach of the year". */
const AWARD_AFTER = /^\s+of\s+the\s+(?:year|season|month|week|match|tournament|decade)\b/iu;
/** Words that open a role set off by commas: a definite one names the one holder. */
const DEFINITE = wordSet('the his her its their');
const INDEFINITE = wordSet('a an');
/** Abbreviated ranks, written out. */
const RANK_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({ 'sgt.': 'sergeant', sgt: 'sergeant', 'lt.': 'lieutenant', lt: 'lieutenant', 'col.': 'colonel', 'capt.': 'captain', 'gen.': 'general', 'maj.': 'major', 'adm.': 'admiral', 'cpl.': 'corporal', 'pvt.': 'private', 'insp.': 'inspector', 'supt.': 'superintendent', 'det.': 'detective', 'const.': 'constable', 'cmdr.': 'commander', 'gov.': 'governor' }),
);
/** Words that change a title's rank: "Deputy Foreign Minister" is not "Foreign Minister" (an acting or interim post, often written without the word, is the post: `FOR_NOW`). */
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
/** Roles each side of a contest has one of ("captain", "coach"): a story one article of which describes two holders has two sides, and no one holder. */
const SIDE_ROLES = wordSet('captain skipper coach owner winner champion');
/** The most words a role set off by commas takes ("the project's senior engineer"). */
const ROLE_WORDS = 4;

/** A role or title read beside a person's mention. */
interface Described {
  /** The name as the mention writes it, without title words ("Varga" of "Captain Varga": an article's fullest name for a surname may be another person's). */
  name: string;
  /** The mention's own span (the name as written there). */
  nameSpan: Span;
  /** Lower-cased words of the role, without determiners, honorifics, words of a new holder ("newly appointed") or a lower-case possessor ("the airline's"). */
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
  const anyDescribed = described.some((list) => list.length > 0);
  const familyFirst = anyDescribed ? familyNamesFirst(perArticle) : new Set<string>();
  const people = anyDescribed ? personKeys(entities, variants, familyFirst) : new Map<string, { key: string; name: string }>();
  const holders = new Map<string, FactClaim[]>();
  const sided = sidedRoles(described, familyFirst);
  const titles = new Map<string, FactClaim[]>();
  articles.forEach((article, index) => {
    const seen = new Set<string>();
    const add = (claim: FactClaim, into: Map<string, FactClaim[]>, group: string) => {
      if (seen.has(claim.key)) return;
      seen.add(claim.key);
      const list = into.get(group);
      if (list) list.push(claim);
      else into.set(group, [claim]);
    };
    for (const person of described[index]) {
      const key = holderKey(person.words);
      if (key && person.definite && !sided.has(key)) add({ key: `holder:${key}`, label: `who is ${key}`, value: person.name, qualifier: 'exact', unit: NAME_UNIT, article: article.id, span: person.nameSpan, ...claimTime(article, person.nameSpan) }, holders, key);
      const who = people.get(`${article.id}\u0000${person.nameSpan.start}`);
      if (who) add({ key: `title:${who.key}`, label: `title of ${who.name}`, value: person.words.join(' '), qualifier: 'exact', unit: TITLE_UNIT, article: article.id, span: person.span, ...claimTime(article, person.span) }, titles, who.key);
    }
  });
  const claims = [...titles.values()].filter((list) => disputable(list, titlesAgree)).flat();
  let named: string[][] | undefined;
  for (const list of holders.values()) {
    if (!disputable(list, namesAgree)) continue;
    for (const [index, part] of bySurname(list, familyFirst).entries()) {
      if (!disputable(part, namesAgree)) continue;
      named ??= perArticle.map((found) => found.entities.filter((entity) => entity.type === 'person').map((entity) => withoutTitle(entity.name)));
      const written = [...new Set(part.map((claim) => String(claim.value)))];
      const distinct = written.filter((value, at) => written.findIndex((other) => namesAgree(other, value)) === at);
      const together = named.some((names) => distinct.filter((value) => names.some((name) => namedAlike(name, value))).length > 1);
      if (!together) claims.push(...part.map((claim) => (index === 0 ? claim : { ...claim, key: `${claim.key}#${index + 1}` })));
    }
  }
  const winners = new Map<string, FactClaim[]>();
  for (const claim of winnerClaims(articles, perArticle)) {
    const list = winners.get(claim.key);
    if (list) list.push(claim);
    else winners.set(claim.key, [claim]);
  }
  return [...claims, ...[...winners.values()].filter((list) => disputable(list, namesAgree)).flat(), ...spellingClaims(articles, entities, variants)];
}

/** The keys of `SIDE_ROLES` one article describes two people of another surname with ("Coach Mike Tarrant" and "the Dunmore coach, Mike Hollis"). */
function sidedRoles(described: readonly Described[][], familyFirst: FamilyFirst): Set<string> {
  const sided = new Set<string>();
  for (const people of described) {
    const byKey = new Map<string, string[]>();
    for (const person of people) {
      const key = holderKey(person.words);
      if (key === undefined || !SIDE_ROLES.has(headOf(person.words))) continue;
      const names = byKey.get(key) ?? byKey.set(key, []).get(key)!;
      if (names.some((name) => !sameSurname(name, person.name, familyFirst))) sided.add(key);
      names.push(person.name);
    }
  }
  return sided;
}

/**
 * Whether two of the claims give values that `agree` says cannot both be
 * right (each article gives one claim of a key, so two values are two
 * articles'): claims that cannot disagree make no group worth lining up.
 * Compared value by value, so a story of 200 articles writing one name
 * makes one comparison, not 20,000.
 */
function disputable(claims: readonly FactClaim[], agree: (a: string, b: string) => boolean): boolean {
  const values = [...new Set(claims.map((claim) => String(claim.value)))];
  return values.some((a, i) => values.some((b, j) => j > i && !agree(a, b)));
}

/**
 * A role's holders parted into people who may be one: names sharing a
 * surname (`sameSurname`: "Jon Varga" / "Jan Varga") are one person named
 * two ways, names of other surnames two people ("Prime Minister Yevgeny
 * Primakov" and "Prime Minister Valery Pustovoitenko" of two countries; a
 * president of the day and one of the past; "Tom Reed" and "Tom Price"
 * chairing two banks; "John Varga Sr." and his son "John Varga Jr."),
 * the surname first in a name read family name first (`familyFirst`:
 * "Chen Wei" / "Chen Wen" one person, "Chen Wei" / "Wang Wei" two).
 */
function bySurname(claims: readonly FactClaim[], familyFirst: FamilyFirst): FactClaim[][] {
  const parts: Array<{ name: string; claims: FactClaim[] }> = [];
  for (const claim of claims) {
    const name = String(claim.value);
    const part = parts.find((candidate) => sameSurname(candidate.name, name, familyFirst));
    if (part) part.claims.push(claim);
    else parts.push({ name, claims: [claim] });
  }
  return parts.map((part) => part.claims);
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

/** The people an article describes with a role: a title before the name ("Captain Jan Varga"), a role set off before it ("The captain, Jon Varga,") or after it ("Hanna Roos, the tournament director"), or taken after it ("Jon Varga was elected mayor"); the first such role of each person. */
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
    // "named former coach Ana Ruiz chairman": a title held no longer leaves only a role given now.
    if (words === null) return roleGiven(article, tokenAt(article, mention.title.start), mention.tokenEnd);
    // "South Sudan's president Salva Kiir": a title whose possessor's name starts before it says whose only in part.
    const before = article.tokens[tokenAt(article, mention.title.start) - 1];
    const cut = before !== undefined && /^\p{Lu}/u.test(article.text.slice(before.start, before.end));
    if (words.length > 0) return { words, span: mention.title, definite: !cut };
  }
  const first = tokenAt(article, mention.title?.start ?? mention.span.start);
  return roleSetOffBefore(article, first) ?? (mention.role ? roleSetOffAfter(article, mention.role) : undefined) ?? roleTaken(article, mention.tokenEnd) ?? roleGiven(article, first, mention.tokenEnd);
}

/**
 * "Jon Varga was elected mayor", "Tom Reed, who became chairman in 2019",
 * "Ana Roos has been named captain": a role one person holds
 * (`HOLDER_HEADS`) the name takes, read from the token after the name.
 * Not one that may come ("will be named") nor an award ("coach of the
 * year"); the active "named Tom Reed chairman" is `roleGiven`'s.
 */
function roleTaken(article: SegmentedArticle, after: number): Omit<Described, 'name' | 'nameSpan'> | undefined {
  const { tokens } = article;
  let at = after;
  const relative = tokens[at]?.norm === ',' && tokens[at + 1]?.norm === 'who';
  if (relative) at += 2;
  const auxiliary = at;
  while (at - auxiliary < 2 && TAKEN_AUXILIARIES.has(tokens[at]?.norm ?? '')) at++;
  const verb = tokens[at]?.norm ?? '';
  if (!TAKING_VERBS.has(verb) || (at === auxiliary && !ALONE_TAKING_VERBS.has(verb))) return undefined;
  at++;
  if (verb === 'sworn' && tokens[at]?.norm !== 'in') return undefined;
  if (verb === 'sworn') at++;
  return roleAfter(article, at);
}

/**
 * "the board named Tom Reed chairman", "the club appointed Ana Ruiz as
 * coach", "voters elected Mei Lin mayor", "the board has named…": a role one
 * person holds given to the name by an active verb right before it
 * (`first`, the name's or its title's first token), read from the token
 * after the name (`after`); not after a passive auxiliary ("was named Ana
 * Ruiz coach"), nor where its clause denies, doubts or asks it (`NOT_DONE`:
 * "never named", "may have named", "if voters elected"; the clause ends at
 * punctuation or a `CLAUSE_OPENERS` word: "could not agree and named").
 */
function roleGiven(article: SegmentedArticle, first: number, after: number): Omit<Described, 'name' | 'nameSpan'> | undefined {
  const { tokens } = article;
  const verb = tokens[first - 1]?.norm ?? '';
  if (!GIVING_VERBS.has(verb) || PASSIVE_AUXILIARIES.has(tokens[first - 2]?.norm ?? '')) return undefined;
  for (let at = first - 2; at >= 0 && first - 2 - at < NOT_DONE_REACH && !tokens[at].punct; at--) {
    if (NOT_DONE.has(tokens[at].norm) || /n['’]t$/.test(tokens[at].norm)) return undefined;
    if (CLAUSE_OPENERS.has(tokens[at].norm)) break;
  }
  return roleAfter(article, after);
}

/** The role written from token `at` on, after a verb that gives or takes it: an optional "as", then a few lower-case words up to a word saying where or when (`TAKEN_ROLE_ENDS`); not an award ("coach of the year"). */
function roleAfter(article: SegmentedArticle, start: number): Omit<Described, 'name' | 'nameSpan'> | undefined {
  const { tokens } = article;
  let at = start;
  if (tokens[at]?.norm === 'as') at++;
  const first = at;
  while (at < tokens.length && at - first <= ROLE_WORDS && !TAKEN_ROLE_ENDS.has(tokens[at].norm) && /^\p{Ll}[\p{Ll}'’-]*$/u.test(article.text.slice(tokens[at].start, tokens[at].end))) at++;
  if (at === first || AWARD_AFTER.test(article.text.slice(tokens[at - 1].end, tokens[at - 1].end + 40))) return undefined;
  const written = tokens.slice(first, at).map((token) => article.text.slice(token.start, token.end));
  const words = roleWords(written);
  if (!words || words.length === 0 || holderKey(words) === undefined) return undefined;
  return { words, span: { start: tokens[first].start, end: tokens[at - 1].end }, definite: !INDEFINITE.has(written[0].toLowerCase()) };
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

/** A role's words lower-cased, without determiners, honorifics, words of a new holder (`NEWLY`) or of one holding it for now (`FOR_NOW`: "interim", "acting") or a lower-case possessor ("project's"); null for a title not held now ("former"). */
function roleWords(written: readonly string[]): string[] | null {
  const words: string[] = [];
  const norms = written.map((word) => word.toLowerCase().replace(/[,;:]$/, ''));
  for (const [index, word] of written.entries()) {
    const norm = norms[index];
    if (NOT_NOW.has(norm) || /^ex-/.test(norm)) return null;
    const forNow = FOR_NOW.has(norm) && (norm !== 'acting' || norms.slice(index + 1).some((later) => ACTING_OFFICES.has(later)));
    if (DEFINITE.has(norm) || INDEFINITE.has(norm) || HONORIFICS.has(norm) || NEWLY.has(norm) || forNow) continue;
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

function tokenAt(article: SegmentedArticle, offset: number): number {
  return Math.min(tokenAtOrAfter(article.tokens, offset), article.tokens.length - 1);
}
