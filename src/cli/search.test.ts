import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEARCH_JSON_VERSION } from '../render/json.js';
import { searchResponse } from '../server/schemas/responses.js';
import { runMain as run } from './test-support/fake-io.js';
import { examplesDatabase } from './test-support/examples-db.js';

const { db, temp } = examplesDatabase('tidings-cli-search-');

describe('tidings search', () => {
  it('prints help with examples', async () => {
    const { code, stdout } = await run(['search', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: tidings search[\s\S]*Examples:/);
  });

  it('finds articles with a snippet and their story', async () => {
    const { code, stdout, stderr } = await run(['search', 'embankment', 'Trevik', '--db', db]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Ossa River[\s\S]*article \S+, story s\d+\n  .*\[embankment\]/);
    expect(stdout).not.toMatch(/Corrin Falls Dam/);
  });

  it('searches what cleaning kept, not the boilerplate it removed (a "Read more:" line naming another story)', async () => {
    const removed = await run(['search', '"Amber rain warning"', '--db', db]);
    expect(removed.stdout).toBe('No article matches "\\"Amber rain warning\\"".\n');
    const kept = await run(['search', '"worst night"', '--db', db]);
    expect(kept.stdout).toMatch(/Northgate Courier[\s\S]*\[worst night\]/);
  });

  it('writes JSON and respects --limit', async () => {
    const { code, stdout } = await run(['search', 'Brenmouth', '--db', db, '--format', 'json', '--limit', '2']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed).toMatchObject({ version: SEARCH_JSON_VERSION, query: 'Brenmouth' });
    expect(parsed.hits).toHaveLength(2);
    expect(parsed.hits[0].snippet).toContain('[Brenmouth]');
  });

  it('gives the matched words\' spans and the reading language in JSON, in the API\'s shape, so a bracket the article holds is not read as a match and a French snippet gets its lang (mend27, mend27c)', async () => {
    const file = temp.file('bracketed.jsonl');
    const french = { id: 'kelby-fr', outlet: 'Le Courrier de Kelby', language: 'fr', title: 'Le vote sur la bibliothèque est reporté', text: 'Le council de Kelby a reporté le vote sur la bibliothèque d\'une semaine, a dit le maire.' };
    writeFileSync(file, `${JSON.stringify({ id: 'bracketed-1', outlet: 'Kelby Post', title: 'Kelby library vote delayed', text: 'Kelby [Updated] council [sic] members delayed the vote on the library by a week, the mayor said.' })}\n${JSON.stringify(french)}\n`);
    const bracketed = temp.file('bracketed.db');
    expect((await run(['ingest', file, '--db', bracketed])).code).toBe(0);
    const { stdout } = await run(['search', 'council', '--db', bracketed, '--format', 'json']);
    const { hits } = searchResponse.omit({ page: true }).parse(JSON.parse(stdout));
    const bracketedHit = hits.find((hit) => hit.id === 'bracketed-1')!;
    expect({ snippet: bracketedHit.snippet, marked: bracketedHit.marked }).toEqual({ snippet: 'Kelby [Updated] [council] [sic] members delayed the vote on the library by a week, the mayor…', marked: [{ start: 17, end: 24 }] });
    expect(Object.fromEntries(hits.map((hit) => [hit.id, hit.readingLanguage]))).toEqual({ 'bracketed-1': 'en', 'kelby-fr': 'fr' });
  });

  it('searches hostile input as plain words', async () => {
    for (const query of ['NEAR(dam', 'dam)', '"spillway', 'title:dam', 'dam OR', '*dam*']) {
      const { code, stderr } = await run(['search', query, '--db', db]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
    const nothing = await run(['search', 'zzyzx', '--db', db]);
    expect(nothing.stdout).toBe('No article matches "zzyzx".\n');
    const empty = await run(['search', '" ) *', '--db', db]);
    expect(empty.code, 'bad usage').toBe(2);
    expect(empty.stderr).toMatch(/^tidings search: the search "\\" \) \*" holds no word to search for \(punctuation and search syntax count as none\)\n/);
    const stories = await run(['stories', '--search', '*', '--db', db]);
    expect(stories.code).toBe(2);
    expect(stories.stderr).toMatch(/^tidings stories: --search "\*" holds no word to search for/);
    const short = await run(['search', 'th*', '--db', db]);
    expect(short.code, 'bad usage').toBe(2);
    expect(short.stderr).toMatch(/^tidings search: the search "th\*": a prefix needs at least 3 letters before its \*, "th\*" has 2/);
  });

  it('treats bad usage as exit 2 and a missing database as exit 1', async () => {
    expect((await run(['search', '--db', db])).code).toBe(2);
    expect((await run(['search', 'dam', '--limit', 'ten', '--db', db])).code).toBe(2);
    expect((await run(['search', 'dam', '--db', temp.file('missing.db')])).code).toBe(1);
  });
});
