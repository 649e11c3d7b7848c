import { describe, expect, it } from 'vitest';
import { CHINESE, JAPANESE } from '../test-support/cjk-articles.js';
import { CopyIndex } from './index.js';

describe('copies in Chinese and Japanese', () => {
  it('finds a reprint and a lightly edited copy of a Chinese report, and not an independent report of the event', () => {
    const index = new CopyIndex();
    expect(index.add(CHINESE.fire).kind).toBe('independent');
    expect(index.add(CHINESE.reprint)).toMatchObject({ kind: 'reprint', sources: [{ article: 'zh-fire-1', share: 1 }] });
    const edited = index.add(CHINESE.edited);
    expect(edited.kind).toBe('reprint');
    expect(edited.sources.map((source) => source.article)).toContain('zh-fire-1');
    expect(index.add(CHINESE.report)).toMatchObject({ kind: 'independent', sources: [] });
  });

  it('does not take two Japanese reports of one earthquake for copies', () => {
    const index = new CopyIndex();
    index.add(JAPANESE.quake);
    expect(index.add(JAPANESE.report).kind).toBe('independent');
  });
});
