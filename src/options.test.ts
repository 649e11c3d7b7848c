import { describe, expect, it } from 'vitest';
import { checkCopyOptions } from './copies/options.js';
import { checkedOnce } from './options.js';
import { storyOptions } from './stories/options.js';

describe('checkedOnce', () => {
  it('checks options it has not returned, and returns its own result as it is', () => {
    let checks = 0;
    const check = checkedOnce((options: Partial<{ size: number }> | undefined) => {
      checks++;
      if (options?.size !== undefined && options.size < 0) throw new RangeError('size below 0');
      return { size: 3, ...options };
    });
    const given = { size: 5 };
    const checked = check(given);
    expect(checked).toEqual({ size: 5 });
    expect(checked).not.toBe(given);
    expect(Object.isFrozen(checked)).toBe(true);
    expect(check(checked)).toBe(checked);
    expect(checks).toBe(1);
    expect(check(given)).toEqual({ size: 5 });
    expect(checks).toBe(2);
    expect(() => check({ size: -1 })).toThrow(RangeError);
  });

  it('lets the stages take checked settings as they are, and still refuse bad ones', () => {
    const stories = storyOptions({ threshold: 0.6 });
    expect(storyOptions(stories)).toBe(stories);
    expect(stories.threshold).toBe(0.6);
    const copies = checkCopyOptions({ bands: 8 });
    expect(checkCopyOptions(copies)).toBe(copies);
    expect(() => storyOptions({ threshold: 2 })).toThrow(/threshold/);
    expect(() => checkCopyOptions({ bands: 7 })).toThrow(/bands/);
  });
});
