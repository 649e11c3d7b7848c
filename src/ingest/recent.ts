/**
 * The most recently used values by key, at most `capacity` of them (reading
 * a key makes it the newest too): the articles copy detection compares new
 * arrivals with, so most candidates need no trip to the store.
 */
import { BoundedMap } from '../store/bounded-map.js';

export class RecentValues<V> extends BoundedMap<string, V> {
  override get(key: string): V | undefined {
    const value = super.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }
}
