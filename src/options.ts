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
