import { expected } from './errors.js';

/**
 * Merges a stage's exported defaults with the caller's options once, MiniSearch
 * style (`{...defaults, ...options}`), and rejects keys the stage does not know,
 * so a typo fails loudly instead of being ignored.
 */
export function withDefaults<T extends object>(stage: string, defaults: T, options: Partial<T> | undefined): T {
  if (options === undefined) return { ...defaults };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) expected(`${stage} options as an object`, options);
  for (const key of Object.keys(options)) {
    if (!(key in defaults)) expected(`a ${stage} option (${Object.keys(defaults).join(', ')})`, key);
  }
  const merged = { ...defaults };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

export function checkPositiveInteger(stage: string, name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) expected(`${stage}.${name} to be a positive integer`, value);
}

export function checkFraction(stage: string, name: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) expected(`${stage}.${name} between 0 and 1`, value);
}

/**
 * `check` (defaults merged with options, every value checked), remembering
 * what it returned: the result is frozen, and passed again it is returned
 * as it is. A caller that checks its settings once and hands them to a
 * stage it calls for every article (an ingest) pays the check once.
 */
export function checkedOnce<T extends object>(check: (options: Partial<T> | undefined) => T): (options: Partial<T> | undefined) => T {
  const checked = new WeakSet<object>();
  return (options) => {
    if (typeof options === 'object' && options !== null && checked.has(options)) return options as T;
    const result = Object.freeze(check(options));
    checked.add(result);
    return result;
  };
}
