import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from './table.js';

describe('textTable', () => {
  it('lines up Chinese and Japanese cells with Latin ones by the columns they take in a terminal', () => {
    const table = textTable(['OUTLET', 'ARTICLES', 'HEADLINE'], [['新华社', '12', '地震'], ['朝日新聞デジタル', '3', 'x'], ['Harbor Daily', '145', 'y']], new Set([1]));
    expect(table.split('\n')).toEqual([
      'OUTLET            ARTICLES  HEADLINE',
      '新华社                  12  地震',
      '朝日新聞デジタル         3  x',
      'Harbor Daily           145  y',
    ]);
  });
});

describe('displayWidth', () => {
  it('counts wide characters two columns, combining marks none, others one', () => {
    expect(['Harbor', '新华社', 'ＡＢＣ', 'café', 'cafe\u0301', '한국일보', '📰 news'].map(displayWidth)).toEqual([6, 6, 6, 4, 4, 8, 7]);
  });
});
