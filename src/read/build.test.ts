import { describe, expect, it } from 'vitest';
import { buildArticle, MAX_FIELD_CHARS } from './build.js';
import { READ_AT } from './test-support/read-at.js';

const dated = (published: string) => buildArticle({ published }, ['The council voted to close the bridge on Monday.'], { input: 'dates.txt', format: 'text' }, READ_AT);

describe('buildArticle dates', () => {
  it('keeps a date as written, with its zone named or not', () => {
    expect(dated('Fri, 06 Mar 2026 10:00 CET').published).toBe('2026-03-06T10:00:00+01:00');
    expect(dated('05.03.2026').published).toBe('2026-03-05');
    expect(dated(new Date(READ_AT + 86_400_000).toISOString()).published).toBeDefined();
  });

  it('leaves out with a message a date that cannot be when the article was written', () => {
    const reasons = (published: string) => dated(published).messages.map((message) => `${message.rule}: ${message.reason}`);
    expect(dated('2999-03-05').published).toBeUndefined();
    expect(reasons('2999-03-05')).toEqual([expect.stringMatching(/^implausible-date: the published date "2999-03-05" is after the time of reading \(\d{4}-\d{2}-\d{2}\); left it out$/)]);
    expect(reasons(new Date(READ_AT + 5 * 86_400_000).toISOString().slice(0, 10))).toEqual(['implausible-date: the published date "2026-12-11" is after the time of reading (2026-12-06); left it out']);
    expect(reasons('1026-03-05')).toEqual(['implausible-date: the published date "1026-03-05" is before 1900; left it out']);
    expect(reasons('Thu, 01 Jan 1970 00:00:00 +0000')).toEqual(['implausible-date: the published date "Thu, 01 Jan 1970 00:00:00 +0000" is the first second of Unix time, which stands for no date; left it out']);
    expect(dated('1998-10-16').published).toBe('1998-10-16');
  });

  it('reads CST as China Standard Time, saying why, when the article is Chinese; as US Central otherwise', () => {
    const read = (fields: { url?: string; language?: string }, text = 'The council voted to close the bridge on Monday.') =>
      buildArticle({ ...fields, published: 'Thu, 05 Mar 2026 10:00:00 CST' }, [text], { input: 'cst.txt', format: 'text' }, READ_AT);
    const chinese = read({}, '市政府周一投票决定关闭这座桥梁，并表示将在明年重新开放。');
    expect(chinese.published).toBe('2026-03-05T10:00:00+08:00');
    expect(chinese.messages.map((message) => `${message.rule}: ${message.reason}`)).toEqual([
      'date-zone: the published date "Thu, 05 Mar 2026 10:00:00 CST": read CST as China Standard Time (+08:00): the article is written in Chinese',
    ]);
    expect(read({ url: 'https://www.globaltimes.cn/page/1.shtml' }).published).toBe('2026-03-05T10:00:00+08:00');
    expect(read({ language: 'zh-Hans' }).published).toBe('2026-03-05T10:00:00+08:00');
    const american = read({ url: 'https://www.chicagotribune.com/news/1' });
    expect(american.published).toBe('2026-03-05T10:00:00-06:00');
    expect(american.messages.filter((message) => message.rule === 'date-zone')).toEqual([]);
  });

  it('judges a date against the time of reading it is given, not the clock', () => {
    const read = (readAt: number) => buildArticle({ published: '2031-05-01' }, ['The council voted to close the bridge on Monday.'], { input: 'dates.txt', format: 'text' }, readAt);
    expect(read(READ_AT).published).toBeUndefined();
    expect(read(Date.parse('2031-05-01T08:00:00Z')).published).toBe('2031-05-01');
  });
});

describe('buildArticle fields', () => {
  it(`cuts an outlet, title or byline over ${MAX_FIELD_CHARS} characters at a space, with a message (a body pasted into a title named the article in every answer)`, () => {
    const title = 'Harbour board minutes '.repeat(100).trim();
    const article = buildArticle({ title, byline: 'x'.repeat(5_000), outlet: 'Kessock Times' }, ['The harbour board met on Tuesday night to read its minutes.'], { input: 'long.jsonl', format: 'jsonl' }, READ_AT);
    expect(article.title!.length).toBeLessThanOrEqual(MAX_FIELD_CHARS + 1);
    const kept = article.title!.slice(0, -1);
    expect(article.title!.endsWith('…') && title.startsWith(kept) && title[kept.length] === ' ', 'cut at a space, with an ellipsis').toBe(true);
    expect(article.byline).toBe(`${'x'.repeat(MAX_FIELD_CHARS - 1)}…`);
    expect(article.outlet).toBe('Kessock Times');
    expect(article.messages.map((message) => `${message.rule}: ${message.reason}`)).toEqual([
      `long-field: the title is ${title.length.toLocaleString('en-US')} characters; kept its first 1,000`,
      'long-field: the byline is 5,000 characters; kept its first 1,000',
    ]);
  });
});
