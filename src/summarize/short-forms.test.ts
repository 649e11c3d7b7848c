import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { sentenceTokens } from '../segment/index.js';
import { ConceptVocabulary } from './concepts.js';
import { summarize, summaryPartsText } from './index.js';
import { shortFormsWritten, withShortForms } from './short-forms.js';
import { unitText, type Unit } from './units.js';

function article(text: string, id = 'a.txt'): SegmentedArticle {
  return prepare(readString(text, { input: id, format: 'text' }).articles[0]);
}

/** The first sentence of `text` with its names written short, as text, or undefined when nothing is shortened. */
function shortened(text: string, index = 0): string | undefined {
  const read = article(text);
  const vocabulary = new ConceptVocabulary();
  const tokens = sentenceTokens(read, index);
  const sentence = read.sentences[index];
  const unit: Unit = { article: 0, sentence: index, parts: [{ start: sentence.start, end: sentence.end }], tokens, words: 0, bytes: 0, concepts: vocabulary.concepts(tokens), dangling: false, complete: true };
  const short = withShortForms(unit, read, shortFormsWritten(read), vocabulary);
  if (short) expect(short.concepts.sort()).toEqual([...unit.concepts].sort());
  return short && unitText(read.text, short.parts);
}

const WRITES_SHORT = ' U.S. officials and U.N. envoys met EU ministers in Velmar.';

