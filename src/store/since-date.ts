/**
 * What a story filter's `since` may be: an ISO 8601 date or a date-time with
 * its offset ("2026-03-15", "2026-03-15T08:00:00Z"). One schema for the API
 * and the CLI; in its own module so that commands without `--since` do not
 * load zod.
 */
import { z } from 'zod';

/** What a `since` must look like, as a refusal says it. */
export const SINCE_FORMAT = 'a date like 2026-03-15 or 2026-03-15T08:00:00Z';

export const sinceDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: `expected ${SINCE_FORMAT}` });
