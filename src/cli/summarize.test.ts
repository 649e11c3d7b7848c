import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus, toJsonl } from '../ingest/test-support/corpus.js';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { defaultSummarizeOptions, defaultSummaryLimitOptions } from '../summarize/index.js';
import { FERRY_RECORDS } from '../summarize/test-support/ferry.js';
import { prepare } from '../pipeline.js';
import { runMain as run } from './test-support/fake-io.js';

// prepare as it is, its calls counted: an article past the limits is refused before it is prepared.
vi.mock('../pipeline.js', async (original) => {
  const actual = await original<typeof import('../pipeline.js')>();
  return { ...actual, prepare: vi.fn(actual.prepare) };
});

const folder = mkdtempSync(path.join(tmpdir(), 'tidings-summarize-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('tidings summarize', () => {
  it('summarizes a folder of mixed formats with numbered citations and sources', async () => {
    const { code, stdout, stderr } = await run(['summarize', EXAMPLES, '--words', '80']);
    // Nothing but progress, which a loaded machine shows after a second of reading.
    expect(stderr.replace(/^Reading articles: .*\n/gm, '')).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\[\d\]/);
    expect(stdout).toContain('Sources');
  });

  it("without a length flag, writes the summarizer's default budget and its --help says so", async () => {
    const { words } = defaultSummarizeOptions.budget as { words: number };
    const json = JSON.parse((await run(['summarize', EXAMPLES, '--format', 'json'])).stdout);
    expect(json.length.words).toBeLessThanOrEqual(words);
    expect(json.length.words).toBeGreaterThan(words / 2);
    expect((await run(['summarize', '--help'])).stdout).toContain(`--words N           summary length in words (default ${words})`);
  });

  it('writes JSON whose spans read back the cited text', async () => {
    const { code, stdout } = await run(['summarize', EXAMPLES, '--sentences', '2', '--format', 'json', '--explain']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.version).toBe(6);
    expect(json.sentences).toHaveLength(2);
    for (const sentence of json.sentences) {
      for (const citation of sentence.citations) expect(citation.text.length).toBe(citation.span.end - citation.span.start);
    }
    expect(json.articles.some((article: { messages?: unknown[] }) => (article.messages ?? []).length > 0)).toBe(true);
  });

  it('refuses more articles than one summary reads, naming the inputs and the limit, and stops reading there', async () => {
    const { lines } = generateCorpus(defaultSummaryLimitOptions.maxArticles + 20, 9);
    const file = path.join(folder, 'many.jsonl');
    writeFileSync(file, toJsonl(lines));
    vi.mocked(prepare).mockClear();
    const { code, stdout, stderr } = await run(['summarize', file]);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr.replace(/^Reading articles: .*\n/gm, '')).toBe(`tidings: ${file}: more than 500 articles, the most one summary reads (maxArticles): summarize fewer articles (one story's)\n`);
    expect(vi.mocked(prepare).mock.calls).toHaveLength(defaultSummaryLimitOptions.maxArticles);
  });

  it('escapes article text in HTML output', async () => {
    const file = path.join(folder, 'hostile.txt');
    writeFileSync(file, 'Alert <script>alert(1)</script> headline\n\nThe council voted on Monday to close the <img src=x onerror=alert(1)> bridge for repairs.\n');
    const { code, stdout } = await run(['summarize', file, '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/<script>alert|<img src=x/);
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('marks a sentence stating one side of a same-day conflict as disputed, in every format', async () => {
    const file = path.join(folder, 'ferry.jsonl');
    writeFileSync(file, FERRY_RECORDS.map((record) => JSON.stringify(record)).join('\n'));
    const output = async (format: string) => {
      const { code, stdout } = await run(['summarize', file, '--sentences', '1', '--format', format]);
      expect(code, format).toBe(0);
      return stdout;
    };
    expect(await output('text')).toMatch(/^Twelve people died.*\n {2}\(Disputed, people killed: this sentence says 12; other sources say at least 14 \[\d\], 14 \[\d\]\[\d\]\)$/m);
    expect(await output('md')).toMatch(/^> Disputed, people killed: this sentence says 12; other sources say at least 14 \[\d\], 14 \[\d\]\[\d\]$/m);
    expect(await output('html')).toMatch(/<small class="disputed">\(Disputed, people killed: this sentence says 12; other sources say at least 14 \[\d\], 14 \[\d\]\[\d\]\)<\/small>/);
    const [sentence] = JSON.parse(await output('json')).sentences;
    expect(sentence.disputed).toHaveLength(1);
    expect(sentence.disputed[0].stated.value).toBe(12);
    expect(sentence.disputed[0].others.flatMap((other: { sources: { article: string }[] }) => other.sources.map((source) => source.article)).sort()).toEqual(['orrin-2', 'orrin-3', 'orrin-4']);
  });

  it('reads stdin with -', async () => {
    const { code, stdout } = await run(['summarize', '-', '--sentences', '1'], 'Bridge closes\n\nThe old bridge over the river will close for two years of repairs, the council said.\n');
    expect(code).toBe(0);
    expect(stdout).toContain('The old bridge over the river will close for two years of repairs');
  });

  it('lists what cleaning removed with --explain', async () => {
    const { stdout } = await run(['summarize', EXAMPLES, '--explain']);
    expect(stdout).toMatch(/Removed while reading[\s\S]*clean\/\w+/);
  });

  it('exits 2 with a usage message for bad flags, naming the flag', async () => {
    for (const argv of [['summarize'], ['summarize', 'x', '--words', 'ten'], ['summarize', 'x', '--words', '5', '--bytes', '9'], ['summarize', 'x', '--format', 'pdf'], ['summarize', 'x', '--nope'], ['frobnicate']]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 1 naming the input and the reason for a missing or empty input, without a stack trace', async () => {
    const missing = path.join(folder, 'missing.txt');
    const { code, stderr } = await run(['summarize', missing]);
    expect(code).toBe(1);
    expect(stderr).toContain(missing);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('skips a malformed JSONL line, says which, and still summarizes the rest', async () => {
    const file = path.join(folder, 'mixed.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'a', title: 'Bridge closes', text: 'The old bridge over the river will close for two years of repairs, the council said on Monday.' })}\n{not json\n`,
    );
    const { code, stdout, stderr } = await run(['summarize', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/mixed\.jsonl \(line 2\)/);
    expect(stdout).toContain('The old bridge over the river');
  });
});
