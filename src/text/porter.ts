/**
 * The Porter (1980) suffix-stripping stemmer exactly as bundled in
 * ROUGE-1.5.5 (`sub stem` at the end of ROUGE-1.5.5.pl, Martin Porter's Perl
 * "Release 1" with one change by Chin-Yew Lin, 02/14/2004): in step 4 a word
 * ending in `-ement` no longer competes with `-ment` and `-ent` in one
 * longest-match rule; instead `-ment` and then `-ent` (or `-sion`/`-tion`)
 * are tried again, one after the other, on what is left. So
 * `porterStem('governmental') === 'govern'` where the textbook algorithm
 * gives `government`.
 *
 * Words are expected in lower case; words shorter than 3 characters come back
 * unchanged. ROUGE itself only stems tokens longer than 3 characters; that
 * rule lives in `src/rouge`, not here.
 */

const consonant = '[^aeiou]';
const vowel = '[aeiouy]';
const consonants = `${consonant}[^aeiouy]*`;
const vowels = `${vowel}[aeiou]*`;

/** [C]VC... : measure m > 0. */
const measureAbove0 = new RegExp(`^(${consonants})?${vowels}${consonants}`);
/** [C]VC[V] : measure m = 1. */
const measureIs1 = new RegExp(`^(${consonants})?${vowels}${consonants}(${vowels})?$`);
/** [C]VCVC... : measure m > 1. */
const measureAbove1 = new RegExp(`^(${consonants})?${vowels}${consonants}${vowels}${consonants}`);
/** The stem contains a vowel. */
const hasVowel = new RegExp(`^(${consonants})?${vowel}`);
/** Consonant-vowel-consonant where the last consonant is not w, x or y (the `*o` condition). */
const endsCvc = new RegExp(`^${consonants}${vowel}[^aeiouwxy]$`);

const step2Suffixes: Readonly<Record<string, string>> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble',
  alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate',
  ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al',
  iviti: 'ive', biliti: 'ble', logi: 'log',
};
const step2Pattern = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;

const step3Suffixes: Readonly<Record<string, string>> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const step3Pattern = /(icate|ative|alize|iciti|ical|ful|ness)$/;

const step4Pattern = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Replaces the suffix matched by `pattern` when the stem before it matches `condition`. */
function replaceSuffix(word: string, pattern: RegExp, condition: RegExp, replacement: (suffix: string) => string): string {
  const match = pattern.exec(word);
  if (match === null) return word;
  const stem = word.slice(0, match.index);
  return condition.test(stem) ? stem + replacement(match[0]) : word;
}

function step1a(word: string): string {
  const plural = /(ss|i)es$/.exec(word);
  if (plural !== null) return word.slice(0, plural.index) + plural[1];
  const singularS = /([^s])s$/.exec(word);
  if (singularS !== null) return word.slice(0, singularS.index) + singularS[1];
  return word;
}

function step1b(word: string): string {
  if (word.endsWith('eed')) {
    return measureAbove0.test(word.slice(0, -3)) ? word.slice(0, -1) : word;
  }
  const inflection = /(ed|ing)$/.exec(word);
  if (inflection === null) return word;
  const stem = word.slice(0, inflection.index);
  if (!hasVowel.test(stem)) return word;
  if (/(at|bl|iz)$/.test(stem)) return `${stem}e`;
  if (/([^aeiouylsz])\1$/.test(stem)) return stem.slice(0, -1);
  if (endsCvc.test(stem)) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  if (!word.endsWith('y')) return word;
  const stem = word.slice(0, -1);
  return hasVowel.test(stem) ? `${stem}i` : word;
}

function step2(word: string): string {
  return replaceSuffix(word, step2Pattern, measureAbove0, (suffix) => step2Suffixes[suffix]);
}

function step3(word: string): string {
  return replaceSuffix(word, step3Pattern, measureAbove0, (suffix) => step3Suffixes[suffix]);
}

/** Step 4 with ROUGE's change: three rules applied in sequence, each to the previous result. */
function step4(word: string): string {
  const afterList = replaceSuffix(word, step4Pattern, measureAbove1, () => '');
  const afterMent = replaceSuffix(afterList, /ment$/, measureAbove1, () => '');
  if (afterMent.endsWith('ent')) return replaceSuffix(afterMent, /ent$/, measureAbove1, () => '');
  return replaceSuffix(afterMent, /(?<=[st])ion$/, measureAbove1, () => '');
}

function step5(word: string): string {
  let result = word;
  if (result.endsWith('e')) {
    const stem = result.slice(0, -1);
    if (measureAbove1.test(stem) || (measureIs1.test(stem) && !endsCvc.test(stem))) result = stem;
  }
  if (result.endsWith('ll') && measureAbove1.test(result)) result = result.slice(0, -1);
  return result;
}

/** Porter stem of a lower-case word, as ROUGE-1.5.5 computes it. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  // An initial y is a consonant: upper-case it so no pattern treats it as a vowel.
  const initialY = word[0] === 'y';
  const marked = initialY ? `Y${word.slice(1)}` : word;
  const stemmed = step5(step4(step3(step2(step1c(step1b(step1a(marked)))))));
  return initialY ? `y${stemmed.slice(1)}` : stemmed;
}
