/**
 * The copy-key index in memory: 53-bit key → the articles (store row ids)
 * holding it, for the most recent `window` articles. A hash multimap over
 * typed arrays (about 20 bytes per key and 65 keys per article: some 1.3 KB
 * an article, 65 MB for 50,000), because a B-tree over millions of random
 * keys makes every commit rewrite most of it. Older articles fall out of the
 * window and are compacted away once a quarter of a window has left it.
 */
import { checkPositiveInteger } from '../options.js';

const EMPTY = -1;
const TWO_32 = 0x100000000;

/** The low 32 bits of a 53-bit key. */
export function keyLow(key: number): number {
  return key % TWO_32 >>> 0;
}

/** The bits of a 53-bit key above its low 32. */
export function keyHigh(key: number): number {
  return Math.floor(key / TWO_32) >>> 0;
}

/** The bucket of a key's halves in a table of `mask + 1` buckets (a power of two). */
export function keyBucket(low: number, high: number, mask: number): number {
  return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
}

export class CopyKeyIndex {
  private heads = new Int32Array(1 << 12).fill(EMPTY);
  private next = new Int32Array(1 << 12);
  private keyLow = new Uint32Array(1 << 12);
  private keyHigh = new Uint32Array(1 << 12);
  private articles = new Int32Array(1 << 12);
  private used = 0;
  /** Row ids of the indexed articles, oldest first (only the last `window` are live). */
  private order: number[] = [];
  private live = 0;

  constructor(readonly window: number) {
    checkPositiveInteger('CopyKeyIndex', 'window', window);
  }

  /** The newest article indexed (0 when none). */
  get newest(): number {
    return this.order.length > 0 ? this.order[this.order.length - 1] : 0;
  }

  /** Articles in the window. */
  get size(): number {
    return this.order.length - this.live;
  }

  /** Indexes an article (a positive 32-bit row id) newer than every indexed one. */
  add(article: number, keys: ArrayLike<number>): void {
    if (!Number.isInteger(article) || article > 0x7fffffff || !(article > this.newest)) throw new RangeError(`tidings: expected articles in increasing order, got ${article} after ${this.newest}`);
    if (this.used + keys.length > this.next.length) this.grow(this.used + keys.length);
    for (let i = 0; i < keys.length; i++) {
      const low = keyLow(keys[i]);
      const high = keyHigh(keys[i]);
      const bucket = this.bucket(low, high);
      const entry = this.used++;
      this.keyLow[entry] = low;
      this.keyHigh[entry] = high;
      this.articles[entry] = article;
      this.next[entry] = this.heads[bucket];
      this.heads[bucket] = entry;
    }
    this.order.push(article);
    if (this.order.length - this.live > this.window) this.live += 1;
    if (this.live > Math.max(1, this.window / 4)) this.compact();
  }

  /** Articles in the window sharing any key, the most keys shared first, then the newest first. */
  candidates(keys: ArrayLike<number>, limit: number): number[] {
    const oldest = this.live < this.order.length ? this.order[this.live] : Infinity;
    const shared = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) {
      const low = keyLow(keys[i]);
      const high = keyHigh(keys[i]);
      for (let entry = this.heads[this.bucket(low, high)]; entry !== EMPTY; entry = this.next[entry]) {
        const article = this.articles[entry];
        if (this.keyLow[entry] === low && this.keyHigh[entry] === high && article >= oldest) shared.set(article, (shared.get(article) ?? 0) + 1);
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, limit)
      .map(([article]) => article);
  }

  private bucket(low: number, high: number): number {
    return keyBucket(low, high, this.heads.length - 1);
  }

  /** Room for `needed` entries: twice as much, with a table of twice as many buckets. */
  private grow(needed: number): void {
    let capacity = this.next.length;
    while (capacity < needed) capacity *= 2;
    this.rebuild(capacity, 0);
  }

  /** Drops the entries of articles that left the window. */
  private compact(): void {
    const oldest = this.order[this.live];
    this.order = this.order.slice(this.live);
    this.live = 0;
    this.rebuild(this.next.length, oldest);
  }

  private rebuild(capacity: number, oldest: number): void {
    const { keyLow, keyHigh, articles, used } = this;
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.next = new Int32Array(capacity);
    this.keyLow = new Uint32Array(capacity);
    this.keyHigh = new Uint32Array(capacity);
    this.articles = new Int32Array(capacity);
    this.used = 0;
    for (let entry = 0; entry < used; entry++) {
      if (articles[entry] < oldest) continue;
      const at = this.used++;
      this.keyLow[at] = keyLow[entry];
      this.keyHigh[at] = keyHigh[entry];
      this.articles[at] = articles[entry];
      const bucket = this.bucket(keyLow[entry], keyHigh[entry]);
      this.next[at] = this.heads[bucket];
      this.heads[bucket] = at;
    }
  }
}
