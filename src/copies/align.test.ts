import { describe, expect, it } from 'vitest';
import { alignSentences, MAX_SCORED_SENTENCES } from './align.js';
import { articleProfile, spelledAlike } from './article-profile.js';
import { copyCandidate } from './compare.js';
import { defaultCopyOptions } from './options.js';
import { profileSimilarity } from './similarity.js';
import { exampleArticles, preparedText } from './test-support/articles.js';

const SOURCE_A = `Ferry crews walk out in Port Aldwin

Deckhands on the Port Aldwin ferries stopped work at dawn on Monday over a pay offer they called an insult.

The harbour board said the three crossings to Kessel Island would stay closed until the dispute was settled.
`;

const SOURCE_B = `Port Aldwin ferries halted

Ferry deckhands in Port Aldwin walked off the job early Monday, rejecting a pay offer as insulting.

The harbour board said the three crossings to Kessel Island would stay closed until the dispute was settled.
`;

const COPY = `Strike stops Port Aldwin ferries

The harbour board said the three crossings to Kessel Island would stay closed until the dispute was settled.
`;

describe('sentence alignment', () => {
  it('gives the sentences spelled alike in two articles one hash, and indexes each hash by its first sentence', () => {
    const a = articleProfile(preparedText(SOURCE_A, 'a.txt'));
    const copy = articleProfile(preparedText(COPY.replace('harbour board', 'Harbour Board'), 'copy.txt'));
    const last = a.sentenceHashes.length - 1;
    expect(copy.sentenceHashes[0]).toBe(a.sentenceHashes[last]);
    expect(a.spellings().get(a.sentenceHashes[last])).toBe(last);
    expect(spelledAlike(copy, 0, a, last)).toBe(true);
    expect(spelledAlike(copy, 0, a, last - 1)).toBe(false);
    expect(a.sentenceStarts).toHaveLength(a.sentenceHashes.length + 1);
  });

  it('takes a sentence from the first candidate that spells it alike, with similarity 1', () => {
    const paraphrase = preparedText(SOURCE_A.replace('would stay closed until the dispute was settled', 'would remain shut until the dispute was settled'), 'a.txt');
    const verbatim = preparedText(SOURCE_B, 'b.txt');
    const copy = preparedText(COPY, 'copy.txt');
    const [alignment] = alignSentences(articleProfile(copy), [paraphrase, verbatim].map(copyCandidate), defaultCopyOptions);
    expect(alignment).toMatchObject({ sentence: 0, candidate: 1, source: 1, similarity: 1 });
    const [withoutVerbatim] = alignSentences(articleProfile(copy), [paraphrase].map(copyCandidate), defaultCopyOptions);
    expect(withoutVerbatim.similarity).toBeGreaterThan(defaultCopyOptions.matchThreshold);
    expect(withoutVerbatim.similarity).toBeLessThan(1);
  });

  it('scores every alignment in the bundled examples as the sentence similarity of its pair (a split sentence\'s halves or a merged one\'s sources read as one)', async () => {
    const articles = await exampleArticles();
    let aligned = 0;
    for (const article of articles) {
      const others = articles.filter((other) => other !== article);
      for (const alignment of alignSentences(articleProfile(article), others.map(copyCandidate), defaultCopyOptions)) {
        const [copy, source] = [articleProfile(article), articleProfile(others[alignment.candidate])];
        const { sentence, splitWith, mergedTo } = alignment;
        const copySide = splitWith === undefined ? copy.sentence(sentence) : copy.joined(Math.min(sentence, splitWith), Math.max(sentence, splitWith));
        const scored = profileSimilarity(copySide, mergedTo === undefined ? source.sentence(alignment.source) : source.joined(alignment.source, mergedTo));
        expect(alignment.similarity).toBeCloseTo(scored, 12);
        aligned++;
      }
    }
    expect(aligned).toBeGreaterThan(20);
  });

  it('keeps a sentence split in two whole: a half is not taken again to join the sentence after it', () => {
    const source = preparedText(`Library closes in Velsk

The council voted on Monday to close the old library on Mill Street, the mayor told reporters gathered outside the town hall in the rain, after a survey found its roof unsafe.

A survey found its roof unsafe, and repairs would cost four million crowns.
`, 'source.txt');
    const copy = preparedText(`Velsk library shut

The council voted on Monday to close the old library on Mill Street, the mayor told reporters.

After a survey found its roof unsafe.

Repairs would cost four million crowns.
`, 'copy.txt');
    const alignments = alignSentences(articleProfile(copy), [copyCandidate(source)], defaultCopyOptions);
    expect(alignments.some((alignment) => alignment.splitWith !== undefined)).toBe(true);
    const bySentence = new Map(alignments.map((alignment) => [alignment.sentence, alignment]));
    for (const { sentence, splitWith, source: from } of alignments) {
      if (splitWith === undefined) continue;
      expect(bySentence.get(splitWith)).toMatchObject({ splitWith: sentence, source: from });
    }
  });

  it('finds each sentence its own source among hundreds framed alike, scoring at most MAX_SCORED_SENTENCES of them', () => {
    const given = ['Odile', 'Tomas', 'Ines', 'Rowan', 'Hanna', 'Martin', 'Anselm', 'Devika', 'Edwin', 'Corin'];
    const family = ['Fenwright', 'Keldren', 'Calloway', 'Tesh', 'Strell', 'Osgood', 'Dorrik', 'Rallan', 'Harrow', 'Aldane'];
    const lines = Array.from({ length: 300 }, (_, i) => `${given[i % 10]} ${family[Math.floor(i / 10) % 10]} of ward ${Math.floor(i / 100) + 1}, aged ${20 + (i % 37)}, was rescued from the river near the old mill.`);
    const source = preparedText(`River rescues\n\n${lines.join('\n\n')}\n`, 'source.txt');
    // Reordered, each with two words swapped, so that no sentence is spelled as its source is and every one is scored.
    const copy = preparedText(`River rescues\n\n${[...lines].reverse().map((line) => line.replace('was rescued', 'rescued was')).join('\n\n')}\n`, 'copy.txt');
    const alignments = alignSentences(articleProfile(copy), [copyCandidate(source)], defaultCopyOptions);
    expect(MAX_SCORED_SENTENCES).toBeLessThan(lines.length);
    expect(alignments).toHaveLength(lines.length);
    for (const alignment of alignments) expect(alignment.source).toBe(lines.length - 1 - alignment.sentence);
  });
});
