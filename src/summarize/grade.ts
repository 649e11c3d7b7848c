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
import type { Token } from '../article.js';
import { named, type ClaimMarks, type Name } from './agreement.js';
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

/** What a summary sentence says that a cited sentence must hold to state it whole, read once per summary sentence. */
export interface ClaimDetails {
  /** Its names outside the attribution, each one detail. */
  names: readonly Name[];
  /** Its other content stems outside names and the attribution, each one detail. */
  stems: ReadonlySet<string>;
  /** Whether it says what is to happen rather than what happened (`ClaimMarks.prospective`); unset when not read in English. */
  prospective?: boolean;
}

/** Verbs that attribute a claim to whoever is named just before them ("…, the county council said"; "Emergency crews said …"). */
const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added']);
/** Words a speaker takes at most ("a spokeswoman for the ministry"): a longer run before "said" is a claim, not who made it. */
const SPEAKER_WORDS = 5;

/**
 * The tokens that say who makes a claim, not what it is: the run of words
 * before an attribution verb from the sentence's start or a punctuation mark
 * (at most `SPEAKER_WORDS`), and "according to" with the words after it up to
 * a punctuation mark. The annotation rules of `bench:citations` count a
 * sentence leaving the attribution out as stating the claim.
 */
function attributionTokens(tokens: readonly Token[]): Set<Token> {
  const attribution = new Set<Token>();
  tokens.forEach((token, index) => {
    if (ATTRIBUTION_VERBS.has(token.norm)) {
      let start = index;
      while (start > 0 && !tokens[start - 1].punct && index - start < SPEAKER_WORDS) start--;
      if (start > 0 && !tokens[start - 1].punct) return;
      for (let i = start; i <= index; i++) attribution.add(tokens[i]);
    } else if (token.norm === 'according' && tokens[index + 1]?.norm === 'to') {
      for (let i = index; i < tokens.length && !tokens[i].punct && i - index < SPEAKER_WORDS + 2; i++) attribution.add(tokens[i]);
    }
  });
  return attribution;
}

/** The details of the claim `tokens` make (`marks` their claim marks): names and content stems outside the attribution, in English; every content stem otherwise. */
export function claimDetails(tokens: readonly Token[], marks: ClaimMarks): ClaimDetails {
  const attribution = marks.english ? attributionTokens(tokens) : new Set<Token>();
  const attributed = new Set<string>();
  const inNames = new Set<string>();
  for (const name of marks.names) for (const word of name.words) inNames.add(porterStem(word));
  const stems = new Set<string>();
  for (const token of tokens) {
    if (token.punct || token.stop) continue;
    if (attribution.has(token)) attributed.add(token.stem);
    else if (!inNames.has(token.stem)) stems.add(token.stem);
  }
  const names = marks.names.filter((name) => !name.words.every((word) => attributed.has(porterStem(word))));
  return { names, stems, prospective: marks.english ? marks.prospective : undefined };
}

/** How many details of a summary sentence `cited` lacks: names it does not hold (`named`), and other content stems it does not hold. */
export function missingDetails(summary: ClaimDetails, cited: GradedWords): number {
  let missing = 0;
  for (const name of summary.names) if (!named(name, cited.marks)) missing++;
  for (const stem of summary.stems) if (!cited.stems.has(stem)) missing++;
  return missing;
}

/**
 * `partly` when the cited sentence lacks `PARTLY_MISSING_DETAILS` details, or
 * when it tells what happened for a summary sentence telling what is to happen
 * ("Investigators began examining the site" for "Investigators were expected at
 * the site") or the other way round ("Crossings will resume" for "Crossings
 * resumed"): another tense of the event is more than one detail.
 */
export function citationGrade(summary: ClaimDetails, cited: GradedWords): CitationGrade {
  if (otherTense(summary, cited.marks)) return 'partly';
  return missingDetails(summary, cited) >= PARTLY_MISSING_DETAILS ? 'partly' : 'states';
}

/**
 * The summary sentence says what is to happen and the cited one nothing of
 * the kind, or the cited one says that of a word of the summary sentence's
 * claim ("will resume" for "resumed") that the summary sentence tells as done;
 * its other clauses may look ahead ("…, and will dispatch envoys").
 */
function otherTense(summary: ClaimDetails, cited: ClaimMarks): boolean {
  if (summary.prospective === undefined || !cited.english) return false;
  if (summary.prospective) return !cited.prospective;
  for (const stem of cited.prospectiveStems) if (summary.stems.has(stem)) return true;
  return false;
}

/** A cut sentence whose kept words make no claim: fewer than `FRAGMENT_CLAIM_WORDS` content words outside its names and attribution. */
export function isFragment(kept: ClaimDetails): boolean {
  return kept.stems.size < FRAGMENT_CLAIM_WORDS;
}
