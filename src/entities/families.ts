/**
 * Surnames two people or more bear: a family's, which a relative named by a
 * given name alone ("his oldest brother Paul") may belong to. Each person is
 * given as the words of a name; names of one word have no surname.
 */
export function familySurnames(people: Iterable<readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const families = new Set<string>();
  for (const words of people) {
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    if (seen.has(surname)) families.add(surname);
    seen.add(surname);
  }
  return families;
}
