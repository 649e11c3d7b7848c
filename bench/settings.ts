import type { SummarizeOptions } from '../src/summarize/index.js';

/** The summarizer settings each benchmark runs with; tuned values are documented in bench/README.md. */
export const DUC2004_SUMMARY_OPTIONS: Partial<SummarizeOptions> = { budget: { words: 100 }, fillBudget: true };

/** MultiLing 2011: 250 words, every summary within the limit (the official scoring has no cut). */
export const MULTILING2011_SUMMARY_OPTIONS: Partial<SummarizeOptions> = { budget: { words: 250 } };
