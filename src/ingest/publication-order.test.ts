import { describe, expect, it } from 'vitest';
import { inPublicationOrder, laterThanDateOnly } from './publication-order.js';

const item = (name: string, published?: string, outlet?: string, text = '') => ({ name, article: { published, outlet, text } });
const names = (items: ReadonlyArray<{ name: string }>) => items.map((entry) => entry.name);

describe('inPublicationOrder', () => {
  it.each([
    ['dated articles by date, whatever the order read', [item('c', '2026-03-21'), item('a', '2026-03-14T10:20:00Z'), item('b', '2026-03-15')], ['a', 'b', 'c']],
    ['same instant keeps the reading order', [item('x', '2026-03-14T10:00:00Z'), item('y', '2026-03-14T12:00:00+02:00')], ['x', 'y']],
    ['an undated article stays after the dated one read before it', [item('late', '2026-03-20'), item('undated'), item('early', '2026-03-01')], ['early', 'late', 'undated']],
    ['undated articles read first stay first', [item('u1'), item('u2'), item('d', '2026-01-01')], ['u1', 'u2', 'd']],
    ['an unparsable date counts as undated', [item('d', '2026-03-02'), item('bad', 'next Tuesday'), item('e', '2026-03-01')], ['e', 'd', 'bad']],
    ['time zones are compared as instants', [item('tokyo', '2026-03-14T09:00:00+09:00'), item('utc', '2026-03-14T01:00:00Z')], ['tokyo', 'utc']],
  ])('%s', (_case, input, order) => {
    expect(names(inPublicationOrder(input))).toEqual(order);
  });

  it.each([
    ['a date-only reprint after the same day’s timed report of the outlet it credits', [item('gazette', '2026-03-11', 'Kestrel Gazette', 'BRENMOUTH (Valley Wire Service) - The gate failed.'), item('wire', '2026-03-11T12:45:00+01:00', 'Valley Wire Service', 'BRENMOUTH - The gate failed.')], ['wire', 'gazette']],
    ['a date-only original before the timed reprint that credits it', [item('reprint', '2026-03-14T11:05:00Z', 'Lakeshore Morning Post', 'By Maren Holt, Harbor Daily'), item('original', '2026-03-14', 'Harbor Daily', 'BRENMOUTH - The gate failed.')], ['original', 'reprint']],
    ['a credit to an outlet timed on another day moves nothing', [item('gazette', '2026-03-11', 'Kestrel Gazette', '(Valley Wire Service)'), item('wire', '2026-03-12T08:00:00Z', 'Valley Wire Service', '')], ['gazette', 'wire']],
    ['after the latest report of the credited outlet that day, before later ones', [item('gazette', '2026-03-11', 'Kestrel Gazette', '(Valley Wire Service)'), item('late', '2026-03-11T20:00:00Z', 'Other Post', ''), item('wire2', '2026-03-11T14:00:00Z', 'Valley Wire Service', ''), item('wire1', '2026-03-11T09:00:00Z', 'Valley Wire Service', '')], ['wire1', 'wire2', 'gazette', 'late']],
  ])('%s', (_case, input, order) => {
    expect(names(inPublicationOrder(input))).toEqual(order);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = [item('b', '2026-02-01'), item('a', '2026-01-01')];
    const copy = [...input];
    expect(inPublicationOrder(input)).not.toBe(input);
    expect(input).toEqual(copy);
  });
});

describe('laterThanDateOnly', () => {
  const gazette = { published: '2026-03-11', outlet: 'Kestrel Gazette', text: 'BRENMOUTH (Valley Wire Service) - The gate failed.' };
  const reports = { early: { published: '2026-03-11T07:00:00Z', outlet: 'Other Post' }, wire: { published: '2026-03-11T12:45:00Z', outlet: 'Valley Wire Service' }, late: { published: '2026-03-11T20:00:00Z', outlet: 'Other Post' }, nextDay: { published: '2026-03-12T01:00:00Z', outlet: 'Other Post' } };
  const later = (arrival: typeof gazette) => {
    const after = laterThanDateOnly(arrival, Object.values(reports));
    return Object.entries(reports).filter(([, report]) => after(report)).map(([name]) => name);
  };

  it('places an arrival that credits an outlet where inPublicationOrder does: after its timed report, so an earlier report of another outlet that day is no later', () => {
    expect(later(gazette)).toEqual(['late']);
    expect(names(inPublicationOrder([item('gazette', gazette.published, gazette.outlet, gazette.text), ...Object.entries(reports).map(([name, report]) => item(name, report.published, report.outlet))]))).toEqual(['early', 'wire', 'gazette', 'late', 'nextDay']);
  });

  it('puts every report timed on the day of an arrival that credits none after it, and none for an arrival that carries a time', () => {
    expect(later({ ...gazette, text: 'BRENMOUTH - The gate failed.' })).toEqual(['early', 'wire', 'late']);
    expect(later({ ...gazette, published: '2026-03-11T06:00:00Z' })).toEqual([]);
  });
});
