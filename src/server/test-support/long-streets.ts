/**
 * A fictional report opening on a sentence of some 3,400 characters (250
 * streets listed), a reprint of it with one word changed, and an update of it:
 * the long copied and updated sentences the API and the pages cut.
 */
const STREETS = Array.from({ length: 250 }, (_, i) => `Mill Row ${i + 1}`).join(', ');
export const LONG = `Trevik council closed these streets after the flood on Sunday: ${STREETS}.`;
const REST = ' Repairs will take weeks, officials said.';
export const ORIGINAL = { id: 'streets-1', outlet: 'Trevik Lantern', title: 'Streets closed', published: '2026-06-01T08:00:00Z', text: `${LONG}${REST}` };
export const REPRINT = { id: 'streets-2', outlet: 'Velmar Courier', title: 'Streets shut', published: '2026-06-01T10:00:00Z', text: `${LONG.replace('closed', 'shut')}${REST}` };
export const UPDATE = { ...ORIGINAL, modified: '2026-06-01T12:00:00Z', text: `${LONG.replace('closed', 'reopened')}${REST}` };
