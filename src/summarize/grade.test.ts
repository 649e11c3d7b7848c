import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { claimMarks } from './agreement.js';
import { CitationIndex, contentStems } from './cite.js';
import { citationGrade, claimDetails, isFragment, missingDetails } from './grade.js';
import { defaultSummarizeOptions, summarize, summaryPartsText } from './index.js';
import { longFormsRead } from './short-forms.js';

function article(text: string, input: string): SegmentedArticle {
  return prepare(readString(text, { input }).articles[0]);
}

/** An article's first sentence read as `CitationIndex` reads it: its tokens, short forms as long ones, and their claim marks. */
function firstSentence(text: string) {
  const read = article(text, 'grade.txt');
  const tokens = longFormsRead(read, read.tokens.slice(read.sentences[0].tokenStart, read.sentences[0].tokenEnd));
  return { tokens, marks: claimMarks(read, tokens) };
}

/** The content stems and claim marks of an article's first sentence, as a cited sentence. */
function words(text: string) {
  const { tokens, marks } = firstSentence(text);
  return { stems: contentStems(tokens), marks };
}

/** The details of an article's first sentence, as a summary sentence. */
function details(text: string) {
  const { tokens, marks } = firstSentence(text);
  return claimDetails(tokens, marks);
}

const SUMMARY = 'Harbour master Ailsa Drummond closed the port at Kilrush Point to all traffic on Tuesday after a storm damaged the breakwater.';

describe('citation grades (cite24)', () => {
  it.each([
    ['the same claim in other words', 'On Tuesday harbour master Ailsa Drummond closed the Kilrush Point port to all traffic after a storm damaged its breakwater.'],
    ['the claim without the person, named by a title only', 'The harbour master closed the port at Kilrush Point to all traffic on Tuesday after a storm damaged the breakwater.'],
    ['the claim less one detail (the day)', 'Harbour master Ailsa Drummond closed the port at Kilrush Point to all traffic after a storm damaged the breakwater.'],
  ])('grade `states` %s', (_case, cited) => {
    expect(citationGrade(details(SUMMARY), words(cited))).toBe('states');
  });

  it.each([
    ['the action without why', 'The port at Kilrush Point was closed to all traffic on Tuesday.'],
    ['the action without who or when', 'Kilrush Point port was closed to all traffic after a storm damaged the breakwater.'],
  ])('grade `partly` %s', (_case, cited) => {
    expect(citationGrade(details(SUMMARY), words(cited))).toBe('partly');
  });

  it.each([
    ['another speaker before "said"', 'Emergency crews said 340 homes had been damaged along Quay Street.', 'Authorities said 340 homes had been damaged along Quay Street.'],
    ['another speaker after the claim', '340 homes had been damaged along Quay Street, the county council said.', '340 homes had been damaged along Quay Street, officials said.'],
    ['no "according to"', 'According to the chief engineer of Lirra Hydro, repairing the spillway will cost $45 million.', 'Repairing the spillway will cost $45 million.'],
  ])('grade `states` the claim with %s: who said it is no detail of it', (_case, summary, cited) => {
    expect(citationGrade(details(summary), words(cited))).toBe('states');
  });

  it('read the words before "said" as a claim when they are more than a speaker', () => {
    const summary = details('Police arrested the gallery guard near the harbour and said he would be charged.');
    expect(citationGrade(summary, words('Police said he would be charged.'))).toBe('partly');
  });

  it('count a name of several words missing as one detail, and one named by a part of it as none', () => {
    const summary = details('Ailsa Morwen Drummond closed the port at Kilrush Point.');
    expect(missingDetails(summary, words('The harbour master closed the port at Kilrush Point.'))).toBe(1);
    expect(missingDetails(summary, words('Drummond closed the port at Kilrush Point.'))).toBe(0);
  });

  it('count a name missing when the cited sentence shares only a word of it in another name', () => {
    const summary = details('The United Nations recalled its envoy from Velmar.');
    expect(missingDetails(summary, words('The United States recalled its envoy from Velmar.'))).toBe(1);
    expect(missingDetails(summary, words('The U.N. recalled its envoy from Velmar.'))).toBe(0);
  });
});

