import type { Quote } from './types.js';

/**
 * An article's quotations without the fragments its reported speech already
 * shows: in 'Lavrov said Russia has questions about the "very ambiguous"
 * ideas', the direct quotation "very ambiguous" lies inside the reported
 * speech, which carries it with its marks, so listing it again on its own says
 * nothing new. A direct quotation is left out when it lies wholly inside
 * reported speech and names no other speaker than the report does (a
 * quotation of someone else inside the report stays, with its own speaker).
 */
export function withoutNestedFragments(quotes: readonly Quote[]): Quote[] {
  const reports = quotes.filter((quote) => quote.kind === 'indirect');
  if (reports.length === 0) return [...quotes];
  return quotes.filter((quote) => quote.kind === 'indirect' || !reports.some((report) => holds(report, quote)));
}

function holds(report: Quote, fragment: Quote): boolean {
  if (fragment.span.start < report.span.start || fragment.span.end > report.span.end) return false;
  if (!fragment.speaker) return true;
  return report.speaker?.name === fragment.speaker.name;
}
