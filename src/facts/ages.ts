/**
 * People's ages, as an article gives them beside a person's name, in four
 * patterns, the first three tried in order for each person mention:
 *
 * 1. a number between commas or brackets after the name: "Tomas Keldren, 54,
 *    said", "Keldren, aged 54,", "Keldren (54)", or a decade ("Cole, in her
 *    fifties,": 50 to 59, a range; "a man in his seventies" unnamed);
 * 2. an appositive after the name: "Tara Reid, a 33-year-old actress,";
 * 3. an age before the name, its title and up to two describing words:
 *    "the 54-year-old Keldren", "54-year-old engineer Tomas Keldren", unless
 *    the name describes the person after it ("a 35-year-old New Bedford man")
 *    or a past tense stands right before it ("the 40-year-old director
 *    thanked Marta Rinn": the director's age);
 * 4. "the 25-year-old striker" after the only person a sentence names, with
 *    no name after it (`rolesAged`).
 *
 * A number in a list of numbers is no age ("Windows XP, Vista, 7, 8").
 * Ages of the unnamed ("a 71-year-old man") are no `AgeFact`: `ageClaims`
 * keys them by the person's noun and their sentence; ages in months are left
 * out. `ageClaims` lines the ages up under the story's people, for
 * `alignFacts` to compare.
 */
import { assertSegmented, type SegmentedArticle, type Span, type Token } from '../article.js';
import { spellingVariants, type ArticleEntities, type Entity, type SpellingVariant } from '../entities/index.js';
import { ROLE_NOUNS } from '../entities/lexicon.js';
import { expected } from '../errors.js';
import { claimTime, type FactClaim } from './claims.js';
import { countContext } from './contexts.js';
import { factWords, type FactWords } from './language-facts.js';
import { PEOPLE_NOUNS } from './lexicon.js';
import { readingLanguage } from '../language/index.js';
import { wordTable } from '../text/word-table.js';

/** An age an article gives a person. */
export interface AgeFact {
  article: string;
  /** The name and the age, as written ("Tomas Keldren, 54", "the 54-year-old Keldren"). */
  span: Span;
  /** The age as written ("54", "54-year-old"). */
  valueSpan: Span;
  value: number;
  /** The top of a decade ("in his seventies": 70 to 79). */
  upper?: number;
  /** The person's name mention: `span` of `ArticleEntities.mentions[i]`. */
  name: Span;
  /** Index of the person in `ArticleEntities.entities`. */
  entity: number;
}

const OLDEST = 120;
const YEAR_OLD = /^(\d{1,3})-years?-old$/;
/** An age between commas or brackets after a name (pattern 1). */
const AGE_DIGITS = /^\d{1,3}$/;
/** What stands right before such an age: ", 54", "(54)" (and the language's `yearsOldBefore`: "aged 54"). */
const AGE_OPENERS = new Set([',', '(']);
/** What may follow an age between commas: the comma, the sentence's end, a bracket. */
const AFTER_AGE = new Set([',', '.', ')', ';', 'and']);
/** Describing words allowed between an age and the name it belongs to ("54-year-old retired engineer Keldren"). */
const MAX_DESCRIBING = 2;
/** Words that give the age to someone else ("the 54-year-old father of Yusef Ali") or end the phrase. */
const NOT_DESCRIBING = new Set(['of', 'and', 'or', 'with', 'to', 'by', 'for', 'from', 'in', 'on', 'at', 'told', 'said', 'says', 'met', 'saw', 'called', 'named']);

/** A past tense right before the name: "the 40-year-old director thanked Marta Rinn" ages the director, not the name after the verb ("retired" describes only before a noun: "retired nurse Kathryn Gomes"). */
const VERB_BEFORE_NAME = /^\p{Ll}+ed$/u;

