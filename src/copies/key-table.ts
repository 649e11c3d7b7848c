/**
 * A multimap from copy keys (`copyKeyNumber`, 53-bit integers) to 31-bit
 * values, over typed arrays: chained buckets, each chain in the order its
 * entries were added. The open batch's keys (`PendingBatch`) and the store's
 * in-memory copy-key index (`CopyKeyIndex`) hold tens of thousands to
 * millions of keys, which as `Map` keys would each be a boxed number copied
 * by every scavenge; here an entry is five 32-bit numbers.
 */

const EMPTY = -1;
/** `next` of an entry `remove` took out of its chain: its slot waits for `dropFirst` to pass it. */
const REMOVED = -2;
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

/** A value `mostShared` found, and how many of the keys asked it was found under. */
export interface SharedValue {
  value: number;
  shared: number;
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
  /** Scratch for `mostShared`: keys found by each value less its `lowest`, zero between calls. */
  private counts = new Int32Array(0);

  /** Entries held. */
  get size(): number {
    return this.used;
  }

  add(key: number, value: number): void {
    if (this.used === this.next.length) this.grow(2 * this.next.length);
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

  /**
   * The values added under any of `keys`, from `lowest` to `highest`, each
   * once with how many of the keys it was found under (`shared`): the most
   * keys first, then by `tie` (else in the order first found), at most
   * `limit` of them. Counted in a scratch array by value (no `Map` entry a
   * value).
   */
  mostShared(keys: ArrayLike<number>, lowest: number, highest: number, tie?: (a: number, b: number) => number, limit = Infinity): SharedValue[] {
    if (this.counts.length <= highest - lowest) this.counts = new Int32Array(Math.max(highest - lowest + 1, 2 * this.counts.length));
    const { counts } = this;
    const found: number[] = [];
    const count = (value: number) => {
      if (value >= lowest && value <= highest && counts[value - lowest]++ === 0) found.push(value);
    };
    for (let i = 0; i < keys.length; i++) this.forEach(keys[i], count);
    found.sort((a, b) => counts[b - lowest] - counts[a - lowest] || (tie === undefined ? 0 : tie(a, b)));
    const shared = found.slice(0, limit).map((value) => ({ value, shared: counts[value - lowest] }));
    for (const value of found) counts[value - lowest] = 0;
    return shared;
  }

  /**
   * Takes the entries whose value passes `drop` out of their chains, in
   * place: one pass over the values finds them, and only their chains are
   * walked again (the copy-key index removes a replaced article so, where
   * hashing every kept entry again into new arrays took seconds at 50,000
   * articles). Their slots stay until `dropFirst` passes them.
   */
  remove(drop: (value: number) => boolean): void {
    const { heads, tails, next, lows, highs, values } = this;
    const mask = heads.length - 1;
    const buckets = new Set<number>();
    for (let entry = 0; entry < this.used; entry++) {
      if (next[entry] !== REMOVED && drop(values[entry])) buckets.add(keyBucket(lows[entry], highs[entry], mask));
    }
    for (const bucket of buckets) {
      let last = EMPTY;
      for (let entry = heads[bucket]; entry !== EMPTY; ) {
        const following = next[entry];
        if (drop(values[entry])) {
          next[entry] = REMOVED;
          if (last === EMPTY) heads[bucket] = following;
          else next[last] = following;
        } else last = entry;
        entry = following;
      }
      if (last !== EMPTY) tails[bucket] = last;
    }
  }

  /**
   * Drops the entries added first, as long as their value passes `drop`, in
   * place: each chain loses a prefix and the rest move down in one copy
   * (the copy-key index drops its oldest articles so, a quarter window at a
   * time). Removed entries among them go too.
   */
  dropFirst(drop: (value: number) => boolean): void {
    let cut = 0;
    while (cut < this.used && (this.next[cut] === REMOVED || drop(this.values[cut]))) cut++;
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
    for (let entry = 0; entry < this.used; entry++) if (next[entry] >= 0) next[entry] -= cut;
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

  /** A table of `capacity` entries and buckets holding the entries not removed, chained again in the order added. */
  private grow(capacity: number): void {
    const { next, lows, highs, values, used } = this;
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.tails = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.lows = new Uint32Array(capacity);
    this.highs = new Uint32Array(capacity);
    this.values = new Int32Array(capacity);
    this.used = 0;
    for (let entry = 0; entry < used; entry++) if (next[entry] !== REMOVED) this.append(lows[entry], highs[entry], values[entry]);
  }
}
