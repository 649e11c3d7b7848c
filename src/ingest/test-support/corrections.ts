/**
 * A fictional report and its correction under the same id: the correction
 * gives another toll in one sentence ("12" → "14"), a new headline and a
 * later modified time. For the tests of earlier versions in ingest, the
 * CLI, the API and the web reader.
 */

const REPORT = {
  id: 'ledger-ferry-quillon',
  outlet: 'Brackwater Ledger',
  url: 'https://ledger.example/ferry-quillon',
  published: '2026-06-02T07:00:00Z',
};

const TEXT = [
  'A passenger ferry capsized in rough seas off Quillon Point on Tuesday evening, the harbour authority said.',
  'Twelve people died and 40 were rescued by fishing boats, according to the coast guard.',
  'The ferry had left the island of Marrow at six o\'clock with about 60 people on board.',
  'Divers will search the wreck on Wednesday morning.',
].join('\n\n');

/** The report as first published. */
export const FIRST_REPORT = JSON.stringify({ ...REPORT, title: 'Ferry capsizes off Quillon Point, 12 dead', text: TEXT });

/** Its correction: 14 dead, a new headline, modified later. */
export const CORRECTED_REPORT = JSON.stringify({
  ...REPORT,
  title: 'Ferry disaster off Quillon Point: toll rises to 14',
  modified: '2026-06-02T11:30:00Z',
  text: TEXT.replace('Twelve people died', 'Fourteen people died'),
});

/** The id of the report. */
export const CORRECTED_ID = REPORT.id;

/** The report's text as it was at `n` passengers rescued, modified at hour `hour` of the day: a chain of updates. */
export function updatedReport(rescued: number, hour: number): string {
  return JSON.stringify({ ...REPORT, title: 'Ferry capsizes off Quillon Point', modified: `2026-06-02T${String(hour).padStart(2, '0')}:00:00Z`, text: TEXT.replace('40 were rescued', `${rescued} were rescued`) });
}
