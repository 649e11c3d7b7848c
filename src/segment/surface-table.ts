/**
 * A bounded memo from a token's surface form to what is derived from it,
 * looked up by the characters where the token sits in its text: a known
 * token costs a hash of its characters and one comparison, and no string is
 * cut out of the text for it (most tokens of news text are known). An open
 * addressing table over typed arrays; when `limit` entries are held it is
 * emptied and fills again, so memory stays bounded and results never change
 * (the values depend on the surface only).
 */

import { charsHash, homeSlot } from '../text/char-hash.js';

const EMPTY = -1;

export class SurfaceTable<V> {
  /** Two numbers a slot: the hash of the entry's surface and the entry (`EMPTY` when free), so a probe reads one place. */
  private readonly slots: Int32Array;
  /** The number of slots less one (a power of two less one). */
  private readonly mask: number;
  private readonly surfaces: string[] = [];
  private readonly values: V[] = [];

  /** `compute` derives the value of a surface form the table does not hold. */
  constructor(
    private readonly limit: number,
    private readonly compute: (surface: string) => V,
  ) {
    let capacity = 1024;
    while (capacity < limit * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** The value for the surface `text.slice(start, end)`. */
  get(text: string, start: number, end: number): V {
    const length = end - start;
    const hash = charsHash(text, start, end);
    const home = homeSlot(hash, this.mask);
    let slot = home;
    for (let entry = this.slots[2 * slot + 1]; entry !== EMPTY; entry = this.slots[2 * slot + 1]) {
      if (this.slots[2 * slot] === hash) {
        const surface = this.surfaces[entry];
        if (surface.length === length && text.startsWith(surface, start)) return this.values[entry];
      }
      slot = (slot + 1) & this.mask;
    }
    const surface = text.slice(start, end);
    const value = this.compute(surface);
    if (this.surfaces.length >= this.limit) {
      this.clear();
      slot = home;
    }
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = this.surfaces.length;
    this.surfaces.push(surface);
    this.values.push(value);
    return value;
  }

  private clear(): void {
    this.slots.fill(EMPTY);
    this.surfaces.length = 0;
    this.values.length = 0;
  }
}
