import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readInputs, readString } from '../read/index.js';
import { available, EXAMPLES, filesIn, SEEDS } from '../read/test-support/shared-data.js';
import { CHINESE } from '../test-support/cjk-articles.js';
import { articleHeadline, rankedHeadline, summarize, summaryPartsText, type Summary } from './index.js';
import { MAX_HEADLINE_CHARS } from './headline.js';

function seedArticles(): SegmentedArticle[] {
  return filesIn(SEEDS).flatMap((path) => readString(readFileSync(path, 'utf8'), { input: path }).articles.map((article) => prepare(article)));
}

/** Every span of a summary, checked against the text of the article it names. */
function citationProblems(summary: Summary, articles: readonly SegmentedArticle[]): string[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const problems: string[] = [];
  summary.sentences.forEach((sentence, s) => {
    const source = byId.get(sentence.article);
    if (!source) return problems.push(`sentence ${s}: unknown article ${sentence.article}`);
    const text = summaryPartsText(source.text, sentence.parts);
    if (sentence.citations[0]?.article !== sentence.article) problems.push(`sentence ${s}: the source is not cited first`);
    for (const citation of sentence.citations) {
      const cited = byId.get(citation.article);
      if (!cited) {
        problems.push(`sentence ${s}: cites unknown article ${citation.article}`);
        continue;
      }
      const sentenceSpans = cited.sentences.map((candidate) => `${candidate.start}:${candidate.end}`);
      if (!sentenceSpans.includes(`${citation.span.start}:${citation.span.end}`)) problems.push(`sentence ${s}: citation is not a sentence of ${citation.article}`);
      if (citation.article === sentence.article && !spanText(cited.text, citation.span).includes(text.split(' ')[0])) {
        problems.push(`sentence ${s}: the source citation does not hold the sentence`);
      }
    }
  });
  return problems;
}

