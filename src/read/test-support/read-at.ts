/** A fixed time of reading for tests that call the readers directly: 2026-12-06, noon UTC. */
export const READ_AT = Date.parse('2026-12-06T12:00:00Z');
