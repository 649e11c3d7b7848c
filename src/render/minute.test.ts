import { describe, expect, it } from 'vitest';
import { minute, minuteParts } from './minute.js';

describe('minute', () => {
  it('shows a date-time to the minute as written, whatever its offset, and a date alone as a date', () => {
    expect(minute('2026-06-02T11:30:45+02:00')).toBe('2026-06-02 11:30');
    expect(minute('2026-06-02T23:05Z')).toBe('2026-06-02 23:05');
    expect(minute('2026-06-02 07:15:00')).toBe('2026-06-02 07:15');
    expect(minute('2026-06-02')).toBe('2026-06-02');
    expect(minuteParts('2026-06-02')).toEqual({ day: '2026-06-02', time: '' });
    expect(minuteParts('2026-06-02T11:30:00-08:00')).toEqual({ day: '2026-06-02', time: '11:30' });
  });
});
