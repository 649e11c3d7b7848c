/**
 * What a story filter's `since` may be: an ISO 8601 date or a date-time with
 * its offset ("2026-03-15", "2026-03-15T08:00:00Z"). One schema for the API
 * and the CLI; in its own module so that commands without `--since` do not
 * load zod.
 */
import { z } from 'zod';

export const sinceDate = z.iso.date().or(z.iso.datetime({ offset: true }));
