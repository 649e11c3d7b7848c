/**
 * A bounded table of a text's token surface forms, looked up by the
 * characters where the token sits in its text: a known token costs a hash
 * of its characters and one comparison, and no string is cut out of the
 * text for it (most tokens of news text are known). Each surface held has an
 * entry number below `limit`, under which the caller keeps what it derives
 * from the surface in arrays of its own. Everything is in flat arrays: an
 * open addressing table over a typed array, and the surfaces' code units one
 * after another in another, so a look-up reads a few dense places instead of
 * following pointers to strings and objects (measured: segmenting takes 11%
 * less CPU than with a string and an object per surface).
 * When `limit` entries are held it is emptied and the numbers are handed out
 * again, so memory stays bounded.
 */

import { charsHash, homeSlot } from '../text/char-hash.js';

const EMPTY = -1;

export class SurfaceTable {
  /** Two numbers a slot: the hash of the entry's surface and the entry (`EMPTY` when free), so a probe reads one place. */
  private readonly slots: Int32Array;
  /** The number of slots less one (a power of two less one). */
  private readonly mask: number;
  /** How many entries are held. */
  private size = 0;
  /** The surfaces' code units, entry after entry; entry `e` holds `units[ends[e - 1]…ends[e]]` (`ends[-1]` read as 0). */
  private units = new Uint16Array(1 << 16);
  private ends = new Int32Array(1024);

  /** `onNew` is told of each surface the table did not hold and the entry number it gets. */
  constructor(
    private readonly limit: number,
    private readonly onNew: (surface: string, entry: number) => void,
  ) {
    let capacity = 1024;
    while (capacity < limit * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** The entry number of the surface `text.slice(start, end)`. */
  entry(text: string, start: number, end: number): number {
    return this.entryByHash(text, start, end, charsHash(text, start, end));
  }

  /** `entry`, given the surface's `charsHash` (a tokenizer that scanned the characters hashed them as it read). */
  entryByHash(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const home = homeSlot(hash, this.mask);
    let slot = home;
    for (let entry = this.slots[2 * slot + 1]; entry !== EMPTY; entry = this.slots[2 * slot + 1]) {
      if (this.slots[2 * slot] === hash && this.holds(entry, text, start, length)) return entry;
      slot = (slot + 1) & this.mask;
    }
    if (this.size >= this.limit) {
      this.clear();
      slot = home;
    }
    const entry = this.size++;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = entry;
    this.append(entry, text, start, end);
    this.onNew(text.slice(start, end), entry);
    return entry;
  }

  /** Whether entry `entry`'s surface is the `length` code units of `text` from `start`. */
  private holds(entry: number, text: string, start: number, length: number): boolean {
    const from = entry === 0 ? 0 : this.ends[entry - 1];
    if (this.ends[entry] - from !== length) return false;
    const units = this.units;
    for (let i = 0; i < length; i++) if (units[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /** Copies entry `entry`'s surface, `text.slice(start, end)`, after the others. */
  private append(entry: number, text: string, start: number, end: number): void {
    const from = entry === 0 ? 0 : this.ends[entry - 1];
    const to = from + end - start;
    if (entry === this.ends.length) this.ends = grown(this.ends, 2 * entry);
    if (to > this.units.length) this.units = grown(this.units, 2 * to);
    for (let i = start; i < end; i++) this.units[from + i - start] = text.charCodeAt(i);
    this.ends[entry] = to;
  }

  private clear(): void {
    this.slots.fill(EMPTY);
    this.size = 0;
  }
}

/** `array` copied into a new array of `length` elements. */
function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