export function findAgeFacts(article: SegmentedArticle, entities: ArticleEntities): AgeFact[] {
  assertSegmented(article, 'findAgeFacts');
  if (entities?.article !== article.id) expected(`the entities of article ${JSON.stringify(article.id)} (articleEntities)`, entities?.article);
  const words = factWords(readingLanguage(article));
  const facts: AgeFact[] = [];
  for (const mention of entities.mentions) {
    if (mention.entity === undefined || entities.entities[mention.entity].type !== 'person') continue;
    const sentence = article.sentences[mention.sentence];
    const age = mention.possessive ? undefined : ageAfter(article.tokens, mention.tokenEnd, sentence.tokenEnd, words) ?? appositiveAge(article.tokens, mention.tokenEnd, sentence.tokenEnd);
    const found = age ?? (describesNext(article.tokens[mention.tokenEnd]) ? undefined : ageBefore(article.tokens, firstToken(article.tokens, mention.tokenStart, mention.title), sentence.tokenStart));
    if (!found) continue;
    const tokens = article.tokens;
    const start = Math.min(found.index, mention.tokenStart);
    facts.push({
      article: article.id,
      span: { start: Math.min(tokens[start].start, mention.span.start), end: Math.max(tokens[found.index].end, mention.span.end) },
      valueSpan: { start: tokens[found.from ?? found.index].start, end: tokens[found.index].end },
      value: found.value,
      ...(found.upper !== undefined ? { upper: found.upper } : {}),
      name: mention.span,
      entity: mention.entity,
    });
  }
  return [...facts, ...rolesAged(article, entities, facts)];
}

/**
 * Pattern 4: "Tomasz Wren joined … for the 25-year-old striker": "the", an
 * age and a role noun with no name after it, later in a sentence that names
 * one person only, are that person's age.
 */
function rolesAged(article: SegmentedArticle, entities: ArticleEntities, found: readonly AgeFact[]): AgeFact[] {
  const { tokens } = article;
  const used = new Set(found.map((fact) => fact.valueSpan.start));
  const facts: AgeFact[] = [];
  article.sentences.forEach((sentence, index) => {
    const people = entities.mentions.filter((mention) => mention.sentence === index && mention.entity !== undefined && entities.entities[mention.entity].type === 'person');
    if (new Set(people.map((mention) => mention.entity)).size !== 1) return;
    const [person] = people;
    for (let at = person.tokenEnd + 1; at < sentence.tokenEnd - 1; at++) {
      const value = yearOld(tokens[at]);
      const role = tokens[at + 1];
      if (value === undefined || used.has(tokens[at].start) || tokens[at - 1].norm !== 'the' || !ROLE_NOUNS.has(role.norm) || people.some((mention) => mention.tokenStart > at)) continue;
      facts.push({ article: article.id, span: { start: tokens[at - 1].start, end: role.end }, valueSpan: { start: tokens[at].start, end: tokens[at].end }, value, name: person.span, entity: person.entity! });
    }
  });
  return facts;
}

interface FoundAge {
  /** The age's last token. */
  index: number;
  value: number;
  /** A decade's first token ("in") and top ("in his seventies": 79). */
  from?: number;
  upper?: number;
}

const DECADES: Readonly<Record<string, number>> = wordTable({ twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 });
/** The part of a decade "early", "mid" and "late" name, as years into it. */
const DECADE_PARTS: Readonly<Record<string, [number, number]>> = wordTable<[number, number]>({ early: [0, 3], mid: [3, 7], 'mid-': [3, 7], late: [6, 9] });

/** "in his seventies", "in her early thirties" at `index`: the years it spans. */
function decadeAt(tokens: readonly Token[], index: number, sentenceEnd: number): FoundAge | undefined {
  if (tokens[index]?.norm !== 'in' || !['his', 'her', 'their'].includes(tokens[index + 1]?.norm ?? '')) return undefined;
  const part = DECADE_PARTS[tokens[index + 2]?.norm ?? ''];
  const at = part ? index + 3 : index + 2;
  const decade = at < sentenceEnd ? DECADES[tokens[at].norm] : undefined;
  if (decade === undefined) return undefined;
  const [low, high] = part ?? [0, 9];
  return { from: index, index: at, value: decade + low, upper: decade + high };
}

function plausible(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= OLDEST;
}

