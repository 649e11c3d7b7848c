import { describe, expect, it } from 'vitest';
import { parseDateLine, splitLeadingDate, toIsoDate } from './dates.js';

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
  ])('reads %j as %j', (written, iso) => {
    expect(toIsoDate(written)).toBe(iso);
  });

  it.each(['', 'not a date', 'February 30, 2017', '2017-13-01', 'Route 6', '2005', '31.02.2026', '10:00 CET', 'Fri, 06 Mar 2026 10:00 ET', 'Chapter 2026 10:50', 'Budget 2026 12.50', 'Marathon 2026 10:30', 42])('rejects %j', (written) => {
    expect(toIsoDate(written)).toBeUndefined();
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
