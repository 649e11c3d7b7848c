import { describe, expect, it } from 'vitest';
import { parseDateLine, regionalZone, splitLeadingDate, toIsoDate } from './dates.js';

describe('toIsoDate', () => {
  it.each([
    ['Saturday, January 8, 2005', '2005-01-08'],
    ['April 12, 2017', '2017-04-12'],
    ['Apr. 12 2017', '2017-04-12'],
    ['12 April 2017', '2017-04-12'],
    ['Sept. 24, 1998', '1998-09-24'],
    ['2017-04-12', '2017-04-12'],
    ['2005/01/08', '2005-01-08'],
    ['2026-03-14T10:20:00+00:00', '2026-03-14T10:20:00+00:00'],
    ['2026-03-14 10:20', '2026-03-14T10:20'],
    ['10/16/1998 14:40:00', '1998-10-16T14:40:00'],
    ['Sat, 21 Mar 2026 18:55:00 +0000', '2026-03-21T18:55:00Z'],
    ['Sat, 09 May 2026 09:02:00 +0100', '2026-05-09T09:02:00+01:00'],
    ['Tue, 03 Mar 2026 23:30:00 EST', '2026-03-03T23:30:00-05:00'],
    ['Tue, 03 Mar 2026 23:30:00 +0530', '2026-03-03T23:30:00+05:30'],
    ['Tue, 3 Mar 2026 23:30 GMT', '2026-03-03T23:30:00Z'],
    ['Thursday, March 5, 2026 11:30 PM', '2026-03-05T23:30:00'],
    ['Fri, 06 Mar 2026 10:00 CET', '2026-03-06T10:00:00+01:00'],
    ['Fri, 06 Mar 2026 10:00 (JST)', '2026-03-06T10:00:00+09:00'],
    ['March 5, 2026 10:00 AM PST', '2026-03-05T10:00:00-08:00'],
    ['2026-03-05 10:00 UTC', '2026-03-05T10:00Z'],
    ['2026-03-05T10:00:00 CEST', '2026-03-05T10:00:00+02:00'],
    ['2026-03-14T10:20:00+0100', '2026-03-14T10:20:00+01:00'],
    ['05.03.2026', '2026-03-05'],
    ['5.3.2026 9:30', '2026-03-05T09:30'],
    ['05.03.2026, 10:00 MEZ', '2026-03-05T10:00+01:00'],
    ['05.03.2026, 10.00 Uhr', '2026-03-05T10:00'],
    ['Fri, 6 Mar 2026 10:00:00 +0100 (CET)', '2026-03-06T10:00:00+01:00'],
    ['Thu 5 Mar 2026 10.00 GMT', '2026-03-05T10:00:00Z'],
    ['Thu Mar 05 2026 10:00:00 GMT+0100 (Central European Standard Time)', '2026-03-05T10:00:00+01:00'],
    ['Thu, 05 Mar 2026 10:00:00 GMT-0500', '2026-03-05T10:00:00-05:00'],
    ['March 5, 2026 at 10:00 AM', '2026-03-05T10:00:00'],
    ['2026/03/05 10:00', '2026-03-05T10:00:00'],
    ['March 5, 2026 10:30 a.m.', '2026-03-05T10:30:00'],
    ['March 5, 2026, 10:30 p.m. EST', '2026-03-05T22:30:00-05:00'],
    ['March 5, 2026 10:30 a.m. ET', '2026-03-05T10:30:00-05:00'],
    ['Fri, 06 Mar 2026 10:00 ET', '2026-03-06T10:00:00-05:00'],
    ['July 4, 2026 8:00 p.m. ET', '2026-07-04T20:00:00-04:00'],
    ['2026-07-04 17:00 PT', '2026-07-04T17:00-07:00'],
    ['March 8, 2026 1:30 a.m. CT', '2026-03-08T01:30:00-06:00'],
    ['March 8, 2026 3:30 a.m. CT', '2026-03-08T03:30:00-05:00'],
    ['April 2, 2005 8:00 p.m. MT', '2005-04-02T20:00:00-07:00'],
    ['2026年3月5日', '2026-03-05'],
    ['2026年3月5日 10:30', '2026-03-05T10:30'],
  ])('reads %j as %j', (written, iso) => {
    expect(toIsoDate(written)).toBe(iso);
  });

  it.each(['', 'not a date', 'February 30, 2017', '2017-13-01', 'Route 6', '2005', '31.02.2026', '10:00 CET', 'Chapter 2026 10:50', 'March 2026 10:30', 'Mar 2026 10:30 GMT', '2026年2月30日', 'Budget 2026 12.50', 'Marathon 2026 10:30', 42])('rejects %j', (written) => {
    expect(toIsoDate(written)).toBeUndefined();
  });

  it.each([
    ['Publié le 12 mars 2026 à 10h14', '2026-03-12T10:14:00'],
    ['Vendredi 13 mars 2026', '2026-03-13'],
    ['mercredi 11 mars 2026', '2026-03-11'],
    ['Jeudi 12 mars 2026 - 18:40', '2026-03-12T18:40:00'],
    ['le 12 mars 2026, 9h30 CET', '2026-03-12T09:30:00+01:00'],
    ['1er mai 2026', '2026-05-01'],
    ['Mis à jour le 14 août 2026 à 8h', '2026-08-14T08:00:00'],
    ['Dienstag, 10.03.2026, 11:52 Uhr', '2026-03-10T11:52'],
    ['Mittwoch, 11. März 2026', '2026-03-11'],
    ['Donnerstag, 12. März 2026, 10:05 Uhr', '2026-03-12T10:05:00'],
    ['Stand: 12.03.2026, 10:05 Uhr', '2026-03-12T10:05'],
    ['12 de marzo de 2026', '2026-03-12'],
    ['12 marzo 2026', '2026-03-12'],
    ['12 de março de 2026', '2026-03-12'],
    ['woensdag 11 maart 2026', '2026-03-11'],
    ['13/03/2026', '2026-03-13'],
    ['Published: 15 November 2026', '2026-11-15'],
    ['Last updated on November 16, 2026 9:40 AM', '2026-11-16T09:40:00'],
  ])('reads %j, written in another language or day first, as %j', (written, iso) => {
    expect(toIsoDate(written)).toBe(iso);
  });

  it.each(['31 février 2026', '12 mars', 'Le pont de 2026', 'Publié le 12 mars 2026 par la rédaction', 'mardi 2026'])('rejects %j', (written) => {
    expect(toIsoDate(written)).toBeUndefined();
  });

  it('reads a slashed date day first when told to (an article in another language), month first otherwise when it can be', () => {
    expect(toIsoDate('12/03/2026 11:30')).toBe('2026-12-03T11:30:00');
    expect(toIsoDate('12/03/2026 11:30', {}, true)).toBe('2026-03-12T11:30:00');
    expect(toIsoDate('Publié le 11/03/2026 à 17h05', {}, true)).toBe('2026-03-11T17:05:00');
    expect(toIsoDate('10/16/1998', {}, true)).toBe('1998-10-16');
  });

  it('reads an offset of hours alone, as ISO 8601 allows, in ISO and RFC 822 dates', () => {
    expect(toIsoDate('2026-03-05T10:00:00+05')).toBe('2026-03-05T10:00:00+05:00');
    expect(toIsoDate('2026-03-05T10:00-08')).toBe('2026-03-05T10:00-08:00');
    expect(toIsoDate('2026-03-05T10:00:00.250-08')).toBe('2026-03-05T10:00:00.250-08:00');
    expect(toIsoDate('2026-03-05 10:00 -0800')).toBe('2026-03-05T10:00-08:00');
    expect(toIsoDate('Thu, 05 Mar 2026 10:00:00 +05')).toBe('2026-03-05T10:00:00+05:00');
  });

  it('reads a zone name as the zones given say, else as ZONE_OFFSETS does', () => {
    expect(toIsoDate('Thu, 05 Mar 2026 10:00:00 CST')).toBe('2026-03-05T10:00:00-06:00');
    expect(toIsoDate('Thu, 05 Mar 2026 10:00:00 CST', { CST: 480 })).toBe('2026-03-05T10:00:00+08:00');
    expect(toIsoDate('2026年3月5日 9:30 CST', { CST: 480 })).toBe('2026-03-05T09:30+08:00');
  });
});

