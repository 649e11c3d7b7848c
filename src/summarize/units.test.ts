import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { sentenceTokens } from '../segment/index.js';
import { summarize, summaryPartsText } from './index.js';
import { isPageFurniture, opensDangling } from './units.js';

/** The tokens of the only sentence of `text`. */
function tokensOf(text: string) {
  return sentenceTokens(prepare(readString(text, { input: 'case.txt', format: 'text' }).articles[0]), 0);
}

describe('opensDangling: a sentence that cannot stand alone', () => {
  it.each([
    ['He said the gate had failed.', true],
    ['But the river kept rising through the night.', true],
    ['"We will rebuild," the mayor said.', true],
    ['Police named him as Edwin Harrow, of Orrick.', true],
    ['Officials told them to leave before dawn.', true],
    ['The mayor told residents to leave before dawn.', false],
    ['Two shelters have opened at the school and the hall.', false],
    ['The agency said crews had warned residents long before the water reached them.', false],
  ])('%s → %s', (text, dangling) => {
    expect(opensDangling(tokensOf(text))).toBe(dangling);
  });
});

describe('isPageFurniture: a sentence that speaks to the page\'s reader (SemEval news text)', () => {
  it.each([
    ['Like us on Facebook and follow us on Twitter.', true],
    ['Please log in Register with your social account or click here to log in.', true],
    ['Read delivered to your inbox - subscribe to News18 Daybreak.', true],
    ['Sign up for our daily briefing on the flood.', true],
    ['The council said residents could follow updates on its website.', false],
    ['Fans were urged to subscribe to the club channel, the mayor said.', false],
  ])('%s', (text, expected) => {
    const news = 'The river rose two metres overnight and flooded the lower town, officials said on Sunday. '.repeat(4);
    const article = prepare(readString(`${news}${text}`, { input: 'case.txt', format: 'text' }).articles[0]);
    expect(isPageFurniture(sentenceTokens(article, 4))).toBe(expected);
  });

  it('keeps such sentences out of a summary when there is anything else', () => {
    const text = 'Floodwater reached the town hall on Sunday after the river broke its banks, officials said. Like us on Facebook and follow us on Twitter for the latest news on the flood.';
    const article = prepare(readString(text, { input: 'case.txt', format: 'text' }).articles[0]);
    const picked = summarize([article], { budget: { sentences: 2 } }).sentences.map((sentence) => summaryPartsText(article.text, sentence.parts));
    expect(picked).toEqual(['Floodwater reached the town hall on Sunday after the river broke its banks, officials said.']);
  });
});
