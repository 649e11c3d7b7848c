import { describe, expect, it } from 'vitest';
import { MAX_WORD_SPELLINGS, phraseSpellings, wordSpellings } from './search-spellings.js';

describe('wordSpellings', () => {
  it('spells an umlaut or ß both ways, the typed word first', () => {
    expect(wordSpellings('Brücke')).toEqual(['Brücke', 'bruecke']);
    expect(wordSpellings('Bruecke')).toEqual(['Bruecke', 'brücke']);
    expect(wordSpellings('Straßenbahn')).toEqual(['Straßenbahn', 'strassenbahn']);
    expect(wordSpellings('strassenbahn')).toEqual(['strassenbahn', 'straßenbahn']);
    expect(wordSpellings('Zürich')).toEqual(['Zürich', 'zuerich']);
    expect(wordSpellings('Muenchen')).toEqual(['Muenchen', 'münchen']);
  });

  it('reads no umlaut into English vowel pairs nor German diphthongs: short words, qu and gu, a last e, es, el, er', () => {
    for (const word of ['poet', 'does', 'goes', 'blue', 'queen', 'guest', 'league', 'continue', 'values', 'heroes', 'canoe', 'dam', 'Michael', 'fuel', 'rescuer', 'Samuel', 'Bauer', 'Feuerwehr']) expect(wordSpellings(word)).toEqual([word]);
  });

  it('spells a prefix that goes on with an umlaut at its end', () => {
    expect(wordSpellings('fondue')).toEqual(['fondue']);
    expect(wordSpellings('fondue', true)).toEqual(['fondue', 'fondü']);
    expect(wordSpellings('stue', true)).toEqual(['stue']);
  });

  it('bounds the spellings of a word, fewest changes first', () => {
    const spellings = wordSpellings('Süßwasserstöße');
    expect(spellings).toHaveLength(MAX_WORD_SPELLINGS);
    expect(spellings.slice(0, 4)).toEqual(['Süßwasserstöße', 'sueßwasserstöße', 'süsswasserstöße', 'süßwaßerstöße']);
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(wordSpellings('Straße', false, 1)).toEqual(['Straße']);
  });
});

describe('phraseSpellings', () => {
  it('spells a phrase in each combination of its words, bounded', () => {
    expect(phraseSpellings(['Brücke', 'über', 'Rhein'], false)).toEqual([
      ['Brücke', 'über', 'Rhein'],
      ['bruecke', 'über', 'Rhein'],
      ['Brücke', 'ueber', 'Rhein'],
      ['bruecke', 'ueber', 'Rhein'],
    ]);
    expect(phraseSpellings(['Süß', 'Straße', 'Größe', 'Fuß'], false)).toHaveLength(MAX_WORD_SPELLINGS);
    expect(phraseSpellings(['dam', 'gate'], false)).toEqual([['dam', 'gate']]);
  });
});