describe('regionalZone', () => {
  const place = (fields: { language?: string; url?: string }, script?: string) => ({ ...fields, scriptLanguage: () => script });
  it('reads CST as China Standard Time in copy from China, Hong Kong, Macau or Taiwan, and as US Central elsewhere', () => {
    expect(regionalZone('Thu, 05 Mar 2026 10:00:00 CST', place({ url: 'https://www.chinadaily.com.cn/a/1' }))).toEqual({ zones: { CST: 480 }, reason: 'read CST as China Standard Time (+08:00): its address is in .cn' });
    expect(regionalZone('Thu, 05 Mar 2026 10:00:00 CST', place({ language: 'zh-TW' }))?.reason).toBe('read CST as China Standard Time (+08:00): the article is in Chinese');
    expect(regionalZone('Thu, 05 Mar 2026 10:00:00 CST', place({}, 'zh'))?.reason).toBe('read CST as China Standard Time (+08:00): the article is written in Chinese');
    expect(regionalZone('Thu, 05 Mar 2026 10:00:00 CST', place({ language: 'en', url: 'https://www.chicagotribune.com/news/1' }, undefined))).toBeUndefined();
    expect(regionalZone('Thu, 05 Mar 2026 10:00:00 IST', place({ url: 'https://www.irishtimes.ie/news/1' }))?.zones).toEqual({ IST: 60 });
    expect(regionalZone('Thu, 05 Mar 2026 10:00:00 IST', place({}, 'he'))?.zones).toEqual({ IST: 120 });
    expect(regionalZone('Thu, 05 Mar 2026 10:00:00 EST', place({ language: 'zh' }))).toBeUndefined();
  });
});

describe('parseDateLine', () => {
  it('accepts a line that is only a date, and nothing longer', () => {
    expect(parseDateLine('  Monday, December 17, 2007 ')).toBe('2007-12-17');
    expect(parseDateLine('December 29, 2004')).toBe('2004-12-29');
    expect(parseDateLine('05.03.2026')).toBe('2026-03-05');
    expect(parseDateLine('Saturday, March 26, 2005 Up to four times as many women as men died')).toBeUndefined();
  });
});

describe('splitLeadingDate', () => {
  it('splits a date glued to the first sentence', () => {
    expect(splitLeadingDate('Saturday, March 26, 2005 Up to four times as many women died.')).toEqual({
      date: '2005-03-26',
      rest: 'Up to four times as many women died.',
    });
    expect(splitLeadingDate('March 26, 2005 was a Saturday.')).toBeUndefined();
  });
});
