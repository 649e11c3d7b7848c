import { versioned } from '../version.js';
import type { Estimate } from './bootstrap.js';
import { measureNames, type RougeOptions } from './options.js';
import type { RougeScores } from './score.js';
import type { RougeSystemsResult } from './systems.js';

/** The ROUGE-1.5.5 command line that computes the same numbers. */
export function rougeFlags(options: RougeOptions): string {
  const flags = [`-n ${options.maxN}`];
  if (options.stem) flags.push('-m');
  if (options.removeStopwords) flags.push('-s');
  if (!options.lcs) flags.push('-x');
  if (options.skipGap !== null) flags.push(`-2 ${options.skipGap}`, ...(options.skipUnigrams ? ['-u'] : []));
  flags.push(`-c ${options.confidence}`, `-r ${options.samples}`, `-f ${options.combine === 'average' ? 'A' : 'B'}`, `-p ${options.alpha}`);
  flags.push(`-t ${options.unit === 'summary' ? 0 : 1}`);
  if (options.words !== null) flags.push(`-l ${options.words}`);
  if (options.bytes !== null) flags.push(`-b ${options.bytes}`);
  return `ROUGE-1.5.5 ${flags.join(' ')}`;
}

const fixed = (value: number): string => value.toFixed(5);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd()).join('\n');
}

/** One summary's scores as a text table: a row per measure, columns R, P, F. */
export function formatScores(scores: RougeScores, options: RougeOptions): string {
  const rows = [['', 'R', 'P', 'F'], ...measureNames(options).map((measure) => [measure, fixed(scores[measure].R), fixed(scores[measure].P), fixed(scores[measure].F)])];
  return `${table(rows)}\n\n(${rougeFlags(options)})`;
}

/** Every system's averages with confidence intervals, one table per system. */
export function formatSystems(result: RougeSystemsResult): string {
  const { options, measures } = result;
  const interval = `${options.confidence}% CI`;
  const sections = Object.entries(result.systems).map(([system, scores]) => {
    const taskCount = Object.keys(scores.clusters).length;
    const rows = [
      ['', 'R', interval, 'P', interval, 'F', interval],
      ...measures.map((measure) => {
        const average = scores.average[measure];
        const range = (key: keyof Estimate): string => `${fixed(average.low[key])}-${fixed(average.high[key])}`;
        return [measure, fixed(average.R), range('R'), fixed(average.P), range('P'), fixed(average.F), range('F')];
      }),
    ];
    return `${system} (${taskCount} task${taskCount === 1 ? '' : 's'})\n${table(rows)}`;
  });
  const systemCount = Object.keys(result.systems).length;
  const header = `${systemCount} system${systemCount === 1 ? '' : 's'}, ${result.tasks.length} task${result.tasks.length === 1 ? '' : 's'}; averages are bootstrap means over ${options.samples} resamples (${rougeFlags(options)})`;
  return [header, ...sections].join('\n\n');
}

const estimate = ({ R, P, F }: Estimate): Estimate => ({ R, P, F });

/** The version of `tidings rouge --format json`'s shape, as every JSON output carries one. */
export const ROUGE_JSON_VERSION = 1;

/** Machine-readable systems result, laid out like ROUGE reference files: systems → average / clusters → measure → R, P, F. */
export function systemsJson(result: RougeSystemsResult): object {
  return versioned(ROUGE_JSON_VERSION, {
    tool: 'tidings rouge (ROUGE-1.5.5 reimplementation)',
    flags: rougeFlags(result.options),
    measures: result.measures,
    tasks: result.tasks,
    systems: Object.fromEntries(
      Object.entries(result.systems).map(([system, scores]) => [
        system,
        {
          average: Object.fromEntries(
            Object.entries(scores.average).map(([measure, value]) => [
              measure,
              { ...estimate(value), low: estimate(value.low), high: estimate(value.high), mean: estimate(value.mean) },
            ]),
          ),
          clusters: Object.fromEntries(
            Object.entries(scores.clusters).map(([task, byMeasure]) => [
              task,
              Object.fromEntries(Object.entries(byMeasure).map(([measure, value]) => [measure, estimate(value)])),
            ]),
          ),
        },
      ]),
    ),
  });
}

/** Machine-readable scores of one summary, with the counts behind them. */
export function scoresJson(scores: RougeScores, options: RougeOptions): object {
  return versioned(ROUGE_JSON_VERSION, { tool: 'tidings rouge (ROUGE-1.5.5 reimplementation)', flags: rougeFlags(options), scores });
}
