import { describe, expect, it } from 'vitest';
import { systemIdOf, taskIdOf, tasksFromFiles } from './layout.js';

describe('DUC file names', () => {
  it('takes the task up to the first dot and the system after the last', () => {
    expect(taskIdOf('d30001.m.100.t.a')).toBe('d30001');
    expect(taskIdOf('d30001.ICSISumm')).toBe('d30001');
    expect(systemIdOf('d30001.ICSISumm')).toBe('ICSISumm');
    expect(systemIdOf('summary')).toBeUndefined();
  });

  it('groups peers and references into tasks sorted by id', () => {
    const tasks = tasksFromFiles(
      [{ name: 'd2.B', text: 'p2b' }, { name: 'd1.A', text: 'p1a' }, { name: 'd1.B', text: 'p1b' }],
      [{ name: 'd1.m.a', text: 'r1a' }, { name: 'd1.m.b', text: 'r1b' }, { name: 'd2.m.a', text: 'r2a' }, { name: 'd3.m.a', text: 'r3a' }],
    );
    expect(tasks).toEqual([
      { id: 'd1', references: ['r1a', 'r1b'], peers: { A: 'p1a', B: 'p1b' } },
      { id: 'd2', references: ['r2a'], peers: { B: 'p2b' } },
    ]);
  });

  it('names the file that does not fit', () => {
    expect(tasksFromFiles([{ name: 'd9.A', text: '' }], [{ name: 'd1.m', text: '' }])).toMatchObject({ name: 'd9.A', reason: expect.stringMatching(/no reference/) });
    expect(tasksFromFiles([{ name: 'summary', text: '' }], [{ name: 'summary.m', text: '' }])).toMatchObject({ name: 'summary' });
  });
});
