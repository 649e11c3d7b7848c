import type { Quote } from './types.js';
import { partitionPoint } from '../text/partition-point.js';

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
  const reports = quotes.filter((quote) => quote.kind === 'indirect').sort((a, b) => a.span.start - b.span.start);
  if (reports.length === 0) return [...quotes];
  const reach = furthestEnds(reports);
  return quotes.filter((quote) => quote.kind === 'indirect' || !heldByReport(reports, reach, quote));
}

/** The furthest end of the reports up to each one (reports in order of start). */
function furthestEnds(reports: readonly Quote[]): number[] {
  const reach: number[] = [];
  reports.forEach((report, index) => reach.push(Math.max(report.span.end, index > 0 ? reach[index - 1] : 0)));
  return reach;
}

/**
 * Whether a report holds the fragment and names no other speaker: the reports
 * starting at or before it are walked back from the last while one of them can
 * still reach its end, so a long page's many reports are not all compared.
 */
function heldByReport(reports: readonly Quote[], reach: readonly number[], fragment: Quote): boolean {
  const low = partitionPoint(reports.length, (index) => reports[index].span.start <= fragment.span.start);
  for (let index = low - 1; index >= 0 && reach[index] >= fragment.span.end; index--) {
    const report = reports[index];
    if (report.span.end >= fragment.span.end && (!fragment.speaker || report.speaker?.name === fragment.speaker.name)) return true;
  }
  return false;
}
