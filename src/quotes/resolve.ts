/**
 * From a speaker phrase to a speaker: a name becomes the fullest name the
 * article gives ("Tillerson" → "Rex Tillerson"); a pronoun whom it stands
 * for (antecedents.ts); a role ("the Kremlin spokesman", "the mayor") the
 * person the article describes so; a document ("the statement") whoever
 * issued it, named after "by" ("a statement issued by Harlow Council") or
 * before; "X of <name>" is X ("the mayor of Brenmouth" the mayor, "the health
 * service of Eastmarch" as written); "its lawyers", "its spokesman" the
 * organisation "it" stands for. Anything else stays the description as
 * written ("a launch controller").
 */
import type { Span } from '../article.js';
import type { NameMention } from '../entities/index.js';
import { PLURAL_ROLE_NOUNS, ROLE_NOUNS } from '../entities/lexicon.js';
import { isPluralAcronym, tokenText } from '../entities/tokens.js';
import { DOCUMENT_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS } from './cues.js';
import { DETERMINERS, entityType, issuerOf, lastSpeaker, nearestOrganisation, resolvePronoun } from './antecedents.js';
import { ORGANISATION_ROLE_NOUNS } from '../entities/roles.js';
import { norm, type QuoteContext, type Resolved } from './context.js';
import { familySpeaker, pairSpeaker } from './groups.js';
import { descriptionHeadEnd, GROUP_NOUNS, isDescriptionHead, isRoleNoun } from './descriptions.js';
import { issuerIn, withoutTrailingTime } from './phrase-after.js';
import { isSilent, prepositionBefore, type Range } from './phrases.js';

