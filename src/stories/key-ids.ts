/**
 * The clusterer's vocabulary index: each key's id, 0, 1, 2… in order of
 * first sight, looked up once for every key of every arriving article. An
 * open-addressing table over one typed array (a slot is the key's hash and
 * its id), at most half full: a look-up reads a slot or two and compares
 * the key of a matching hash, where a `Map` of tens of thousands of strings
 * reads several scattered places.
 */
import { charsHash, homeSlot } from '../text/char-hash.js';

const EMPTY = -1;

export class KeyIds {
  /** Two numbers a slot: the hash of the key and its id (`EMPTY` when free). */
  private slots = new Int32Array(0);
  private mask = 0;

  /** Ids of `keys` (`keys[id]` is the key of `id`), which `idOf` appends to. */
  constructor(readonly keys: string[]) {
    this.rebuild();
  }

  /** The id of `key`, or undefined when it has none. */
  find(key: string): number | undefined {
    const id = this.slots[2 * this.slotOf(key, charsHash(key, 0, key.length)) + 1];
    return id === EMPTY ? undefined : id;
  }

  /** The id of `key`, given the next one (`key` appended to `keys`) when it has none. */
  idOf(key: string): number {
    const hash = charsHash(key, 0, key.length);
    const slot = this.slotOf(key, hash);
    if (this.slots[2 * slot + 1] !== EMPTY) return this.slots[2 * slot + 1];
    const id = this.keys.length;
    this.keys.push(key);
    if (2 * this.keys.length > this.mask + 1) this.rebuild();
    else {
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = id;
    }
    return id;
  }

  /** The slot holding `key` (of this hash), or the free slot where it would go. */
  private slotOf(key: string, hash: number): number {
    let slot = homeSlot(hash, this.mask);
    for (let id = this.slots[2 * slot + 1]; id !== EMPTY; id = this.slots[2 * slot + 1]) {
      if (this.slots[2 * slot] === hash && this.keys[id] === key) return slot;
      slot = (slot + 1) & this.mask;
    }
    return slot;
  }

  /** Every key placed again in a table at most half full. */
  private rebuild(): void {
    let capacity = 1024;
    while (capacity < 2 * this.keys.length) capacity *= 2;
    this.slots = new Int32Array(2 * capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.keys.forEach((key, id) => {
      const hash = charsHash(key, 0, key.length);
      let slot = homeSlot(hash, this.mask);
      while (this.slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = id;
    });
  }
}