describe.skipIf(!available(SEEDS, 'summarize on the seeds'))('summarize on the two seeds', () => {
  const articles = seedArticles();
  const summary = summarize(articles, { budget: { words: 100 } });
  const byId = new Map(articles.map((article) => [article.id, article]));
  const texts = summary.sentences.map((sentence) => summaryPartsText(byId.get(sentence.article)!.text, sentence.parts));

  it('stays within 100 words and cites both articles', () => {
    expect(summary.length.words).toBeLessThanOrEqual(100);
    expect(summary.length.words).toBeGreaterThan(60);
    expect(new Set(summary.sentences.flatMap((sentence) => sentence.citations.map((citation) => citation.article)))).toEqual(new Set(articles.map((a) => a.id)));
  });

  it('contains none of the boilerplate cleaning removed', () => {
    const removed = articles.flatMap((article) => article.messages.filter((m) => m.span).map((m) => spanText(article.text, m.span!)));
    expect(removed.length).toBeGreaterThanOrEqual(8);
    const joined = texts.join(' ');
    for (const boilerplate of ['TRT World and Agencies', 'Route 6', 'has more on', 'Related news', 'Deteriorating ties', 'Trump on Putin', 'meets with Russian Foreign Minister Lavrov during']) {
      expect(joined).not.toContain(boilerplate);
    }
    for (const text of removed) expect(texts).not.toContain(text);
  });

  it('points every citation at the exact characters of a sentence of the cited article', () => {
    expect(citationProblems(summary, articles)).toEqual([]);
  });

  it('opens on a sentence that stands alone', () => {
    expect(texts[0]).not.toMatch(/^(He|She|It|They|But|And|This|")\b/);
  });
});

describe('summarize on the bundled examples', async () => {
  const { articles: read } = await readInputs([EXAMPLES]);
  const articles = read.map((article) => prepare(article));
  const storyA = articles.filter((article) => /Brenmouth|Velmar|Corrin/.test(article.text));

  it('cites every article stating a sentence, not only its source', () => {
    const summary = summarize(storyA, { budget: { words: 120 } });
    expect(citationProblems(summary, storyA)).toEqual([]);
    const reprint = storyA.find((article) => article.id === 'lmp-2026-03-14-0412');
    expect(reprint).toBeDefined();
    const cited = summary.sentences.filter((sentence) => sentence.citations.length >= 2);
    expect(cited.length).toBeGreaterThan(0);
  });

  it('respects word, byte and sentence budgets', () => {
    for (const words of [20, 60, 150]) expect(summarize(storyA, { budget: { words } }).length.words).toBeLessThanOrEqual(words);
    for (const bytes of [200, 665]) expect(summarize(storyA, { budget: { bytes } }).length.bytes).toBeLessThanOrEqual(bytes);
    expect(summarize(storyA, { budget: { sentences: 3 } }).sentences).toHaveLength(3);
  });

  it('fills a budget exactly when asked, marking the cut sentence', () => {
    const summary = summarize(storyA, { budget: { words: 100 }, fillBudget: true });
    expect(summary.length.words).toBe(100);
    expect(summary.sentences.filter((sentence) => sentence.truncated).length).toBeLessThanOrEqual(1);
  });

  it('deletes the day names its selection kept and gives the words freed to the cut sentence', () => {
    const pier = [
      'Mayor Ines Calder on Friday closed the old pier of Port Hallory after divers found cracks in its pilings. Repairs to the pier would cost 2 million crowns and take a year, the harbour board said.',
      'Mayor Calder closed the old pier of Port Hallory after divers found cracks in its pilings. Repairs to the pier would take a year.',
      'Divers found cracks in the pilings of the old pier of Port Hallory. The harbour board said repairs to the pier would cost 2 million crowns.',
    ].map((text, i) => prepare(readString(text, { input: `pier-${i}.txt`, format: 'text' }).articles[0]) as SegmentedArticle);
    const summary = summarize(pier, { budget: { words: 20 }, fillBudget: true });
    const text = summary.sentences.map((sentence) => summaryPartsText(pier.find((article) => article.id === sentence.article)!.text, sentence.parts));
    expect(text).toEqual(['Mayor Ines Calder closed the old pier of Port Hallory after divers found cracks in its pilings.', 'Repairs to the']);
    expect(summary.length.words).toBe(20);
    expect(citationProblems(summary, pier)).toEqual([]);
  });

  it('opens on where the story stands (1,650 from their homes on Sunday, up from 1,200 and 1,400 on Saturday), then orders sentences by the date of their article', () => {
    const summary = summarize(storyA, { budget: { words: 200 } });
    const [opening, ...rest] = summary.sentences;
    expect(summaryPartsText(storyA.find((article) => article.id === opening.article)!.text, opening.parts)).toMatch(/\b1,650 people\b/);
    const dates = rest.map((sentence) => Date.parse(storyA.find((article) => article.id === sentence.article)!.published ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('gives the story a headline from the titles', () => {
    const headline = summarize(storyA).headline;
    expect(storyA.map((article) => article.title)).toContain(headline?.text);
  });

  it('without titles or short openings, takes the cut opening that says most of the story, not a feature\'s scene-setting', () => {
    const feature = 'Sometime in the summer of last year, long before anyone in Harrow Point had heard of the lamp room, a keeper climbed the tower with a bucket of paint and a radio.';
    const report = 'The keeper of the Harrow Point lighthouse reported a fire in the lamp room late on Tuesday night, and coastguard crews from Brenmouth put the fire out by dawn.';
    const follow = 'Coastguard crews from Brenmouth said on Wednesday that the fire in the Harrow Point lamp room had started in old wiring the keeper had reported twice this year.';
    const story = [feature, report, follow].map((text, index) => ({ ...prepare(readString(`${text}\n\nThe fire in the lamp room at Harrow Point was out by dawn, the coastguard said.`, { input: `${index}.txt` }).articles[0]), id: `a${index}` }));
    const headline = summarize(story).headline;
    expect(headline?.text).toMatch(/…$/);
    expect(headline?.text).not.toMatch(/^Sometime/);
    expect(headline?.article).not.toBe('a0');
  });

  it.each([
    ['its title', 'Lamp room fire at Harrow Point\n\nThe keeper reported a fire in the lamp room late on Tuesday night.', 'Lamp room fire at Harrow Point'],
    ['its opening sentence when it has no title', 'The keeper reported a fire in the lamp room late on Tuesday night.\n\nCrews put it out.', 'The keeper reported a fire in the lamp room late on Tuesday night.'],
    ['a long opening sentence cut at a clause within its first words', 'The keeper of the Harrow Point lighthouse, who has lived on the rock for eleven years, reported a fire in the lamp room late on Tuesday night, the coastguard said.', 'The keeper of the Harrow Point lighthouse…'],
    ['a long opening sentence\'s main clause, past its leading phrase', 'After a night of heavy rain over the hills above the town, the Ossa River broke through its embankment in Trevik and flooded the lower streets.', 'The Ossa River broke through its embankment in Trevik and flooded the lower streets.'],
    ['the main clause past two leading phrases', 'Sometime in the summer of last year, long before anyone in Harrow Point had heard of the lamp room, a keeper climbed the tower with a bucket of paint.', 'A keeper climbed the tower with a bucket of paint.'],
    ['the main clause past a participle\'s phrase', 'Signaling that it wants no part in the dispute over the harbour fees, Brenmouth Council is cutting its ferry subsidy for the coming winter season.', 'Brenmouth Council is cutting its ferry subsidy for the coming winter season.'],
    ['the main clause past an irregular participle\'s phrase', 'Hit by the worst storm in forty years and cut off from the mainland for three days, Skellan Isle asked the navy for help with food and fuel.', 'Skellan Isle asked the navy for help with food and fuel.'],
    ['the opening cut as it is when no subject follows the leading phrase', 'When the harbour board and the ferry operators met last week in Port Aldwin to settle the fees, they agreed on nothing but the date of the next meeting.', 'When the harbour board and the ferry operators met last week in Port Aldwin…'],
    ['a long opening sentence cut after a whole phrase, not before its noun', 'Storm Alder paused in its crawl over the northern Skellan coast on Wednesday to batter the islands of the outer sound with rain.', 'Storm Alder paused in its crawl over the northern Skellan coast on Wednesday…'],
    ['a long opening sentence cut before a preposition', 'Rescuers pulled twelve fishermen alive from the capsized trawler Northern Gannet early yesterday near the rocks of Skellan Point, the coastguard said.', 'Rescuers pulled twelve fishermen alive from the capsized trawler Northern Gannet early yesterday…'],
    ['a cut without a whole phrase left not ending on an article', 'Skellan Isle ferry crews kept running the two small boats all night carrying the sick and the old to the mainland hospital in Brenmouth.', 'Skellan Isle ferry crews kept running the two small boats all night carrying…'],
    ['the sentence under a time printed alone, not the time', '8:24am:\n\nThe Harrowgate Rovers made an offer to striker Anton Veld, according to the Kessel Tribune.\n\nVeld is weighing it.', 'The Harrowgate Rovers made an offer to striker Anton Veld, according to the Kessel Tribune.'],
    ['the sentence under an update time', 'Updated 14:05\n\nThe keeper reported a fire in the lamp room late on Tuesday night.\n\nCrews put it out.', 'The keeper reported a fire in the lamp room late on Tuesday night.'],
    ['no dash before the ellipsis', 'King Norodom Sihanouk on Tuesday praised agreements by the country\'s top two political parties _ the first step toward a new government after months of deadlock.', 'King Norodom Sihanouk on Tuesday praised agreements by the country\'s top two political parties…'],
  ])('an article offers %s as a headline', (_name, text, headline) => {
    expect(articleHeadline(prepare(readString(text, { input: 'x.txt' }).articles[0]))).toBe(headline);
  });

  it('ranks a title above a whole opening sentence, and that above a cut one', () => {
    const rank = (text: string) => rankedHeadline(prepare(readString(text, { input: 'x.txt' }).articles[0]))?.rank;
    expect(rank('Lamp room fire at Harrow Point\n\nThe keeper reported a fire in the lamp room late on Tuesday night.')).toBe(2);
    expect(rank('The keeper reported a fire in the lamp room late on Tuesday night.\n\nCrews put it out.')).toBe(1);
    expect(rank('The keeper of the Harrow Point lighthouse, who has lived on the rock for eleven years, reported a fire in the lamp room late on Tuesday night.\n\nCrews put it out.')).toBe(0);
    expect(rank('After a night of heavy rain over the hills above the town, the Ossa River broke through its embankment in Trevik and flooded the lower streets.\n\nCrews came.')).toBe(0);
  });

  it('ranks a whole English opening that gives no day and no source, a feature\'s first line, below a cut one (audit27: "Times are tough in the oil patch.")', () => {
    const rank = (text: string) => rankedHeadline(prepare(readString(text, { input: 'x.txt' }).articles[0]))?.rank;
    expect(rank('Times are tough on the waterfront.\n\nStill, the two ferry firms are talking about a merger.')).toBe(-1);
    expect(rank('He was the quiet keeper of the Harrow Point light, with the patience of a monk.\n\nHe retired on Tuesday.')).toBe(-1);
    expect(rank('The two Brenmouth ferry firms said they were talking about a merger.\n\nMore talks follow.')).toBe(1);
    expect(rank('Pellam Ferries and Skellan Lines held merger talks on Tuesday.\n\nMore talks follow.')).toBe(1);
  });

  it.each([
    ['A magnitude 6.1 earthquake struck the Skellan coast, killing at least 12 people and injuring hundreds.', 1],
    ['The Harbour Reserve cut its mooring fees by a quarter.', 1],
    ['Anna Pell, the 1950s ferry captain whose crossings inspired a generation, has died.', 1],
    ['Police arrested three men suspected of robbing a bank in Orrin.', 1],
    ['The mayor resigned Tues.', 1],
    ['The mayor resigned Thurs.', 1],
    ['The mayor resigned May 3.', 1],
    ['The mayor resigned on 3 May.', 1],
    ['The mayor resigned last night amid a scandal.', 1],
    ['The mayor resigned this morning.', 1],
    ['Times are tough in the fishing trade.', -1],
    ['He was the classic small-town prodigy, with a violin and a paper round in Orrin.', -1],
    ['You would never guess the Orrin pier is a century old.', -1],
    ['Is this the end of the Orrin ferry? Many on the island think so.', -1],
    // a short form, a part of a day, only as written for a day; a pronoun opening whatever day it names (mend27h)
    ['It was a cold morning in the oil patch.', -1],
    ['The sun had barely risen over the wheat fields.', -1],
    ['The wedding guests sat in silence under the old oak trees.', -1],
    ['The fishing boats sat idle in the sun.', -1],
    ['He was the harbour master of the town for forty years until Tuesday.', -1],
    ['The council voted on Sat. to close the pier.', 1],
    ['The mayor resigned Tuesday night.', 1],
  ])('ranks the whole English opening "%s" as %i (mend27d: a plain hard-news lead is no feature)', (opening, expected) => {
    expect(rankedHeadline(prepare(readString(`${opening}\n\nMore follows in the text of the story.`, { input: 'x.txt' }).articles[0]))?.rank).toBe(expected);
  });

  it(`cuts a headline over ${MAX_HEADLINE_CHARS} characters at a space within them, and ranks it as cut`, () => {
    const headline = (text: string) => rankedHeadline(prepare(readString(text, { input: 'x.txt' }).articles[0]));
    const record = { id: 'minutes', title: 'Harbour board minutes '.repeat(30).trim(), text: 'The harbour board met on Tuesday night to read its minutes.' };
    const cutTitle = rankedHeadline(prepare(readString(JSON.stringify(record), { input: 'x.jsonl' }).articles[0]));
    expect(cutTitle?.rank).toBe(0);
    expect(cutTitle?.text.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS + 1);
    expect(cutTitle?.text).toMatch(/^(Harbour board minutes ){13}Harbour board…$/);
    const word = headline(`Keeper ${'x'.repeat(400_000)} reported a fire.`);
    expect(word?.text).toBe(`Keeper ${'x'.repeat(MAX_HEADLINE_CHARS - 8)}…`);
    const oneWord = headline(`${'y'.repeat(400_000)} said.`);
    expect(oneWord?.text).toBe(`${'y'.repeat(MAX_HEADLINE_CHARS - 1)}…`);
  });

  it('quotes originals: the sentences of articles named as copies are cited, never picked', () => {
    const copies = storyA.filter((article) => /trendline/.test(article.origin.input) || article.id.startsWith('lmp-')).map((article) => article.id);
    expect(copies).toHaveLength(2);
    const summary = summarize(storyA, { copies });
    expect(summary.sentences.length).toBeGreaterThan(2);
    expect(summary.sentences.every((sentence) => !copies.includes(sentence.article))).toBe(true);
    expect(summary.sentences.some((sentence) => sentence.citations.some((citation) => copies.includes(citation.article)))).toBe(true);
    // Saturday's reports but the original the reprint copies: its copies' sentences are picked unless named as copies.
    const reprint = storyA.find((article) => article.id.startsWith('lmp-'))!;
    const opening = reprint.text.slice(reprint.sentences[0].start, reprint.sentences[0].end);
    const saturday = storyA.filter((article) => article.published?.startsWith('2026-03-14') && (copies.includes(article.id) || !article.text.includes(opening)));
    expect(saturday.filter((article) => !copies.includes(article.id)).length).toBeGreaterThan(0);
    expect(summarize(saturday).sentences.some((sentence) => copies.includes(sentence.article))).toBe(true);
    expect(summarize(saturday, { copies }).sentences.some((sentence) => copies.includes(sentence.article))).toBe(false);
    expect(() => summarize(storyA, { copies: 'lmp' as never })).toThrow(/summarize.copies/);
  });

  it('does not change the articles it is given', () => {
    const before = JSON.stringify(storyA);
    summarize(storyA, { budget: { words: 80 } });
    expect(JSON.stringify(storyA)).toBe(before);
  });
});

describe('summarize options', () => {
  it('rejects misuse with a tidings: expected message', () => {
    expect(() => summarize('nope' as never)).toThrow(/^tidings: expected an array of articles/);
    expect(() => summarize([], { budget: { words: 0 } })).toThrow(/tidings: expected summarize.budget.words/);
    expect(() => summarize([], { budget: { words: 10, bytes: 5 } as never })).toThrow(/exactly one of words, bytes, sentences/);
    expect(() => summarize([], { bogus: 1 } as never)).toThrow(/tidings: expected a summarize option/);
    const unsegmented = readString('A headline\n\nOne sentence here is long enough to count.', { input: 'x.txt' }).articles;
    expect(() => summarize(unsegmented)).toThrow(/segmented article/);
  });

  it('summarizes nothing into an empty summary', () => {
    expect(summarize([]).sentences).toEqual([]);
  });
});

describe('summarize with compression', () => {
  const story = [
    'The Harlow council said Friday that the Orrin Bridge would stay closed to traffic until the spring. Engineers found cracks in two of its piers.',
    'The Harlow council said Friday that the Orrin Bridge would stay closed until the spring. Ferries will carry commuters across the river.',
    'The council said that the Orrin Bridge would stay closed until repairs to its piers are done. The bridge carries 20,000 cars a day.',
  ].map((text, i) => prepare(readString(text, { input: `bridge-${i}.txt`, format: 'text' }).articles[0]));

  it('gives a sentence it can compress compressed, though the whole one covers pairs like "said friday"', () => {
    const summary = summarize(story, { budget: { sentences: 1 } });
    const byId = new Map(story.map((article) => [article.id, article]));
    const picked = summary.sentences.map((sentence) => summaryPartsText(byId.get(sentence.article)!.text, sentence.parts));
    expect(picked).toEqual(['The Harlow council said that the Orrin Bridge would stay closed until the spring.']);
    expect(citationProblems(summary, story)).toEqual([]);
    expect(summarize(story, { budget: { sentences: 1 }, compress: false }).sentences.map((sentence) => summaryPartsText(byId.get(sentence.article)!.text, sentence.parts))).toEqual([
      'The Harlow council said Friday that the Orrin Bridge would stay closed until the spring.',
    ]);
  });
});

describe('summarize on a page flattened to one paragraph (SemEval news text)', () => {
  it('never picks a line to the page\'s reader that cleaning left out', () => {
    const text = 'Floodwater reached the town hall on Sunday after the river broke its banks, officials said. Like us on Facebook and follow us on Twitter for the latest news on the flood.';
    const article = prepare(readString(text, { input: 'case.txt', format: 'text' }).articles[0]);
    const picked = summarize([article], { budget: { sentences: 2 } }).sentences.map((sentence) => summaryPartsText(article.text, sentence.parts));
    expect(picked).toEqual(['Floodwater reached the town hall after the river broke its banks, officials said.']);
  });
});

describe('summarize in Chinese', () => {
  const story = [CHINESE.fire, CHINESE.reprint, CHINESE.edited, CHINESE.report];

  it('counts a Han character a word: a 100-word summary is two or three sentences of about 100 characters', () => {
    const summary = summarize(story);
    expect(summary.length.words).toBeGreaterThan(60);
    expect(summary.length.words).toBeLessThanOrEqual(100);
    expect(summary.length.sentences).toBeLessThanOrEqual(3);
    expect(summarize(story, { budget: { words: 300 } }).length.sentences).toBeGreaterThan(4);
  });

  it('cuts an untitled article\'s long opening sentence at a clause mark for its headline', () => {
    expect(articleHeadline(CHINESE.untitled)).toBe('澜江市消防部门周二表示…');
    expect(articleHeadline(CHINESE.fire)).toBe('澜江市东港区仓库发生大火 三百名居民紧急疏散');
  });
});
