/**
 * A bounded memo from a token's surface form to what is derived from it,
 * looked up by the characters where the token sits in its text: a known
 * token costs a hash of its characters and one comparison, and no string is
 * cut out of the text for it (most tokens of news text are known). An open
 * addressing table over typed arrays; the surfaces it holds are copied one
 * after another into one array of UTF-16 code units, so the comparison reads
 * one dense place instead of following a pointer to a string (measured: 8%
 * of segmenting). When `limit` entries are held it is emptied and fills
 * again, so memory stays bounded and results never change (the values
 * depend on the surface only).
 */

import { charsHash, homeSlot } from '../text/char-hash.js';

const EMPTY = -1;

export class SurfaceTable<V> {
  /** Two numbers a slot: the hash of the entry's surface and the entry (`EMPTY` when free), so a probe reads one place. */
  private readonly slots: Int32Array;
  /** The number of slots less one (a power of two less one). */
  private readonly mask: number;
  private readonly values: V[] = [];
  /** The surfaces' code units, entry after entry; entry `e` holds `units[ends[e - 1]…ends[e]]` (`ends[-1]` read as 0). */
  private units = new Uint16Array(1 << 16);
  private ends = new Int32Array(1024);

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
      if (this.slots[2 * slot] === hash && this.holds(entry, text, start, length)) return this.values[entry];
      slot = (slot + 1) & this.mask;
    }
    const value = this.compute(text.slice(start, end));
    if (this.values.length >= this.limit) {
      this.clear();
      slot = home;
    }
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = this.values.length;
    this.append(text, start, end);
    this.values.push(value);
    return value;
  }

  /** Whether entry `entry`'s surface is the `length` code units of `text` from `start`. */
  private holds(entry: number, text: string, start: number, length: number): boolean {
    const from = entry === 0 ? 0 : this.ends[entry - 1];
    if (this.ends[entry] - from !== length) return false;
    const units = this.units;
    for (let i = 0; i < length; i++) if (units[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /** Copies the next entry's surface, `text.slice(start, end)`, after the others. */
  private append(text: string, start: number, end: number): void {
    const entry = this.values.length;
    const from = entry === 0 ? 0 : this.ends[entry - 1];
    const to = from + end - start;
    if (entry === this.ends.length) this.ends = grown(this.ends, 2 * entry);
    if (to > this.units.length) this.units = grown(this.units, 2 * to);
    for (let i = start; i < end; i++) this.units[from + i - start] = text.charCodeAt(i);
    this.ends[entry] = to;
  }

  private clear(): void {
    this.slots.fill(EMPTY);
    this.values.length = 0;
  }
}

/** `array` copied into a new array of `length` elements. */
function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
