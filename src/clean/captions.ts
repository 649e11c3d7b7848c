/**
 * `credit`: photo and agency credit lines ("TRT World and Agencies",
 * "Photo: Elias Brandt / Agencies", "AP Photo/Jane Doe", "Getty Images",
 * "Image: Francis Tyers.", "Foto: Markus Feld/NDA", "Photo d'illustration :
 * Marc Aubert", "© APC / Julien Roche"). `caption`: a photo caption, known by coming just
 * before a credit line (one sentence at most, without "said" and the like),
 * or by appearing more than once without a final period (seed 000 prints its
 * caption twice), or by ending on its credit in brackets.
 */
import type { Message, Span } from '../article.js';
import { comparable, comparableHash, endsLikeSentence, HASHED_LENGTH, paragraphsOf, paragraphWords, removal, type CleanContext, type Paragraph, type Pass } from './pass.js';

const MAX_CREDIT_WORDS = 12;
const MAX_CAPTION_WORDS = 40;
/** A repeated line without a final period shorter than this is a heading, not a caption. */
const MIN_REPEATED_CAPTION_WORDS = 5;

const AGENCY = String.raw`(?:AP|AFP|EPA|Reuters|Getty(?: Images)?|AAP|PA(?: Media)?|Anadolu(?: Agency)?|Xinhua|Shutterstock|Bloomberg|TASS|Sputnik|Agencies|Alamy)`;
/** Credits that name a photographer or say "photo": the line before them is a caption. */
const PHOTO_CREDITS: readonly RegExp[] = [
  /^(?:photo(?:graph)?s?|image|picture|video|credit|illustration|graphic|footage|foto|bild|crédit(?:\s+photo)?|photo\s+d['’]illustration)(?:\s+credit)?\s*[:：]\s*\S/iu,
  /^©\s*\S[^©]{0,60}\/\s*\S/u,
  /^(?:photo|image|picture)s?\s+(?:by|courtesy(?:\s+of)?)\s+\S/i,
  new RegExp(String.raw`^[\p{Lu}][\p{L}.' -]{1,50}\s*\/\s*${AGENCY}(?:\s+(?:Photo|Images))?\.?$`, 'iu'),
  new RegExp(String.raw`^\(?${AGENCY}\s+(?:Photo|Images|Pictures|Video)(?:\s*\/\s*[^/]{1,60})?\)?\.?$`, 'i'),
];
/** Credits that only name an agency ("Reuters", "TRT World and Agencies"). */
const AGENCY_CREDITS: readonly RegExp[] = [
  /^(?:[\p{L}.&' -]+\s+(?:and|&)\s+)?agencies\.?$/iu,
  new RegExp(String.raw`^\(?${AGENCY}\)?\.?$`, 'i'),
  /^source\s*:\s*\S/i,
];

/** A caption that ends on its credit: "Streikende vor dem Betriebshof (Foto: Stadtbote/Köhler)", "… mercredi. (Photo Marzac Hebdo)". */
const CREDIT_AT_END = /\s\((?:photos?|foto|bild|crédit\s+photo)(?:\s*[:/]\s*|\s+)[^()]{1,60}\)\.?$/iu;

type Credit = 'photo' | 'agency' | undefined;

export function creditKind(paragraph: Paragraph, context: CleanContext): Credit {
  if (paragraphWords(paragraph, MAX_CREDIT_WORDS, context) > MAX_CREDIT_WORDS) return undefined;
  const { text } = paragraph;
  if (PHOTO_CREDITS.some((pattern) => pattern.test(text))) return 'photo';
  if (AGENCY_CREDITS.some((pattern) => pattern.test(text))) return 'agency';
  return undefined;
}

export const creditsAndCaptions: Pass = (spans, context) => {
  const all = paragraphsOf(spans, context.text);
  const credits = all.map((paragraph) => creditKind(paragraph, context));
  let printedCounts: number[] | undefined;
  /** How many paragraphs read the same as paragraph `index` (counted on first use: few paragraphs need it). */
  const printed = (index: number): number => (printedCounts ??= timesPrinted(all))[index];
  const kept: Span[] = [];
  const messages: Message[] = [];
  all.forEach((paragraph, index) => {
    const words = paragraphWords(paragraph, MAX_CAPTION_WORDS, context);
    const caption = words <= MAX_CAPTION_WORDS && !credits[index];
    if (credits[index]) {
      messages.push(removal('credit', 'a photo or agency credit line', paragraph.span));
    } else if (caption && CREDIT_AT_END.test(paragraph.text) && sentenceCount(paragraph.text) <= 2) {
      messages.push(removal('caption', 'a photo caption (its credit in brackets at its end)', paragraph.span));
    } else if (caption && captionBefore(paragraph.text, credits[index + 1])) {
      messages.push(removal('caption', 'a photo caption (it comes just before a credit line)', paragraph.span));
    } else if (caption && words >= MIN_REPEATED_CAPTION_WORDS && !endsLikeSentence(paragraph.text) && printed(index) > 1) {
      messages.push(removal('caption', 'a photo caption (printed more than once, with no final period)', paragraph.span));
    } else {
      kept.push(paragraph.span);
    }
  });
  return { paragraphs: kept, messages };
};

/**
 * For each paragraph, how many paragraphs read the same: grouped by the hash
 * of the start of their comparable form, so only paragraphs that share it
 * have their comparable text built.
 */
function timesPrinted(all: readonly Paragraph[]): number[] {
  const hashes = all.map((paragraph) => comparableHash(paragraph.text, HASHED_LENGTH));
  const byHash = new Map<number, number>();
  for (const hash of hashes) byHash.set(hash, (byHash.get(hash) ?? 0) + 1);
  const keys = all.map((paragraph, index) => (byHash.get(hashes[index])! > 1 ? comparable(paragraph.text) : undefined));
  const byKey = new Map<string, number>();
  for (const key of keys) if (key !== undefined) byKey.set(key, (byKey.get(key) ?? 0) + 1);
  return keys.map((key) => (key === undefined ? 1 : byKey.get(key)!));
}

/** Reported speech (in English, French, German, Spanish, Italian, Portuguese, Dutch): news sentences carry it, captions hardly ever do. */
const ATTRIBUTION = /\b(?:said|says|told|according to|reported|announced)\b|(?<!\p{L})(?:a\s+(?:annoncé|déclaré|indiqué|affirmé|précisé|expliqué)|selon|d['’]après|sagte|sagten|teilte|laut|zufolge|según|dijo|secondo|ha\s+detto|segundo|disse|volgens|zei)(?!\p{L})/iu;

/**
 * A photo credit follows a caption of one sentence without attribution; an
 * agency credit, one without a final period.
 */
function captionBefore(text: string, next: Credit): boolean {
  if (!endsLikeSentence(text)) return next !== undefined;
  return next === 'photo' && sentenceCount(text) <= 1 && !ATTRIBUTION.test(text);
}

function sentenceCount(text: string): number {
  return text.split(/[.!?]["'”’)]*\s+(?=["'“‘(]?\p{Lu})/u).length;
}
