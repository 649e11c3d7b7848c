/**
 * How names of people are compared: the words that identify a name
 * (`nameWords`), and the marks that tell two alike names apart as two people
 * (`namesDiffer`: middle initials, generational suffixes, initials against a
 * spelled-out given name).
 */
import { GENERATIONAL_SUFFIXES, NICKNAMES } from './lexicon.js';

/** Lower-cased words of a name that identify it, accents left out: no initials, no "al-" particle. */
const NAME_WORDS = new Map<string, string[]>();

export function nameWords(form: string): string[] {
  let words = NAME_WORDS.get(form);
  if (!words) {
    words = splitName(form);
    if (NAME_WORDS.size > 50_000) NAME_WORDS.clear();
    NAME_WORDS.set(form, words);
  }
  return words;
}

/**
 * The words a name is compared by: lower case without accents ("Étienne" and
 * "Etienne" are one spelling, as `spellingVariants` folds them), no
 * initials, particles or generational suffix, a short given name as its
 * formal one ("Bob" → "robert").
 */
function splitName(form: string): string[] {
  const words = form
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:al|el)[- ]/g, '')
    .split(/\s+/)
    .filter((word) => word && !/^\p{L}\.(?:\p{L}\.)*$/u.test(word) && !['of', 'de', 'bin', 'ibn', 'van', 'von'].includes(word) && !GENERATIONAL_SUFFIXES.has(word));
  return words.length >= 2 && NICKNAMES.has(words[0]) ? [NICKNAMES.get(words[0])!, ...words.slice(1)] : words;
}

export const contains = (outer: readonly string[], inner: readonly string[]): boolean => inner.length > 0 && inner.every((word) => outer.includes(word));

/**
 * Two names that nameWords cannot tell apart but that name two people: both
 * give middle initials and they differ ("George W. Bush", "George H.W.
 * Bush"), both give generational suffixes and they differ ("Ike LaRue III",
 * "Ike Parsons LaRue Sr."), or a son's "Jr." meets a full name without one
 * ("Mark Felt Jr.", "W. Mark Felt"), or initials alone before the surname
 * differ from the other's given name (`initialsDiffer`). A surname alone ("Comeaux"), a
 * father's "Sr." ("W. Mark Felt Sr.") or a "II" against no suffix ("John Paul
 * II", "John Paul") name one person.
 */
export function namesDiffer(a: string, b: string): boolean {
  const marks = (form: string): { initials: string; suffix: string } => {
    const words = form.split(/\s+/);
    const suffix = GENERATIONAL_SUFFIXES.has(words[words.length - 1].toLowerCase()) ? words.pop()!.toLowerCase().replace(/\.$/, '') : '';
    const initials = words.slice(1, -1).filter((word) => /^(?:\p{L}\.)+$/u.test(word)).join('');
    return { initials, suffix };
  };
  const [x, y] = [marks(a), marks(b)];
  const fullName = (form: string): boolean => nameWords(form).length >= 2;
  const suffixesDiffer = x.suffix !== '' && y.suffix !== '' ? x.suffix !== y.suffix : (x.suffix === 'jr' && fullName(b)) || (y.suffix === 'jr' && fullName(a));
  return (x.initials !== '' && y.initials !== '' && x.initials !== y.initials) || suffixesDiffer || initialsDiffer(a, b) || initialsDiffer(b, a);
}

/** "T.J. DiLeo" and "Tony DiLeo", "R. Hale" and "Tomas Hale": initials alone before a surname that are two or another given name's first letter name another person ("J. Hale" may be "John Hale"). */
function initialsDiffer(initialed: string, spelled: string): boolean {
  const words = initialed.split(/\s+/);
  const initials = words.length === 2 && /^(?:\p{L}\.)+$/u.test(words[0]) ? words[0].replace(/\./g, '').toLowerCase() : '';
  const given = spelled.split(/\s+/)[0].toLowerCase();
  if (initials === '' || spelled.split(/\s+/).length < 2 || !/^\p{L}{2,}$/u.test(given)) return false;
  return initials.length >= 2 || initials !== given[0];
}

/** Whether a group's member forms name another person than `form` (`namesDiffer`), each distinct form asked once. */
export function someFormDiffers(forms: ReadonlySet<string>, form: string): boolean {
  for (const member of forms) if (namesDiffer(member, form)) return true;
  return false;
}