/**
 * Whether sentence `index` of the article holds a token an age is read from:
 * "54-year-old" (a named or an unnamed person's), "in her fifties", or "54"
 * after a comma, a bracket or a word that opens an age in the article's
 * language ("aged", "de": `yearsOldBefore` of its `words`; pattern 1). Every
 * pattern reads the age within one sentence, so no age claim (`ageClaims`)
 * comes from a sentence without one.
 */
export function sentenceMayGiveAge(article: SegmentedArticle, index: number, words: FactWords): boolean {
  const { tokens } = article;
  const { tokenStart, tokenEnd } = article.sentences[index];
  for (let at = tokenStart; at < tokenEnd; at++) {
    const { norm } = tokens[at];
    if (YEAR_OLD.test(norm) || decadeAt(tokens, at, tokenEnd)) return true;
    if (at > tokenStart && AGE_DIGITS.test(norm) && (AGE_OPENERS.has(tokens[at - 1].norm) || words.yearsOldBefore.has(tokens[at - 1].norm))) return true;
  }
  return false;
}

/** Pattern 1: ", 54," ", aged 54," "(54)" right after the name; in the article's language ", 54 ans,", ", de 58 años," (`yearsOld`, `yearsOldBefore`). */
function ageAfter(tokens: readonly Token[], end: number, sentenceEnd: number, words: FactWords): FoundAge | undefined {
  const open = tokens[end]?.norm;
  if (open !== ',' && open !== '(') return undefined;
  const decade = open === ',' ? decadeAt(tokens, end + 1, sentenceEnd) : undefined;
  if (decade) return decade.index + 1 >= sentenceEnd || AFTER_AGE.has(tokens[decade.index + 1].norm) ? decade : undefined;
  const opened = words.yearsOldBefore.has(tokens[end + 1]?.norm ?? '');
  const index = opened ? end + 2 : end + 1;
  if (index >= sentenceEnd || !AGE_DIGITS.test(tokens[index].norm)) return undefined;
  const value = Number(tokens[index].norm);
  const years = words.yearsOld.has(tokens[index + 1]?.norm ?? '');
  // "aged" says it is an age on its own; "de" only with the word for years after the age ("de 58 años").
  if (opened && !years && words.yearsOld.size > 0) return undefined;
  const last = years ? index + 1 : index;
  const next = tokens[last + 1]?.norm;
  const closed = open === '(' ? next === ')' : last + 1 >= sentenceEnd || AFTER_AGE.has(next ?? '');
  const listed = next === ',' && /^\d/.test(tokens[last + 2]?.norm ?? '');
  return closed && !listed && plausible(value) ? { index, value } : undefined;
}

/** "New Bedford man": a name used to describe the person named by the noun after it. */
function describesNext(token: Token | undefined): boolean {
  return token !== undefined && (PEOPLE_NOUNS.has(token.norm) || ROLE_NOUNS.has(token.norm));
}

/** Pattern 2: ", a 33-year-old actress," — the age within the first words of an appositive. */
function appositiveAge(tokens: readonly Token[], end: number, sentenceEnd: number): FoundAge | undefined {
  if (tokens[end]?.norm !== ',' || !['a', 'an', 'the'].includes(tokens[end + 1]?.norm ?? '')) return undefined;
  for (let index = end + 2; index < Math.min(sentenceEnd, end + 3 + MAX_DESCRIBING); index++) {
    const age = yearOld(tokens[index]);
    if (age !== undefined) return { index, value: age };
    if (tokens[index].punct || NOT_DESCRIBING.has(tokens[index].norm)) return undefined;
  }
  return undefined;
}

/** Pattern 3: "the 54-year-old (retired engineer) Keldren", looking back from the name or its title. */
function ageBefore(tokens: readonly Token[], start: number, sentenceStart: number): FoundAge | undefined {
  for (let index = start - 1; index >= Math.max(sentenceStart, start - 1 - MAX_DESCRIBING); index--) {
    const age = yearOld(tokens[index]);
    if (age !== undefined) return { index, value: age };
    if (tokens[index].punct || NOT_DESCRIBING.has(tokens[index].norm) || (index === start - 1 && VERB_BEFORE_NAME.test(tokens[index].norm))) return undefined;
  }
  return undefined;
}