describe('names written short', () => {
  it.each([
    ['The United States sent two envoys to Velmar.', 'The U.S. sent two envoys to Velmar.'],
    ['Velmar asked the United Nations for food aid.', 'Velmar asked the U.N. for food aid.'],
    ['The European Union, the United States and Japan sent aid.', 'The EU, the U.S. and Japan sent aid.'],
    ['United States troops left the port of Velmar.', 'U.S. troops left the port of Velmar.'],
    // the sentence's own short form is no long one: its concepts stay its own
    ['The United States sent a U.S. engineer to Velmar.', 'The U.S. sent a U.S. engineer to Velmar.'],
  ])('%s', (sentence, expected) => {
    expect(shortened(sentence + WRITES_SHORT)).toBe(expected);
  });

  it.each([
    'The envoy of the United States of America arrived in Velmar.',
    'The United States-led talks in Velmar ended early.',
    'The minister said: "The United States must pay for the dam."',
    "The United States' envoy arrived in Velmar.",
    "The minister said: 'The United States must pay for the dam.'",
  ])('keeps the long form where the short one would read wrong or change a quotation: %s', (sentence) => {
    expect(shortened(sentence + WRITES_SHORT)).toBeUndefined();
  });

  it('keeps the long form in a sentence in the middle of a quotation running over several sentences, which has no mark of its own', () => {
    const text = '"We lost everything in the storm. The United States sent nothing to Velmar. Nobody helped us," she said.' + WRITES_SHORT;
    expect(shortened(text, 1)).toBeUndefined();
    expect(shortened('The United States sent nothing to Velmar. "Nobody helped us," she said.' + WRITES_SHORT)).toBe('The U.S. sent nothing to Velmar.');
  });

  it('writes the short form as the article writes it, with or without periods', () => {
    expect(shortened('The United Nations sent food to Velmar. UN trucks reached the port.')).toBe('The UN sent food to Velmar.');
    expect(shortened('The United States sent food to Velmar. US trucks reached the port.')).toBe('The US sent food to Velmar.');
  });

  it('keeps the long form when its article never writes the short one', () => {
    expect(shortened('The United States sent two envoys to Velmar. The envoys met the mayor.')).toBeUndefined();
    expect(shortened('The United States sent two envoys to Velmar. We told us all.')).toBeUndefined();
  });

  it('takes no word of text written in capitals for the short form', () => {
    expect(shortened('The United States sent two envoys to Velmar.\n\nCONTACT US for more news from Velmar.')).toBeUndefined();
    expect(shortened('The European Union sent two envoys to Velmar.\n\nWRITE TO US or JOIN EU DEBATE.')).toBeUndefined();
    expect(shortened('The United States sent two envoys to Velmar.\n\nCONTACT US for news. A US envoy spoke.')).toBe('The US sent two envoys to Velmar.');
    expect(shortened('The United States sent two envoys to Velmar. Crews said U.S. TROOPS left the port.')).toBe('The U.S. sent two envoys to Velmar.');
  });

  it('are summarized with every word a span of the article, and fill a cut budget', () => {
    const texts = [
      'The United States sent two hundred engineers to rebuild the Velmar dam. U.S. officials said the work would take a year.',
      'The United States sent two hundred engineers to rebuild the dam at Velmar, officials said.',
      'Two hundred engineers from the United States will rebuild the Velmar dam.',
    ];
    const articles = texts.map((text, i) => article(text, `${i}.txt`));
    for (const options of [{ budget: { sentences: 1 } }, { budget: { words: 6 }, fillBudget: true }]) {
      const summary = summarize(articles, options);
      const [first] = summary.sentences;
      const source = articles.find((read) => read.id === first.article)!;
      const text = summaryPartsText(source.text, first.parts);
      expect(text).toMatch(/^The U\.S\. sent two/);
      expect(first.parts.some((part) => source.text.slice(part.start, part.end) === 'U.S.')).toBe(true);
      expect(first.parts.every((part) => part.start >= 0 && part.end <= source.text.length)).toBe(true);
      const { budget } = options;
      if (budget.words !== undefined) expect(summary.length.words).toBeLessThanOrEqual(budget.words);
    }
  });

  it('fill a word budget without passing it when the cut ends on a short form written again later', () => {
    const articles = [
      article('U.S. engineers reached Velmar on Monday. The United States will pay for the dam and the United States will rebuild the bridge at Velmar with the United States.', 'a.txt'),
      article('The United States will pay for the Velmar dam and rebuild the bridge, officials said.', 'b.txt'),
    ];
    for (let words = 1; words <= 30; words++) {
      const summary = summarize(articles, { budget: { words }, fillBudget: true });
      const text = summary.sentences.map((sentence) => summaryPartsText(articles.find((read) => read.id === sentence.article)!.text, sentence.parts)).join(' ');
      expect(summary.length.words, text).toBeLessThanOrEqual(words);
    }
  });

  it('cite the articles stating the sentence as they cite it written in full', () => {
    const texts = [
      'The United States sent two hundred engineers to rebuild the Velmar dam on Monday. Officials said 12 U.S. soldiers were killed in the blast at Velmar. The work would take a year.',
      'The United States sent two hundred engineers to rebuild the Velmar dam on Monday. Officials said 14 U.S. soldiers were killed in the blast at Velmar.',
      'Two hundred engineers from the United States will rebuild the Velmar dam, officials said on Monday.',
    ];
    const articles = texts.map((text, i) => article(text, `${i}.txt`));
    const cited = (compress: boolean): string[] => summarize(articles, { budget: { sentences: 1 }, compress }).sentences[0].citations.map((citation) => citation.article);
    const [short] = summarize(articles, { budget: { sentences: 1 } }).sentences;
    expect(summaryPartsText(articles.find((read) => read.id === short.article)!.text, short.parts)).toMatch(/^The U\.S\. sent/);
    expect(cited(true).sort()).toEqual(cited(false).sort());
    expect(cited(true)).toHaveLength(3);
  });

  it('read each article once for the short forms it writes, however many sentences write the long form', () => {
    /** Token reads of `summarize` on `sentences` sentences each writing "the United States" and none "the U.S.". */
    const tokenReads = (sentences: number): number => {
      const read = article(Array.from({ length: sentences }, (_, i) => `The United States sent aid number ${i} to port ${i % 97}.`).join(' '));
      let reads = 0;
      const tokens = new Proxy(read.tokens, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      summarize([{ ...read, tokens }], { budget: { words: 100 } });
      return reads;
    };
    const [few, many] = [tokenReads(100), tokenReads(400)];
    expect(many / few).toBeLessThan(4 * 1.5);
  });
});