/** "a spokesman", "one official": someone new, not a person named before. */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many']);
/** Role words that stand for one another when a description names a leader. */
const ROLE_SYNONYMS: Record<string, readonly string[]> = {
  leader: ['leader', 'president', 'premier', 'prime', 'chancellor', 'king', 'head', 'chief'],
  head: ['head', 'director', 'chief', 'leader', 'chairman', 'chair'],
  chief: ['chief', 'head', 'director', 'commander'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
};

export function resolvePhrase(context: QuoteContext, phrase: Range, position: number): Resolved | undefined {
  const { article, entities } = context;
  // "a statement issued by Harlow Council": who issued it.
  const issuer = issuerIn(context, phrase, phrase.end);
  if (issuer) return resolvePhrase(context, issuer, position);
  const range = withoutTrailingTime(context, phrase);
  const span: Span = { start: article.tokens[range.start].start, end: article.tokens[range.end - 1].end };
  const pair = pairSpeaker(context, range);
  if (pair) return pair;
  const inRange: Array<NameMention & { entity?: number }> = [];
  for (let index = range.start; index < range.end; index++) {
    const mention = context.mentionOf[index];
    if (mention && !inRange.includes(mention)) inRange.push(mention);
  }
  const rank = (type: string): number => (type === 'person' ? 0 : type === 'organisation' ? 1 : isSilent(type) ? 2 : 3);
  const named = inRange.filter((mention) => mention.type !== 'role').sort((a, b) => rank(entityType(context, a)) - rank(entityType(context, b)))[0];
  const headWord = norm(context, range.end - 1);
  const describes = isDescriptionHead(headWord) || DOCUMENT_NOUNS.has(headWord) || isPluralAcronym(tokenText(article, range.end - 1));
  const of = named && named.tokenEnd === range.end ? descriptionHeadEnd(context, named, range.start, entityType(context, named) === 'place') : undefined;
  if (of !== undefined) {
    const head = resolvePhrase(context, { start: range.start, end: of }, position);
    if (head) return head.entity === undefined ? { ...head, name: article.text.slice(span.start, span.end), span } : head;
  }
  const source = sourceOwner(context, range, position);
  if (source) return source;
  const owner = named !== undefined && named.possessive === true && named.tokenEnd < range.end && describes;
  const located = named !== undefined && isSilent(entityType(context, named)) && (locatesARole(context, range.start, named.tokenStart) || prepositionBefore(context, named, range.start) !== undefined);
  // "the Fair Trade Watch campaign group", "the Kestrel Foods board": a body named before words for its kind is the body.
  const bodyOfItsKind = named !== undefined && !named.possessive && entityType(context, named) === 'organisation' && named.tokenEnd < range.end && !isRoleNoun(headWord);
  if (named && !owner && !located && (entityType(context, named) === 'person' || !describes || bodyOfItsKind || onlyArticleBefore(context, named, range))) {
    const family = entityType(context, named) === 'person' ? familySpeaker(context, named, position) : undefined;
    if (family) return family;
    if (named.entity === undefined) return { name: named.form, span: named.span };
    return { name: entities.entities[named.entity].name, span: named.span, entity: named.entity };
  }
  if (range.end - range.start === 1) {
    const word = SUBJECT_FORMS[norm(context, range.start)] ?? norm(context, range.start);
    const resolved = resolvePronoun(context, word, position, resolvePhrase);
    if (resolved) return { ...resolved, span };
    if (PERSON_PRONOUNS.has(word) || THING_PRONOUNS.has(word) || PLURAL_PRONOUNS.has(word)) return undefined;
    // The writer's own "I" in narration ("I confirmed yesterday that…") names nobody the article names.
    if (word === 'i' && context.quoted[range.start] === 0) return undefined;
  }
  const description = article.text.slice(span.start, span.end);
  const words = [];
  for (let index = range.start; index < range.end; index++) words.push(norm(context, index).replace(/'s?$/, ''));
  const content = words.filter((word) => !DETERMINERS.has(word));
  const head = content[content.length - 1] ?? '';
  const plural = PLURAL_ROLE_NOUNS.has(head) || (GROUP_NOUNS.has(head) && /s$/.test(head)) || (/s$/.test(head) && ROLE_NOUNS.has(head.slice(0, -1)));
  if (INDEFINITE.has(words[0])) return { name: description, span, ...(plural ? { plural: true } : {}) };
  // "Its lawyers told the inquiry…": those who speak for a body, owned by "its", speak as the body "it" stands for.
  if (words[0] === 'its' && content.length === 1 && (ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, '')) || PLURAL_ROLE_NOUNS.has(head))) {
    const body = nearestOrganisation(context, range.start);
    if (body) return { ...body, span };
  }
  if (DOCUMENT_NOUNS.has(head)) {
    const issuer = issuerOf(context, position) ?? lastSpeaker(context, position) ?? (words[0] === 'the' ? nearestOrganisation(context, range.start) : undefined);
    // The speaker's span is where this attribution names them ("according to the statement"), as for a pronoun.
    return issuer ? { ...issuer, span } : { name: description, span };
  }
  if (!plural && ROLE_NOUNS.has(head)) return describedPerson(context, content, position, span) ?? { name: description, span };
  if (ORGANISATION_ROLE_NOUNS.has(head) || head === 'cabinet' || head === 'government' || (BODY_NOUNS.has(head) && named === undefined)) {
    // "the company", "the operator" with no body named so: the organisation spoken of nearest before ("Corrie Coaches has scrapped … The company said").
    const generic = words[0] === 'the' && content.length === 1 && GENERIC_BODY_NOUNS.has(head) ? nearestOrganisation(context, range.start, (name) => isOfKind(name, head)) : undefined;
    return describedOrganisation(context, head, position, span) ?? (generic && { ...generic, span }) ?? { name: description, span };
  }
  return { name: description, span, ...(plural ? { plural: true } : {}) };
}

/** "the Velmar Courier reported": an organisation's name ending the phrase after nothing but "the" is the organisation, named without its "the". */
function onlyArticleBefore(context: QuoteContext, named: NameMention, range: Range): boolean {
  return entityType(context, named) === 'organisation' && named.tokenEnd === range.end && named.tokenStart === range.start + 1 && norm(context, range.start) === 'the';
}

/** Words for a body besides `ORGANISATION_ROLE_NOUNS` that, written with no name ("the council"), stand for the body the article names so (Harwick Borough Council); "State Department" is its own name. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['council', 'committee', 'commission', 'authority', 'department']);

/** Words for any company or office that "the …" uses for the one the article just named, whatever its name (`the company` for Corrie Coaches). */
const GENERIC_BODY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'operator', 'business', 'department', 'ministry', 'agency', 'group']);

/** Words of a body's name that tell its kind, each with the generic nouns that may stand for a body so named ("the firm" for Kestrel Foods Company, not "the ministry"). */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  company: ['company', 'firm', 'business', 'operator', 'group'],
  corporation: ['company', 'firm', 'business', 'operator', 'group'],
  group: ['company', 'firm', 'business', 'operator', 'group'],
  ministry: ['ministry', 'department'],
  department: ['department', 'ministry', 'agency'],
  agency: ['agency', 'department'],
};

