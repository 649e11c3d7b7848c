import { describe, expect, it } from 'vitest';
import { copyKeyNumber } from './hash.js';
import { KeyTable } from './key-table.js';

/** What `forEach` reports for a key, collected. */
function positionsOf(table: KeyTable, key: number): number[] {
  const found: number[] = [];
  table.forEach(key, (position) => found.push(position));
  return found;
}

describe('KeyTable', () => {
  it('answers as a Map from key to positions in the order added, through growth, after removing some and after clearing', () => {
    const table = new KeyTable();
    const model = new Map<number, number[]>();
    // 20,000 records of 5 keys from a pool of 30,000: shared keys, and keys of equal low or high 32 bits.
    const pool = Array.from({ length: 30_000 }, (_, i) => (i % 3 === 0 ? copyKeyNumber(`w${i % 32}:${i}`) : i % 3 === 1 ? i * 0x100000000 + 7 : 7 * 0x100000000 + i));
    let state = 99;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    for (let round = 0; round < 2; round++) {
      for (let position = 0; position < 20_000; position++) {
        for (let k = 0; k < 5; k++) {
          const key = pool[next() % pool.length];
          table.add(key, position);
          model.set(key, [...(model.get(key) ?? []), position]);
        }
      }
      for (const key of pool) expect(positionsOf(table, key)).toEqual(model.get(key) ?? []);
      const kept = (position: number) => position % 3 !== 0;
      table.remove((position) => !kept(position));
      for (const key of pool) expect(positionsOf(table, key)).toEqual((model.get(key) ?? []).filter(kept));
      table.clear();
      model.clear();
      for (const key of pool.slice(0, 100)) expect(positionsOf(table, key)).toEqual([]);
    }
  });

  it('drops the entries added first while their value passes, the rest answering as before, and keeps adding after', () => {
    const table = new KeyTable();
    const model = new Map<number, number[]>();
    const pool = Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? copyKeyNumber(`k${i}`) : i * 0x100000000 + 3));
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    const add = (position: number) => {
      for (let k = 0; k < 8; k++) {
        const key = pool[next() % pool.length];
        table.add(key, position);
        model.set(key, [...(model.get(key) ?? []), position]);
      }
    };
    for (let position = 0; position < 10_000; position++) add(position);
    for (const oldest of [0, 2_500, 2_500, 7_000, 10_000]) {
      table.dropFirst((position) => position < oldest);
      for (const [key, positions] of model) model.set(key, positions.filter((position) => position >= oldest));
      for (const key of pool) expect(positionsOf(table, key)).toEqual(model.get(key) ?? []);
    }
    expect(table.size).toBe(0);
    for (let position = 10_000; position < 12_000; position++) add(position);
    table.dropFirst((position) => position < 11_000);
    for (const [key, positions] of model) model.set(key, positions.filter((position) => position >= 11_000));
    for (const key of pool) expect(positionsOf(table, key)).toEqual(model.get(key) ?? []);
    expect(table.size).toBe(8_000);
  });

  it('takes removed entries out of their chains in place: adding after them (growing), and dropping the first entries past them, answer as a Map would', () => {
    const table = new KeyTable();
    let model = new Map<number, number[]>();
    const pool = Array.from({ length: 3_000 }, (_, i) => (i % 2 === 0 ? copyKeyNumber(`r${i}`) : i * 0x100000000 + 5));
    let state = 3;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    const add = (position: number) => {
      for (let k = 0; k < 6; k++) {
        const key = pool[next() % pool.length];
        table.add(key, position);
        model.set(key, [...(model.get(key) ?? []), position]);
      }
    };
    const expectModel = () => {
      for (const key of pool) expect(positionsOf(table, key)).toEqual(model.get(key) ?? []);
    };
    const keepOnly = (keep: (position: number) => boolean) => {
      model = new Map([...model].map(([key, positions]) => [key, positions.filter(keep)]));
    };
    for (let position = 0; position < 600; position++) add(position);
    // Removed entries at the front, in the middle and at the end of the entries, some chains left empty.
    const removed = new Set([0, 1, 2, 250, 251, 400, 599]);
    table.remove((position) => removed.has(position));
    keepOnly((position) => !removed.has(position));
    expectModel();
    // More than the first 4,096 slots: the table grows, leaving the removed entries out.
    for (let position = 600; position < 1_000; position++) add(position);
    expectModel();
    table.remove((position) => position % 5 === 0);
    keepOnly((position) => position % 5 !== 0);
    expectModel();
    // The first entries still present are before 300: the removed ones at 0-2 and 250-251 do not stop the cut.
    table.dropFirst((position) => position < 300);
    keepOnly((position) => position >= 300);
    expectModel();
    for (let position = 1_000; position < 1_200; position++) add(position);
    table.remove((position) => position >= 1_100);
    keepOnly((position) => position < 1_100);
    expectModel();
    table.dropFirst((position) => position < 1_200);
    expect(table.size).toBe(0);
  });

  it('gives the values found under any of some keys, within a range, with how many keys found each, the most keys first, ties as asked or in the order first found', () => {
    const table = new KeyTable();
    let state = 11;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    const pool = Array.from({ length: 400 }, (_, i) => copyKeyNumber(`s${i}`));
    for (let value = 0; value < 3_000; value++) for (let k = 0; k < 4; k++) table.add(pool[next() % pool.length], value);
    for (let query = 0; query < 50; query++) {
      const keys = Array.from({ length: 12 }, () => pool[next() % pool.length]);
      const [lowest, highest] = query % 2 === 0 ? [0, 2_999] : [1_000, 2_000];
      const shared = new Map<number, number>();
      for (const key of keys) for (const value of positionsOf(table, key)) if (value >= lowest && value <= highest) shared.set(value, (shared.get(value) ?? 0) + 1);
      const firstFound = [...shared].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, shared: count }));
      const newestFirst = [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([value, count]) => ({ value, shared: count }));
      expect(table.mostShared(keys, lowest, highest)).toEqual(firstFound);
      expect(table.mostShared(keys, lowest, highest, (a, b) => b - a)).toEqual(newestFirst);
    }
    expect(table.mostShared([pool[0]], 5, 4)).toEqual([]);
  });
});
