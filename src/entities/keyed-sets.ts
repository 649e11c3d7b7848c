/**
 * Values filed under string keys, each key's values once and in the order
 * they were first filed: the look-up indexes that keep a story's entity
 * passes from comparing every pair of groups.
 */
export class KeyedSets<V> {
  private readonly byKey = new Map<string, Set<V>>();

  add(key: string, value: V): void {
    const set = this.byKey.get(key);
    if (set) set.add(value);
    else this.byKey.set(key, new Set([value]));
  }

  /** The values filed under `key`, first filed first. */
  get(key: string): ReadonlySet<V> {
    return this.byKey.get(key) ?? NONE;
  }
}

const NONE: ReadonlySet<never> = new Set();