/** Whether a generic body noun may stand for the organisation named `name`: its name tells no kind, or one the noun fits. */
function isOfKind(name: string, noun: string): boolean {
  const kinds = name.toLowerCase().split(/[^\p{L}]+/u).filter((word) => KIND_WORDS[word] !== undefined);
  return kinds.length === 0 || kinds.some((kind) => KIND_WORDS[kind].includes(noun));
}

/** What a body counts or writes, which speaks for it: "the council's own figures", "Velmar Telecom's latest report". */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, 'figures', 'data', 'statistics', 'records', 'estimates', 'accounts', 'survey', 'analysis', 'calculations']);
/** Words between an owner and its source: "own", "latest", "annual"… */
const SOURCE_MODIFIERS: ReadonlySet<string> = new Set(['own', 'latest', 'last', 'new', 'annual', 'official', 'internal', 'published', 'quarterly', 'monthly', 'provisional']);

/**
 * "According to the council's own figures": the owner a possessive names
 * before a source noun, when it resolves to an entity of the article (the
 * council is Harwick Borough Council); else undefined.
 */
function sourceOwner(context: QuoteContext, range: Range, position: number): Resolved | undefined {
  const head = norm(context, range.end - 1);
  if (!SOURCE_NOUNS.has(head)) return undefined;
  let possessive = range.end - 2;
  while (possessive > range.start && SOURCE_MODIFIERS.has(norm(context, possessive))) possessive--;
  if (possessive <= range.start - 1 || !/'s$/.test(norm(context, possessive))) return undefined;
  const owner = resolvePhrase(context, { start: range.start, end: possessive + 1 }, position);
  return owner?.entity !== undefined && !isSilent(entityType(context, { entity: owner.entity, type: 'unknown' })) ? owner : undefined;
}

/** "Police in northeastern Velmar's Tarvik province", "doctors at Brenmouth hospitals", "the bakers' union at the factory in Ormsley": a role, group or body noun before "in" or "at" in `[start, end)` puts the place named after it around the speaker, who is the role. */
function locatesARole(context: QuoteContext, start: number, end: number): boolean {
  for (let index = start + 1; index < end; index++) if ((norm(context, index) === 'in' || norm(context, index) === 'at') && isDescriptionHead(norm(context, index - 1))) return true;
  return false;
}

/** Object pronouns read as their subjects where they name a speaker: "his office quoted him as saying" (he). */
const SUBJECT_FORMS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };


/** "the Kremlin spokesman" → the person whose titles say "Kremlin spokesman", named last before. */
function describedPerson(context: QuoteContext, words: readonly string[], position: number, span: Span): Resolved | undefined {
  const head = words[words.length - 1];
  const heads = ROLE_SYNONYMS[head] ?? ROLE_SYNONYMS[head.replace(/(?:man|woman)$/, 'person')] ?? [head];
  const modifiers = words.slice(0, -1).filter((word) => /\p{L}{2,}/u.test(word));
  const candidates = context.entities.entities
    .map((entity, index) => ({ entity, index }))
    .filter(({ entity }) => entity.type === 'person' && entity.roles.some((role) => {
      const roleWords = role.split(/[^\p{L}\p{N}-]+/u);
      return heads.some((word) => roleWords.includes(word)) && modifiers.every((word) => roleWords.some((other) => other.startsWith(word)));
    }));
  return closest(context, candidates.map(({ index }) => index), position, span);
}

/** "the company", "the agency", "the Cabinet": the organisation named or described so, named last before. */
function describedOrganisation(context: QuoteContext, head: string, position: number, span: Span): Resolved | undefined {
  const heads = ['newspaper', 'daily', 'paper'].includes(head) ? ['newspaper', 'daily', 'paper'] : [head];
  const candidates = context.entities.entities
    .map((entity, index) => ({ entity, index }))
    .filter(({ entity }) => entity.type === 'organisation' && heads.some((word) => entity.name.toLowerCase().split(/\s+/).includes(word) || entity.roles.some((role) => role.split(/\s+/).includes(word))));
  return closest(context, candidates.map(({ index }) => index), position, span);
}

function closest(context: QuoteContext, candidates: readonly number[], position: number, span: Span): Resolved | undefined {
  if (candidates.length === 0) return undefined;
  const before = context.entities.mentions.filter((mention) => mention.entity !== undefined && candidates.includes(mention.entity) && mention.tokenStart < position);
  const chosen = before.length > 0 ? before[before.length - 1].entity! : candidates.length === 1 ? candidates[0] : undefined;
  return chosen === undefined ? undefined : { name: context.entities.entities[chosen].name, span, entity: chosen };
}
