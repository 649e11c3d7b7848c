import { describe, expect, it } from 'vitest';
import { labelledOpening, OPENING_LABEL, openingName, openingWords, sourceName } from './outlet-name.js';

describe('sourceName', () => {
  it('names a source by its outlet, else its title in quotation marks, else its id', () => {
    expect(sourceName({ id: 'a1', outlet: 'Harbor Daily', title: 'Dam gate fails' })).toBe('Harbor Daily');
    expect(sourceName({ id: 'a1', outlet: null, title: 'Dam gate fails' })).toBe('“Dam gate fails”');
    expect(sourceName({ id: 'a1', outlet: null, title: null })).toBe('a1');
  });

  it('names a source with neither outlet nor title by the words its text opens with, cut at a word, when the text is at hand (mend28)', () => {
    const text = 'Crews in Ostrey finished the quay wall on Monday after a storm broke it.\n\nThe ferry runs again.';
    expect(sourceName({ id: 'f019e8d1e5be6fbb', outlet: null, title: null, text })).toBe('(untitled) Crews in Ostrey finished the quay wall…');
    expect(sourceName({ id: 'f019e8d1e5be6fbb', outlet: null, title: 'Quay wall finished', text })).toBe('“Quay wall finished”');
    expect(sourceName({ id: 'f019e8d1e5be6fbb', outlet: null, title: null, text: ' \n ' })).toBe('f019e8d1e5be6fbb');
    expect(openingName('\n  The ferry runs again.\nMore.', 80)).toBe('(untitled) The ferry runs again.');
  });

  it('shows the words an article opens with after a label and out of quotation marks, so they never read as a title (mend29)', () => {
    const text = 'Quay wall finished\n\nCrews in Ostrey finished the quay wall on Monday.';
    const opening = sourceName({ id: 'k1', outlet: null, title: null, text });
    const title = sourceName({ id: 'k2', outlet: null, title: 'Quay wall finished', text });
    expect(opening).toBe(`${OPENING_LABEL} Quay wall finished`);
    expect(title).toBe('“Quay wall finished”');
    expect(opening).not.toMatch(/[“”]/);
    expect(openingName(text)).toBe(labelledOpening(openingWords(text)!));
  });

  it('takes the text apart from the article, for a caller that keeps texts by id (mend29)', () => {
    const article = { id: 'f019e8d1e5be6fbb', outlet: null, title: null };
    expect(sourceName(article, 'Crews in Ostrey finished the quay wall.')).toBe(sourceName({ ...article, text: 'Crews in Ostrey finished the quay wall.' }));
    expect(sourceName(article, undefined)).toBe('f019e8d1e5be6fbb');
  });

  it('reads only the opening words of a long first line, not the whole line, and still marks the cut (mend28f: a 1 MB line was copied on every call)', () => {
    const line = `Crews in Ostrey finished the quay wall on Monday ${'and the ferry runs again '.repeat(40_000)}`;
    const started = performance.now();
    for (let call = 0; call < 10_000; call += 1) expect(openingName(line)).toBe('(untitled) Crews in Ostrey finished the quay wall…');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(openingName(`Quay wall finished${' '.repeat(100)}\nMore.`)).toBe('(untitled) Quay wall finished');
    expect(openingName(`Quay${' '.repeat(100)}reopens on Monday`)).toBe('(untitled) Quay…');
    expect(openingName('Crews in Ostrey finished the quay wall.\r\nMore.')).toBe('(untitled) Crews in Ostrey finished the quay wall.');
  });

  it('cuts a long title after its last whole word, not inside one, and leaves no comma or dash before the ellipsis', () => {
    expect(sourceName({ id: 'a1', title: 'Dam Gate Failure Forces 1,200 People Out Of Their Homes In Brenmouth' })).toBe('“Dam Gate Failure Forces 1,200 People…”');
    expect(sourceName({ id: 'a1', title: 'Shelters full as Brenmouth flood rises, river still climbing' })).toBe('“Shelters full as Brenmouth flood rises…”');
    expect(sourceName({ id: 'a1', title: 'Brenmouth flood: day three — shelters full, river still rising' })).toBe('“Brenmouth flood: day three — shelters…”');
    expect(sourceName({ id: 'a1', title: '澜江市消防部门周二表示澜江市消防部门周二表示澜江市消防部门周二表示澜江市消防部门周二表示' })).toBe('“澜江市消防部门周二表示澜江市消防部门周二表示澜江市消防部门周二表示澜江市消防部…”');
  });
});
