/**
 * How much of a summary sentence a cited sentence states. A citation that
 * passes `CitationIndex.cite`'s tests may still leave out what the summary
 * sentence adds: "Pinochet was arrested in London on Oct. 16 at the
 * instigation of Spanish magistrate Baltasar Garzon" cites "He was arrested
 * Oct. 16 at the instigation of a Spanish magistrate". The grade says so from
 * what the cited sentence lacks: each name of the summary sentence none of
 * whose words it holds (one detail however many words the name has), and each
 * other content word (numbers, days, the action, what it is done to) it does
 * not hold by stem.
 */
import { named, type ClaimMarks } from './agreement.js';
import { porterStem } from '../text/porter.js';

/**
 * `states`: the cited sentence makes the summary sentence's whole claim (its
 * words may differ by one detail); `partly`: it makes part of it, with less
 * detail.
 */
export type CitationGrade = 'states' | 'partly';

/** A cited sentence lacking this many of the summary sentence's details states it only in part (set on the dev split of `bench:citations`). */
export const PARTLY_MISSING_DETAILS = 2;

/**
 * A sentence cut at the end of the budget keeping fewer content words than
 * this besides names ("Russian President", "House Speaker Newt Gingrich and
 * Erskine Bowles, the president's") makes no claim another article could
 * state: it cites its own source only (set on the dev split of `bench:citations`).
 */
export const FRAGMENT_CLAIM_WORDS = 3;

/** The content stems and claim marks of one sentence (or of the words a summary keeps of it). */
export interface GradedWords {
  stems: ReadonlySet<string>;
  marks: ClaimMarks;
}

/** The stems of the words of a sentence's names. */
function nameStems(marks: ClaimMarks): Set<string> {
  const stems = new Set<string>();
  for (const name of marks.names) for (const word of name.words) stems.add(porterStem(word));
  return stems;
}

/** How many details of `summary` `cited` lacks: names none of whose words it holds, and other content stems it does not hold. */
export function missingDetails(summary: GradedWords, cited: GradedWords): number {
  let missing = 0;
  for (const name of summary.marks.names) if (!named(name, cited.marks.words)) missing++;
  const inNames = nameStems(summary.marks);
  for (const stem of summary.stems) if (!inNames.has(stem) && !cited.stems.has(stem)) missing++;
  return missing;
}

export function citationGrade(summary: GradedWords, cited: GradedWords): CitationGrade {
  return missingDetails(summary, cited) >= PARTLY_MISSING_DETAILS ? 'partly' : 'states';
}

/** A cut sentence whose kept words make no claim: fewer than `FRAGMENT_CLAIM_WORDS` content words outside its names. */
export function isFragment(kept: GradedWords): boolean {
  const inNames = nameStems(kept.marks);
  let words = 0;
  for (const stem of kept.stems) if (!inNames.has(stem)) words++;
  return words < FRAGMENT_CLAIM_WORDS;
}
