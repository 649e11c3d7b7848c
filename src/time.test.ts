import { afterEach, describe, expect, it } from 'vitest';
import { inPublicationOrder } from './ingest/publication-order.js';
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
});
