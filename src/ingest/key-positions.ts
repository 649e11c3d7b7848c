/**
 * The open batch's copy keys: key (`copyKeyNumber`, a 53-bit integer) → the
 * positions of the pending records holding it, in the order they were added.
 * Chained buckets over typed arrays, as the store's `CopyKeyIndex`: a batch
 * holds some 65,000 keys, which as `Map` keys would each be a boxed number
 * living (and copied by every scavenge) until the batch is written.
 */
import { keyBucket, keyHigh, keyLow } from '../store/copy-key-index.js';

const EMPTY = -1;
const INITIAL_ENTRIES = 1 << 12;

export class KeyPositions {
  /** First and last entry of each bucket's chain (a chain runs in the order entries were added). */
  private heads = new Int32Array(INITIAL_ENTRIES).fill(EMPTY);
  private tails = new Int32Array(INITIAL_ENTRIES);
  private next = new Int32Array(INITIAL_ENTRIES);
  private lows = new Uint32Array(INITIAL_ENTRIES);
  private highs = new Uint32Array(INITIAL_ENTRIES);
  private positions = new Int32Array(INITIAL_ENTRIES);
  private used = 0;

  add(key: number, position: number): void {
    if (this.used === this.next.length) this.grow();
    this.append(keyLow(key), keyHigh(key), position);
  }

  /** Calls `found` with each position holding `key`, in the order they were added. */
  forEach(key: number, found: (position: number) => void): void {
    const low = keyLow(key);
    const high = keyHigh(key);
    for (let entry = this.heads[keyBucket(low, high, this.heads.length - 1)]; entry !== EMPTY; entry = this.next[entry]) {
      if (this.lows[entry] === low && this.highs[entry] === high) found(this.positions[entry]);
    }
  }

  clear(): void {
    this.heads.fill(EMPTY);
    this.used = 0;
  }

  private append(low: number, high: number, position: number): void {
    const entry = this.used++;
    this.lows[entry] = low;
    this.highs[entry] = high;
    this.positions[entry] = position;
    this.next[entry] = EMPTY;
    const bucket = keyBucket(low, high, this.heads.length - 1);
    if (this.heads[bucket] === EMPTY) this.heads[bucket] = entry;
    else this.next[this.tails[bucket]] = entry;
    this.tails[bucket] = entry;
  }

  /** Twice the entries and buckets, every entry chained again in the order it was added. */
  private grow(): void {
    const { lows, highs, positions, used } = this;
    const capacity = 2 * this.next.length;
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.tails = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.lows = new Uint32Array(capacity);
    this.highs = new Uint32Array(capacity);
    this.positions = new Int32Array(capacity);
    this.used = 0;
    for (let entry = 0; entry < used; entry++) this.append(lows[entry], highs[entry], positions[entry]);
  }
}
