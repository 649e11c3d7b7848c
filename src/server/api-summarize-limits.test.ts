import { describe, expect, it, vi } from 'vitest';
import { prepare } from '../pipeline.js';
import { FERRY_RECORDS } from '../summarize/test-support/ferry.js';
import { errorResponse, summarizeResponse } from './schemas/responses.js';
import { postJson, testApp } from './test-support/fixtures.js';

// prepare as it is, its calls counted: an article past the limits is refused before it is prepared.
vi.mock('../pipeline.js', async (original) => {
  const actual = await original<typeof import('../pipeline.js')>();
  return { ...actual, prepare: vi.fn(actual.prepare) };
});

describe('POST /api/summarize, bounded', () => {
  it('refuses more articles, or more bytes of their text, than summaryLimits allows with a 413 naming the limit and the first article past it', async () => {
    const bytes = FERRY_RECORDS.slice(0, 2).reduce((sum, record) => sum + Buffer.byteLength(record.text), 0);
    const t = testApp({ summaryLimits: { maxArticles: 2, maxBytes: bytes } });
    try {
      const fits = await postJson(t.app, '/api/summarize', { articles: FERRY_RECORDS.slice(0, 2), budget: { sentences: 1 } });
      expect(fits.status).toBe(200);
      expect(summarizeResponse.parse(await fits.json()).sentences).toHaveLength(1);
      vi.mocked(prepare).mockClear();
      const many = await postJson(t.app, '/api/summarize', { articles: FERRY_RECORDS.slice(0, 3) });
      expect(vi.mocked(prepare).mock.calls).toHaveLength(2);
      expect([many.status, many.headers.get('content-type')]).toEqual([413, 'application/json']);
      expect(errorResponse.parse(await many.json())).toEqual({
        error: 'the request has more than 2 articles, the most one summary reads (maxArticles)',
        details: [{ path: 'articles.2', message: 'the first article past the limit: send fewer articles, or shorter ones, per request' }],
      });
      const longer = [FERRY_RECORDS[0], { ...FERRY_RECORDS[1], text: `${FERRY_RECORDS[1].text} Divers searched the lake.` }];
      vi.mocked(prepare).mockClear();
      const large = await postJson(t.app, '/api/summarize', longer);
      expect(large.status).toBe(413);
      expect(vi.mocked(prepare).mock.calls).toHaveLength(1);
      expect(errorResponse.parse(await large.json())).toMatchObject({ error: `the request has more than ${bytes} bytes of article text, the most one summary reads (maxBytes)`, details: [{ path: '1' }] });
    } finally {
      await t.close();
    }
  });
});
