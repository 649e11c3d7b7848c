/**
 * Fact values as a reader reads them ("about 1,200", "£48,000,000"), and the
 * note under a summary sentence that states one side of a disagreement
 * (`markDisputes`).
 */
import type { FactValue } from '../facts/index.js';
import type { ResolvedDispute } from './resolve.js';

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

/** Units written before the number: currency signs ("$", "£", "€", "A$"). */
const SIGN_BEFORE = /^[A-Z]{0,2}[$£€¥]$/;

/** "about 1,200", "$45,000,000", "£48,000,000", "4.8 metres", "2026-03-14". */
export function valueText(value: FactValue): string {
  if (typeof value.value === 'string') return value.value;
  const number = value.value.toLocaleString('en-US');
  const upper = value.upper !== undefined ? `–${value.upper.toLocaleString('en-US')}` : '';
  const amount = value.unit !== undefined && SIGN_BEFORE.test(value.unit) ? `${value.unit}${number}${upper}` : `${number}${upper}${value.unit ? ` ${value.unit}` : ''}`;
  return `${HEDGES[value.qualifier]}${amount}`;
}

/**
 * "Disputed, people killed: this sentence says 12; other sources say at least
 * 14 [2], 14 [3][4]", the words through `escape` (Markdown's), the source
 * numbers as citations are written.
 */
export function disputeNote(dispute: ResolvedDispute, escape: (text: string) => string = (text) => text): string {
  const others = dispute.others.map((other) => `${escape(valueText(other.value))} ${other.sources.map((source) => `[${source.number}]`).join('')}`.trimEnd());
  return `${escape(`Disputed, ${dispute.label}: this sentence says ${valueText(dispute.stated)}; other sources say`)} ${others.join(', ')}`;
}
