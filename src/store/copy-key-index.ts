/**
 * The copy-key index in memory: 53-bit key → the articles (store row ids)
 * holding it, for the most recent `window` articles. A hash multimap over
 * typed arrays (`KeyTable`: about 24 bytes per key and 65 keys per article,
 * some 1.6 KB an article, 78 MB for 50,000), because a B-tree over millions
 * of random keys makes every commit rewrite most of it. Older articles fall
 * out of the window and are compacted away once a quarter of a window has
 * left it.
 */
import { KeyTable, type SharedValue } from '../copies/key-table.js';
import { checkPositiveInteger } from '../options.js';

export class CopyKeyIndex {
  /** Key → the row ids of the articles holding it. */
  private readonly table = new KeyTable();
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
    for (let i = 0; i < keys.length; i++) this.table.add(keys[i], article);
    this.order.push(article);
    if (this.order.length - this.live > this.window) this.live += 1;
    if (this.live > Math.max(1, this.window / 4)) this.compact();
  }

  /** Drops removed articles (a takedown, an update replacing them): the window keeps the others. */
  remove(articles: ReadonlySet<number>): void {
    if (articles.size === 0) return;
    for (let i = 0; i < this.live; i++) if (articles.has(this.order[i])) this.live -= 1;
    this.order = this.order.filter((article) => !articles.has(article));
    this.table.remove((article) => articles.has(article));
  }

  /** Articles in the window sharing any key (`value`: the row id), with how many they share: the most keys shared first, then the newest first. */
  candidates(keys: ArrayLike<number>, limit: number): SharedValue[] {
    if (this.live >= this.order.length) return [];
    return this.table.mostShared(keys, this.order[this.live], this.newest, (a, b) => b - a, limit);
  }

  /** Drops the entries of articles that left the window. */
  private compact(): void {
    const oldest = this.order[this.live];
    this.order = this.order.slice(this.live);
    this.live = 0;
    this.table.dropFirst((article) => article < oldest);
  }
}
