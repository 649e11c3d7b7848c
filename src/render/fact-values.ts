/**
 * Fact values as a reader reads them ("about 1,200", "£48 million"), and the
 * note under a summary sentence that states one side of a disagreement
 * (`markDisputes`).
 */
import { TIME_UNIT, type FactValue } from '../facts/index.js';
import { byNumber, type ResolvedDispute } from './resolve.js';

const HEDGES: Record<FactValue['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  nearly: 'nearly ',
  'up-to': 'up to ',
  'less-than': 'less than ',
  range: '',
};

/** How a time of day is hedged ("shortly before 22:30"). */
const TIME_HEDGES: Record<FactValue['qualifier'], string> = { ...HEDGES, nearly: 'shortly before ', 'more-than': 'shortly after ', 'up-to': 'by ' };

/** Units written before the number: currency signs ("$", "£", "€", "A$"). */
const SIGN_BEFORE = /^[A-Z]{0,2}[$£€¥]$/;

/** Scales a large round amount is written in, as news writes it ("£40 million", "$4.1 billion"), largest first. */
const SCALES: ReadonlyArray<[number, string]> = [
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A number as news writes it: "1,200", "4.8", and a round amount of millions or billions in words ("40 million", "13.9 billion"; 40,250,000 stays in digits). */
function numberText(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale && Number.isInteger(value / (scale / 10))) return `${(value / scale).toLocaleString('en-US')} ${word}`;
  }
  return value.toLocaleString('en-US');
}

/** "about 1,200", "$45 million", "£48.5 million", "4.8 metres", "2026-03-14", "shortly before 22:30" (a time of day). */
export function valueText(value: FactValue): string {
  if (typeof value.value === 'string') return value.value;
  if (value.unit === TIME_UNIT) return `${TIME_HEDGES[value.qualifier]}${String(Math.floor(value.value / 60)).padStart(2, '0')}:${String(value.value % 60).padStart(2, '0')}`;
  const number = numberText(value.value);
  const upper = value.upper !== undefined ? `–${numberText(value.upper)}` : '';
  const amount = value.unit !== undefined && SIGN_BEFORE.test(value.unit) ? `${value.unit}${number}${upper}` : `${number}${upper}${value.unit ? ` ${value.unit}` : ''}`;
  return `${HEDGES[value.qualifier]}${amount}`;
}

/**
 * "Disputed, people killed: this sentence says 12; other sources say at least
 * 14 [2], 14 [3][4]", the words through `escape` (Markdown's), the source
 * numbers as citations are written.
 */
export function disputeNote(dispute: ResolvedDispute, escape: (text: string) => string = (text) => text): string {
  const others = dispute.others.map((other) => `${escape(valueText(other.value))} ${byNumber(other.sources).map((source) => `[${source.number}]`).join('')}`.trimEnd());
  return `${escape(`Disputed, ${dispute.label}: this sentence says ${valueText(dispute.stated)}; other sources say`)} ${others.join(', ')}`;
}
