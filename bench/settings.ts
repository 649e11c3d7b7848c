import type { SummarizeOptions } from '../src/summarize/index.js';

/** The summarizer settings each benchmark runs with; tuned values are documented in bench/README.md. */
export const DUC2004_SUMMARY_OPTIONS: Partial<SummarizeOptions> = { budget: { words: 100 } };
