import { describe, expect, it } from 'vitest';
import type { Article, SegmentedArticle, Span } from '../article.js';
import { segment } from './index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { ducArticles, seedArticles } from './test-support/real-texts.js';
import { seededRandom as random } from '../test-support/random.js';

const PIECES = [
  'the', 'The', 'U.S.', 'Mr.', 'Smith', 'said', 'He', '3.5', '$59', '80%', 'al-Assad', "don't", 'Gen.', 'J.', 'R.', 'e.g.',
  'No.', '5', '1.', 'Sept.', 'eBay', 'Москва', 'naïve', 'p.m.', 'Inc.', 'AT&T', '9/11', 'a@b.co', 'https://x.org/a?b=1',
  '.', '.', '.', '!', '?', '...', '…', ',', ';', ':', '"', "'", '``', "''", '“', '”', '‘', '’', '(', ')', '[', ']', '—', '-', '_',
  '. . .', '?!', '.)', '."', '?"', '#', '•', '\u0301', '😀',
  '北京市政府', '。', '，', '！', 'カフェー', 'ドナルド・トランプ', '𠮷', '「余震」', 'iPhone手机', '3月10日', '서울시는',
];
const GAPS = [' ', ' ', ' ', ' ', '', '  ', '\n', '\n\n', '\t', '\u00a0', ' \n '];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 120);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += PIECES[Math.floor(next() * PIECES.length)] + GAPS[Math.floor(next() * GAPS.length)];
  }
  return text;
}

/** Consecutive ranges at random cuts (mid-word too), some left out as cleaning would. */
function randomParagraphs(text: string, next: () => number): Span[] {
  const cuts = [0, text.length];
  const count = Math.floor(next() * 6);
  for (let i = 0; i < count; i++) cuts.push(Math.floor(next() * (text.length + 1)));
  cuts.sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (next() < 0.8) spans.push({ start: cuts[i], end: cuts[i + 1] });
  return spans;
}

const BLANK = /^\s*$/;
const EDGE_SPACE = /^\s|\s$/;

/** Everything wrong with a segmentation, as readable lines; `[]` when it holds every property. */
function violations(input: Article, out: SegmentedArticle): string[] {
  const problems: string[] = [];
  const { text } = out;
  const say = (what: string, span: Span) => problems.push(`${input.id}: ${what} at ${span.start}-${span.end} ${JSON.stringify(text.slice(span.start, span.end))}`);
  let sentenceIndex = 0;
  let tokenIndex = 0;
  input.paragraphs.forEach((paragraph, p) => {
    let rebuilt = '';
    let at = paragraph.start;
    for (; sentenceIndex < out.sentences.length && out.sentences[sentenceIndex].paragraph === p; sentenceIndex++) {
      const sentence = out.sentences[sentenceIndex];
      if (sentence.start < at || sentence.end > paragraph.end || sentence.end <= sentence.start) say('sentence out of order or outside its paragraph', sentence);
      if (EDGE_SPACE.test(text.slice(sentence.start, sentence.end))) say('sentence not trimmed', sentence);
      const gap = text.slice(at, sentence.start);
      if (!BLANK.test(gap)) say('text lost between sentences', { start: at, end: sentence.start });
      rebuilt += gap + text.slice(sentence.start, sentence.end);
      at = sentence.end;
      if (sentence.tokenStart !== tokenIndex) say(`tokenStart ${sentence.tokenStart}, expected ${tokenIndex}`, sentence);
      let tokenAt = sentence.start;
      for (; tokenIndex < sentence.tokenEnd; tokenIndex++) {
        const token = out.tokens[tokenIndex];
        const surface = text.slice(token.start, token.end);
        if (token.start < tokenAt || token.end > sentence.end || token.end <= token.start) say('token out of order or outside its sentence', token);
        if (/\s/.test(surface)) say('token with whitespace', token);
        if (!BLANK.test(text.slice(tokenAt, token.start))) say('text lost between tokens', { start: tokenAt, end: token.start });
        tokenAt = token.end;
      }
      if (!BLANK.test(text.slice(tokenAt, sentence.end))) say('text lost after the last token', { start: tokenAt, end: sentence.end });
    }
    if (!BLANK.test(text.slice(at, paragraph.end))) say('text lost at the end of the paragraph', { start: at, end: paragraph.end });
    rebuilt += text.slice(at, paragraph.end);
    if (rebuilt !== text.slice(paragraph.start, paragraph.end)) say('paragraph not rebuilt', paragraph);
  });
  if (sentenceIndex !== out.sentences.length) problems.push(`${input.id}: sentences with a wrong paragraph index`);
  if (tokenIndex !== out.tokens.length) problems.push(`${input.id}: tokens that belong to no sentence`);
  return problems;
}

/** `segment` agrees with calling `splitSentences` and `tokenize` directly. */
function agreesWithParts(out: SegmentedArticle): boolean {
  const direct = out.paragraphs.flatMap((paragraph) => splitSentences(out.text, paragraph));
  if (direct.length !== out.sentences.length) return false;
  return direct.every((span, i) => {
    const sentence = out.sentences[i];
    const tokens = tokenize(out.text, span);
    return span.start === sentence.start && span.end === sentence.end && tokens.length === sentence.tokenEnd - sentence.tokenStart &&
      tokens.every((token, k) => token.start === out.tokens[sentence.tokenStart + k].start && token.end === out.tokens[sentence.tokenStart + k].end);
  });
}

function article(id: string, text: string, paragraphs: Span[]): Article {
  return { id, text, paragraphs, messages: [], origin: { input: id, format: 'text' } };
}

describe('segmentation properties', () => {
  it('hold for 2,000 random texts with random paragraph ranges', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 2000 && problems.length < 10; seed++) {
      const next = random(seed);
      const text = randomText(next);
      const input = article(`seed ${seed}`, text, randomParagraphs(text, next));
      const out = segment(input);
      problems.push(...violations(input, out));
      if (!agreesWithParts(out)) problems.push(`seed ${seed}: segment disagrees with splitSentences and tokenize`);
    }
    expect(problems).toEqual([]);
  });

  const real = [...seedArticles(), ...ducArticles()];
  it.skipIf(real.length === 0)('hold for the seeds and DUC 2004, whole and in random ranges', () => {
    const problems: string[] = [];
    real.forEach((whole, i) => {
      problems.push(...violations(whole, segment(whole)));
      const cut = article(`${whole.id} (cut)`, whole.text, randomParagraphs(whole.text, random(i + 1)));
      problems.push(...violations(cut, segment(cut)));
    });
    expect(problems.slice(0, 10)).toEqual([]);
  });
  if (real.length === 0) console.warn('segment properties: ../shared is absent, real texts skipped');
});
