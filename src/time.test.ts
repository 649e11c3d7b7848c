import { afterEach, describe, expect, it } from 'vitest';
import { publishedAfter } from './copies/compare.js';
import { inPublicationOrder } from './ingest/publication-order.js';
import { renderAtom } from './render/atom.js';
import { articleTime } from './stories/index.js';
import { instantOf } from './time.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

/** Runs `read` on machines set to three zones and gives what each read. */
function onEachMachine<T>(read: () => T): T[] {
  return ['UTC', 'America/New_York', 'Asia/Tokyo'].map((machine) => {
    process.env.TZ = machine;
    return read();
  });
}

describe('instantOf', () => {
  it('reads a date-time with no offset as UTC, as a date alone, on a machine in any zone', () => {
    const table: [string, string][] = [
      ['2026-11-20T08:00:00', '2026-11-20T08:00:00.000Z'],
      ['2026-11-20T08:00', '2026-11-20T08:00:00.000Z'],
      ['2026-11-20T08:00:00.250', '2026-11-20T08:00:00.250Z'],
      ['2026-11-20T08:00:00+01:00', '2026-11-20T07:00:00.000Z'],
      ['2026-11-20T08:00:00Z', '2026-11-20T08:00:00.000Z'],
      ['2026-11-20', '2026-11-20T00:00:00.000Z'],
    ];
    for (const [written, instant] of table) {
      expect(onEachMachine(() => new Date(instantOf(written)).toISOString())).toEqual([instant, instant, instant]);
    }
    expect(instantOf('not a date')).toBeNaN();
  });

  it('gives stories and the publication order the same times on every machine (Date.parse read them in the machine\'s zone)', () => {
    expect(new Set(onEachMachine(() => articleTime('2026-11-20T08:00:00'))).size).toBe(1);
    const wire = { id: 'wire', article: { published: '2026-11-20T08:00:00', outlet: 'Valley Wire', text: 'The ferry ran aground.' } };
    const post = { id: 'post', article: { published: '2026-11-20T09:30:00+05:00', outlet: 'Harbor Daily', text: 'The ferry ran aground.' } };
    const orders = onEachMachine(() => inPublicationOrder([post, wire]).map((item) => item.id));
    expect(orders).toEqual([['post', 'wire'], ['post', 'wire'], ['post', 'wire']]);
  });

  it('tells which of two reports came first, and gives a feed entry its time, the same on every machine', () => {
    // 16:20 with no offset is 16:20 UTC, after 17:05 in +01:00 (16:05 UTC); Date.parse read it at 07:20 UTC in Tokyo.
    const weekly = { published: '2026-03-11T16:20' };
    const daily = { published: '2026-03-11T17:05:00+01:00' };
    expect(onEachMachine(() => [publishedAfter(weekly, daily), publishedAfter(daily, weekly)])).toEqual([[true, false], [true, false], [true, false]]);
    const entry = { id: 'http://reader.example/stories/s1', title: 'Strike at the foundry', updated: weekly.published, link: 'http://reader.example/stories/s1', summary: 'Workers walked out.' };
    const feed = () => renderAtom({ id: 'http://reader.example/', title: 'Tidings: stories', self: 'http://reader.example/stories.atom', alternate: 'http://reader.example/', made: '2026-03-12T08:00:00', entries: [entry] });
    expect(new Set(onEachMachine(() => feed().match(/<updated>[^<]*<\/updated>/g)!.join()))).toEqual(new Set(['<updated>2026-03-11T16:20:00.000Z</updated>,<updated>2026-03-11T16:20:00.000Z</updated>']));
  });
});