function yearOld(token: Token): number | undefined {
  const match = YEAR_OLD.exec(token.norm);
  return match && plausible(Number(match[1])) ? Number(match[1]) : undefined;
}

/** The first token of the name or of the title before it ("Fire Chief Rowan Tesh"). */
function firstToken(tokens: readonly Token[], nameStart: number, title: Span | undefined): number {
  let index = nameStart;
  if (title) while (index > 0 && tokens[index - 1].start >= title.start) index--;
  return index;
}

/**
 * "A 67-year-old man died when …": the age of someone the article does not
 * name, before a noun for a person; which person is told by the sentence
 * (`countContext`, `byContext`), as for a count with no event.
 */
function unnamedAges(article: SegmentedArticle, named: ReadonlySet<number>): FactClaim[] {
  const claims: FactClaim[] = [];
  const { tokens } = article;
  for (let index = 0; index < tokens.length; index++) {
    const isPerson = (token: Token | undefined) => token !== undefined && (PEOPLE_NOUNS.has(token.norm) || ROLE_NOUNS.has(token.norm));
    const decade = isPerson(tokens[index]) ? decadeAt(tokens, tokens[index + 1]?.norm === ',' ? index + 2 : index + 1, tokens.length) : undefined;
    const value = decade?.value ?? yearOld(tokens[index]);
    if (value === undefined || (!decade && named.has(tokens[index].start))) continue;
    const noun = decade ? tokens[index] : [tokens[index + 1], tokens[index + 2]].find(isPerson);
    if (!noun) continue;
    const span = decade ? { start: noun.start, end: tokens[decade.index].end } : { start: tokens[index].start, end: noun.end };
    claims.push({ key: `age:${noun.norm}`, label: `age of the ${noun.norm}`, value, ...(decade ? { qualifier: 'range' as const, upper: decade.upper } : { qualifier: 'exact' as const }), context: countContext(article, span), article: article.id, span, ...claimTime(article, span), settled: true });
  }
  return claims;
}

/**
 * The ages of a story's articles as claims about the story's people: the
 * key names the person across articles (`age:person:tomas-keldren`), so an
 * article that writes "Keldren, 54" and one that writes "Tomas Keldren, 55"
 * are compared, and so are the ages of one person the sources spell
 * differently ("Ruth Abernethy, 63" / "Ruth Abernathy, 65": `spellingVariants`),
 * under the most mentioned spelling (`variants`, when the caller has them). An age before a noun for a person no
 * name goes with ("a 67-year-old man") is keyed by the noun and told apart
 * by its sentence (`unnamedAges`).
 */
export function ageClaims(articles: readonly SegmentedArticle[], perArticle: readonly ArticleEntities[], entities: readonly Entity[], variants: readonly SpellingVariant[] = spellingVariants(entities)): FactClaim[] {
  const spelledAs = new Map<string, { key: string; name: string }>();
  for (const { spellings } of variants) for (const spelling of spellings) spelledAs.set(spelling.entity, { key: spellings[0].entity, name: spellings[0].name });
  const byMention = new Map<string, { key: string; name: string }>();
  for (const entity of entities) {
    if (entity.type === 'person') for (const mention of entity.mentions) byMention.set(`${mention.article}\u0000${mention.span.start}`, spelledAs.get(entity.key) ?? entity);
  }
  return articles.flatMap((article, index) => {
    const claims = new Map<string, FactClaim>();
    const found = findAgeFacts(article, perArticle[index]);
    for (const fact of found) {
      const person = byMention.get(`${article.id}\u0000${fact.name.start}`);
      if (!person || claims.has(`age:${person.key}`)) continue;
      const key = `age:${person.key}`;
      claims.set(key, { key, label: `age of ${person.name}`, value: fact.value, ...(fact.upper !== undefined ? { qualifier: 'range' as const, upper: fact.upper } : { qualifier: 'exact' as const }), article: article.id, span: fact.span, ...claimTime(article, fact.span), settled: true });
    }
    return [...claims.values(), ...unnamedAges(article, new Set(found.map((fact) => fact.valueSpan.start)))];
  });
}
