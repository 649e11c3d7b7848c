import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Research data lives in `../shared/data` beside the repository, never in it.
 * Returns the folder, or undefined (after saying so) when it is absent, so a
 * benchmark can skip cleanly on a user's machine.
 */
export function sharedData(name: string): string | undefined {
  const folder = fileURLToPath(new URL(`../../shared/data/${name}`, import.meta.url));
  if (existsSync(folder)) return folder;
  console.log(`skipped: ${folder} is absent (research data for evaluation only; see the benchmark README)`);
  return undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `a / b` to three decimals, or "-" when there is nothing to divide by. */
export function ratio(a: number, b: number): string {
  return b === 0 ? '-' : (a / b).toFixed(3);
}

/** F1 of `right` of `found` items (precision) and `recalled` of `annotated` ones (recall), 0 where either is undefined. */
export function f1Score(right: number, found: number, recalled: number, annotated: number): number {
  const precision = found ? right / found : 0;
  const recall = annotated ? recalled / annotated : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Formats a 0–1 score as a percentage with two decimals, as papers print ROUGE. */
export function percent(value: number): string {
  return (value * 100).toFixed(2);
}

/** `name=number` arguments as option overrides: `npx tsx bench/ecbplus.ts threshold=0.5`. */
export function parseOverrides<T>(args: readonly string[]): Partial<T> {
  const overrides: Record<string, number> = {};
  for (const arg of args) {
    const match = /^(\w+)=([\d.]+)$/.exec(arg);
    if (match) overrides[match[1]] = Number(match[2]);
  }
  return overrides as Partial<T>;
}
