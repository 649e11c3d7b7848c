/**
 * A multimap from copy keys (`copyKeyNumber`, 53-bit integers) to 31-bit
 * values, over typed arrays: chained buckets, each chain in the order its
 * entries were added. The open batch's keys (`PendingBatch`) and the store's
 * in-memory copy-key index (`CopyKeyIndex`) hold tens of thousands to
 * millions of keys, which as `Map` keys would each be a boxed number copied
 * by every scavenge; here an entry is five 32-bit numbers.
 */

const EMPTY = -1;
const TWO_32 = 0x100000000;
const INITIAL_ENTRIES = 1 << 12;

/** The low 32 bits of a 53-bit key. */
function keyLow(key: number): number {
  return key % TWO_32 >>> 0;
}

/** The bits of a 53-bit key above its low 32. */
function keyHigh(key: number): number {
  return Math.floor(key / TWO_32) >>> 0;
}

/** The bucket of a key's halves in a table of `mask + 1` buckets (a power of two). */
function keyBucket(low: number, high: number, mask: number): number {
  return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
}

export class KeyTable {
  /** First and last entry of each bucket's chain. */
  private heads = new Int32Array(INITIAL_ENTRIES).fill(EMPTY);
  private tails = new Int32Array(INITIAL_ENTRIES);
  private next = new Int32Array(INITIAL_ENTRIES);
  private lows = new Uint32Array(INITIAL_ENTRIES);
  private highs = new Uint32Array(INITIAL_ENTRIES);
  private values = new Int32Array(INITIAL_ENTRIES);
  private used = 0;

  /** Entries held. */
  get size(): number {
    return this.used;
  }

  add(key: number, value: number): void {
    if (this.used === this.next.length) this.rebuild(2 * this.next.length, () => true);
    this.append(keyLow(key), keyHigh(key), value);
  }

  /** Calls `found` with each value added under `key`, in the order added. */
  forEach(key: number, found: (value: number) => void): void {
    const low = keyLow(key);
    const high = keyHigh(key);
    for (let entry = this.heads[keyBucket(low, high, this.heads.length - 1)]; entry !== EMPTY; entry = this.next[entry]) {
      if (this.lows[entry] === low && this.highs[entry] === high) found(this.values[entry]);
    }
  }

  /** Keeps only the entries whose value passes `keep`, in their order. */
  retain(keep: (value: number) => boolean): void {
    this.rebuild(this.next.length, keep);
  }

  /**
   * Drops the entries added first, as long as their value passes `drop`, in
   * place: each chain loses a prefix and the rest move down in one copy,
   * where `retain` hashes every kept entry again into new arrays (the
   * copy-key index drops its oldest articles so, a quarter window at a time).
   */
  dropFirst(drop: (value: number) => boolean): void {
    let cut = 0;
    while (cut < this.used && drop(this.values[cut])) cut++;
    if (cut === 0) return;
    const { heads, tails, next } = this;
    for (let bucket = 0; bucket < heads.length; bucket++) {
      let head = heads[bucket];
      while (head !== EMPTY && head < cut) head = next[head];
      heads[bucket] = head === EMPTY ? EMPTY : head - cut;
      if (head !== EMPTY) tails[bucket] -= cut;
    }
    for (const column of [next, this.lows, this.highs, this.values]) column.copyWithin(0, cut, this.used);
    this.used -= cut;
    for (let entry = 0; entry < this.used; entry++) if (next[entry] !== EMPTY) next[entry] -= cut;
  }

  clear(): void {
    this.heads.fill(EMPTY);
    this.used = 0;
  }

  private append(low: number, high: number, value: number): void {
    const entry = this.used++;
    this.lows[entry] = low;
    this.highs[entry] = high;
    this.values[entry] = value;
    this.next[entry] = EMPTY;
    const bucket = keyBucket(low, high, this.heads.length - 1);
    if (this.heads[bucket] === EMPTY) this.heads[bucket] = entry;
    else this.next[this.tails[bucket]] = entry;
    this.tails[bucket] = entry;
  }

  /** A table of `capacity` entries and buckets holding the kept entries, chained again in the order added. */
  private rebuild(capacity: number, keep: (value: number) => boolean): void {
    const { lows, highs, values, used } = this;
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.tails = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.lows = new Uint32Array(capacity);
    this.highs = new Uint32Array(capacity);
    this.values = new Int32Array(capacity);
    this.used = 0;
    for (let entry = 0; entry < used; entry++) if (keep(values[entry])) this.append(lows[entry], highs[entry], values[entry]);
  }
}
