/**
 * The most recently used values by key, at most `capacity` of them (a Map
 * kept in use order): the articles copy detection compares new
 * arrivals with, so most candidates need no trip to the store.
 */
import { checkPositiveInteger } from '../options.js';

export class RecentValues<V> {
  private readonly values = new Map<string, V>();

  constructor(readonly capacity: number) {
    checkPositiveInteger('RecentValues', 'capacity', capacity);
  }

  get(key: string): V | undefined {
    const value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.capacity) this.values.delete(this.values.keys().next().value as string);
  }

  delete(key: string): void {
    this.values.delete(key);
  }

  get size(): number {
    return this.values.size;
  }
}