describe('a claim of what is to happen against one of what happened (cite29)', () => {
  it.each([
    ['"were expected at" for "began examining"', 'Inspectors from the Velmar mining board were expected at the quarry on Thursday.', 'Inspectors from the Velmar mining board began examining the quarry on Thursday morning.'],
    ['"resumed" for "will resume"', 'Ferry crossings to Inishvale will resume on Friday.', 'Ferry crossings to Inishvale resumed on Friday.'],
    ['"plans to close" for "closed"', 'The Orrin cooperative closed its grain store at Calder Point.', 'The Orrin cooperative plans to close its grain store at Calder Point.'],
  ])('grade %s `partly`, though they differ by one detail', (_case, summary, cited) => {
    expect(missingDetails(details(summary), words(cited))).toBeLessThan(2);
    expect(citationGrade(details(summary), words(cited))).toBe('partly');
  });

  it.each([
    ['"would start" for "will start"', 'The developer, Hillgate Renewables, said building would start next spring.', 'Building will start next spring, the developer Hillgate Renewables said.'],
    ['"is scheduled to" for "will"', 'The Brennock council will vote on the wind farm on Monday.', 'The Brennock council is scheduled to vote on the wind farm on Monday.'],
    ['a past claim for one, its other clause looking ahead', 'The Orrin cooperative closed its grain store at Calder Point.', 'The Orrin cooperative closed its grain store at Calder Point and will sell the land to the port.'],
    ['"because of" for "due to"', 'Ferry crossings to Inishvale were cancelled due to the storm.', 'Ferry crossings to Inishvale were cancelled because of the storm.'],
    ['"than expected" for a past claim', 'The storm damaged more homes in Trevik than expected.', 'The storm damaged more homes in Trevik than officials had feared.'],
  ])('grade %s `states`', (_case, summary, cited) => {
    expect(citationGrade(details(summary), words(cited))).toBe('states');
  });
});

describe('the sentence cited in each article (cite24)', () => {
  it('cite the sentence that states the whole claim, not one sharing more words that states part of it', () => {
    const summary = 'Harbour master Ailsa Morwen Drummond closed the port at Kilrush Point to all traffic.';
    const whole = 'The harbour master closed the port at Kilrush Point to all traffic.';
    const part = 'Harbour master Ailsa Morwen Drummond spoke at the port at Kilrush Point to all reporters.';
    const articles = [article(summary, 'summary.txt'), article(`${part} ${whole}`, 'other.txt')];
    const sentence = articles[0].sentences[0];
    const tokens = articles[0].tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    const [, cited] = new CitationIndex(articles).cite(tokens, 0, sentence, defaultSummarizeOptions.citationSupport);
    expect(spanText(articles[1].text, cited.span)).toBe(whole);
    expect(cited.grade).toBe('states');
  });

  it('grade the source `states` and another article stating part of the sentence `partly`', () => {
    const articles = [article(SUMMARY, 'summary.txt'), article('The port at Kilrush Point was closed to all traffic on Tuesday.', 'other.txt')];
    const sentence = articles[0].sentences[0];
    const tokens = articles[0].tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    expect(new CitationIndex(articles).cite(tokens, 0, sentence, 0.3).map((citation) => [citation.article, citation.grade])).toEqual([
      [articles[0].id, 'states'],
      [articles[1].id, 'partly'],
    ]);
  });
});

describe('a sentence cut at the end of the budget (cite24)', () => {
  const SOURCE = 'Russian President Dmitri Volkov met the Ostrand delegation in Kazan on Friday.';
  const OTHER = 'On Friday in Kazan, Russian President Dmitri Volkov met the Ostrand delegation for three hours.';

  /** The citations of the first `words` words of the source's sentence, cut as `fillBudget` cuts it. */
  function citeCut(wordCount: number) {
    const articles = [article(SOURCE, 'source.txt'), article(OTHER, 'other.txt')];
    const sentence = articles[0].sentences[0];
    const end = articles[0].text.split(' ').slice(0, wordCount).join(' ').length;
    const tokens = articles[0].tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((token) => token.end <= end);
    const cited = new CitationIndex(articles).cite(tokens, 0, sentence, 0.5, true).map((citation) => citation.article);
    return cited.map((id) => (id === articles[0].id ? 'source' : 'other'));
  }

  it('cite a fragment that makes no claim ("Russian President Dmitri Volkov") from its own source only', () => {
    expect(citeCut(4)).toEqual(['source']);
  });

  it('cite the fragment `summarize` cuts at the end of a word budget from its own source only', () => {
    const source = article(`A storm closed every road into Brennock village on Thursday night, the county council said. ${SOURCE}`, 'source.txt');
    const other = article(`A storm closed every road into Brennock village on Thursday night, officials said. ${OTHER}`, 'other.txt');
    const summary = summarize([source, other], { budget: { words: 16 }, fillBudget: true });
    const cut = summary.sentences.at(-1)!;
    expect([cut.truncated, summaryPartsText(source.text, cut.parts)]).toEqual([true, 'Russian President Dmitri Volkov']);
    expect(cut.citations.map((citation) => citation.article)).toEqual([source.id]);
    expect(summary.sentences[0].citations.map((citation) => citation.article)).toEqual([source.id, other.id]);
  });

  it('cite a cut sentence that keeps a claim from every article stating it', () => {
    expect(citeCut(8)).toEqual(['source', 'other']);
  });

  it.each([
    ['Russian President', true],
    ['House Speaker Newt Gingrich and Erskine Bowles, the president\'s', true],
    ['Mahathir and Anwar had differed over economic policy', false],
  ])('"%s" is a fragment: %s', (kept, fragment) => {
    expect(isFragment(details(kept))).toBe(fragment);
  });
});
