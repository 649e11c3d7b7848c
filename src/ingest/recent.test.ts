import { describe, expect, it } from 'vitest';
import { RecentValues } from './recent.js';

describe('RecentValues', () => {
  it('drops the key read or set longest ago when one more comes in', () => {
    const recent = new RecentValues<number>(3);
    recent.set('a', 1);
    recent.set('b', 2);
    recent.set('c', 3);
    expect(recent.get('a')).toBe(1);
    recent.set('d', 4);
    expect([recent.get('b'), recent.get('a'), recent.get('c'), recent.get('d')]).toEqual([undefined, 1, 3, 4]);
  });
});
