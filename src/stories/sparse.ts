/**
 * Sparse vectors over integer key ids (a `KeyIds` vocabulary's): the ids and their
 * values in two typed arrays, in insertion order, which is the order a `Map`
 * would iterate them in. Every sum below runs in that order, as the `Map`
 * version of the clusterer ran it, so the results are the same to the bit
 * and a saved state replays exactly.
 *
 * Lookups go through a private scratch array of entry positions indexed by
 * id, filled for one operation and emptied before it returns: no hashing.
 */

export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
  /** Entries in use; the arrays may be longer. */
  size: number;
}

export function sparseVector(capacity = 0): SparseVector {
  return { ids: new Int32Array(capacity), values: new Float64Array(capacity), size: 0 };
}

/** Appends an entry for an id the vector does not hold. */
export function appendEntry(vector: SparseVector, id: number, value: number): void {
  if (vector.size === vector.ids.length) grow(vector, vector.size + 1);
  vector.ids[vector.size] = id;
  vector.values[vector.size] = value;
  vector.size++;
}

function grow(vector: SparseVector, size: number): void {
  let capacity = Math.max(8, vector.ids.length * 2);
  while (capacity < size) capacity *= 2;
  const ids = new Int32Array(capacity);
  const values = new Float64Array(capacity);
  ids.set(vector.ids.subarray(0, vector.size));
  values.set(vector.values.subarray(0, vector.size));
  vector.ids = ids;
  vector.values = values;
}

/** Euclidean length, squares summed in entry order. */
export function vectorNorm(vector: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < vector.size; i++) sum += vector.values[i] * vector.values[i];
  return Math.sqrt(sum);
}

/** Divides every value by `length` (when it is not 0). */
export function scaleDown(vector: SparseVector, length: number): void {
  if (length > 0) for (let i = 0; i < vector.size; i++) vector.values[i] /= length;
}

/** Scratch entry positions by id: −1 wherever no operation is running. */
let positions = new Int32Array(1024).fill(-1);

/** Room in the scratch positions for id `id`, keeping what they hold. */
function growScratch(id: number): void {
  let capacity = positions.length * 2;
  while (capacity <= id) capacity *= 2;
  const at = new Int32Array(capacity).fill(-1);
  at.set(positions);
  positions = at;
}

/** Records each entry's position under its id in the scratch positions. */
function place(vector: SparseVector): void {
  for (let i = 0; i < vector.size; i++) {
    const id = vector.ids[i];
    if (id >= positions.length) growScratch(id);
    positions[id] = i;
  }
}

/** Empties the scratch positions `place(vector)` filled. */
function unplace(vector: SparseVector): void {
  for (let i = 0; i < vector.size; i++) positions[vector.ids[i]] = -1;
}

/** Scratch products by entry of the vector `sparseDots` places: 0 wherever no operation is running. */
let products = new Float64Array(1024);

/**
 * The dot products of `vector` with each of `others`, each summed as the
 * `Map`-based `dot` sums it: walking the smaller of the two (`vector` on
 * equal sizes) in entry order and looking up the larger. `vector`'s entries
 * are placed by id once for all of `others`, so each product costs a walk
 * of the other vector only. When `vector` is the smaller, each product goes
 * to its entry's place and the places are summed in entry order; an id the
 * larger lacks adds nothing, as adding 0 to a sum of positive products
 * leaves it unchanged.
 */
export function sparseDots(vector: SparseVector, others: readonly SparseVector[]): number[] {
  const { size, values } = vector;
  if (size === 0) return others.map(() => 0);
  const dots: number[] = [];
  place(vector);
  if (size > products.length) products = new Float64Array(2 * size);
  const limit = positions.length;
  for (const other of others) {
    let sum = 0;
    if (size <= other.size) {
      for (let j = 0; j < other.size; j++) {
        const id = other.ids[j];
        const at = id < limit ? positions[id] : -1;
        if (at >= 0) products[at] = values[at] * other.values[j];
      }
      for (let i = 0; i < size; i++) {
        sum += products[i];
        products[i] = 0;
      }
    } else {
      for (let j = 0; j < other.size; j++) {
        const id = other.ids[j];
        const at = id < limit ? positions[id] : -1;
        if (at >= 0) sum += other.values[j] * values[at];
      }
    }
    dots.push(sum);
  }
  unplace(vector);
  return dots;
}

/** Adds `vector` into `into`: held ids in place, new ones appended in `vector`'s order. */
export function addVector(into: SparseVector, vector: SparseVector): void {
  place(into);
  for (let i = 0; i < vector.size; i++) {
    const id = vector.ids[i];
    const at = id < positions.length ? positions[id] : -1;
    if (at >= 0) into.values[at] += vector.values[i];
    else appendEntry(into, id, vector.values[i]);
  }
  unplace(into);
}

/**
 * Deletes all but the `count` heaviest entries, keeping the earlier of equal
 * weights (what a stable sort by weight would keep), in entry order.
 */
export function keepHeaviest(vector: SparseVector, count: number): void {
  const { size, ids, values } = vector;
  if (size <= count) return;
  if (size > sortedValues.length) sortedValues = new Float64Array(2 * size);
  const sorted = sortedValues.subarray(0, size);
  sorted.set(values.subarray(0, size));
  sorted.sort();
  const cutoff = sorted[size - count];
  let equalToKeep = count;
  for (let i = size - 1; i >= 0 && sorted[i] > cutoff; i--) equalToKeep--;
  let kept = 0;
  for (let i = 0; i < size; i++) {
    const value = values[i];
    if (value > cutoff || (value === cutoff && equalToKeep-- > 0)) {
      ids[kept] = ids[i];
      values[kept] = value;
      kept++;
    }
  }
  vector.size = kept;
}

/** Scratch room for `keepHeaviest`'s sorted copy of the values. */
let sortedValues = new Float64Array(1024);

/**
 * The `count` heaviest entries (those whose id passes `keep`) as `[id,
 * weight]`, heaviest first, an earlier entry first among equals: the start of
 * a stable sort by weight, in one pass.
 */
export function heaviestEntries(vector: SparseVector, count: number, keep?: (id: number) => boolean): Array<[number, number]> {
  const top = heaviestPositions(vector, count, keep);
  const entries: Array<[number, number]> = [];
  for (const at of top) entries.push([vector.ids[at], vector.values[at]]);
  return entries;
}

/**
 * The entry positions of `heaviestEntries(vector, count, keep)`, in order:
 * a view of a scratch array, valid until the next call (no pair an entry).
 */
export function heaviestPositions(vector: SparseVector, count: number, keep?: (id: number) => boolean): Int32Array {
  if (count <= 0) return topPositions.subarray(0, 0);
  if (count > topPositions.length) topPositions = new Int32Array(count);
  const { ids, values } = vector;
  let held = 0;
  for (let i = 0; i < vector.size; i++) {
    const weight = values[i];
    if (held === count && weight <= values[topPositions[count - 1]]) continue;
    if (keep !== undefined && !keep(ids[i])) continue;
    let at = held === count ? count - 1 : held++;
    for (; at > 0 && values[topPositions[at - 1]] < weight; at--) topPositions[at] = topPositions[at - 1];
    topPositions[at] = i;
  }
  return topPositions.subarray(0, held);
}

/** Scratch entry positions of `heaviestPositions`' top entries, heaviest first. */
let topPositions = new Int32Array(64);
