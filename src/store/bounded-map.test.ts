import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.js';

describe('BoundedMap', () => {
  it('drops the key set longest ago when one more comes in', () => {
    const map = new BoundedMap<string, number>(3);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    map.set('a', 10);
    map.set('d', 4);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('c')).toBe(3);
    map.set('e', 5);
    expect([map.get('c'), map.get('a'), map.get('d'), map.get('e'), map.size]).toEqual([undefined, 10, 4, 5, 3]);
  });

  it('keeps the keys a list in order of setting keeps, over many more keys than it holds', () => {
    const map = new BoundedMap<number, number>(50);
    let order: number[] = [];
    for (let step = 0; step < 5_000; step++) {
      const key = (step * 7919) % 173;
      if (step % 3 === 0) expect(map.get(key)).toBe(order.includes(key) ? key : undefined);
      else if (step % 11 === 0) {
        map.delete(key);
        order = order.filter((other) => other !== key);
      } else {
        map.set(key, key);
        order = [...order.filter((other) => other !== key), key].slice(-50);
      }
    }
    expect(map.size).toBe(order.length);
    for (const key of order) expect(map.get(key)).toBe(key);
  });

  it('starts over empty after clear', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.clear();
    map.set('c', 3);
    map.set('d', 4);
    map.set('e', 5);
    expect([map.get('c'), map.get('d'), map.get('e'), map.size]).toEqual([undefined, 4, 5, 2]);
  });
});
