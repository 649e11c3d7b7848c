/**
 * The mention nearest to the one being read (before it first, then after it)
 * whose entity passes a test, as a walk outward over an article's mentions
 * finds it, without the walk: a page with thousands of single-word names made
 * that walk quadratic. Mentions are read in order, and only the one being
 * read gains an entity meanwhile (`passed`), so the last mention of each
 * entity before it is known, and those after it keep the entities they had
 * when the reading started.
 */
export class NearestMentions {
  /** Per entity, the last mention read that names it. */
  private readonly lastBefore = new Map<number, number>();
  /** Per entity, the mentions that named it when the reading started, in order, and how many of them are behind. */
  private readonly ahead = new Map<number, { indices: number[]; behind: number }>();

  constructor(entityOf: readonly (number | undefined)[]) {
    entityOf.forEach((entity, index) => {
      if (entity === undefined) return;
      const list = this.ahead.get(entity) ?? { indices: [], behind: 0 };
      list.indices.push(index);
      this.ahead.set(entity, list);
    });
  }

  /** The index of the mention nearest to `index` whose entity is one of `entities` (any order), before it first; undefined when none. */
  nearest(index: number, entities: Iterable<number>): number | undefined {
    let before = -1;
    let after = Infinity;
    for (const entity of entities) {
      before = Math.max(before, this.lastBefore.get(entity) ?? -1);
      const list = this.ahead.get(entity);
      if (list === undefined) continue;
      while (list.behind < list.indices.length && list.indices[list.behind] <= index) list.behind++;
      if (list.behind < list.indices.length) after = Math.min(after, list.indices[list.behind]);
    }
    if (before >= 0) return before;
    return after === Infinity ? undefined : after;
  }

  /** Mention `index` has been read and names `entity` (if any). */
  passed(index: number, entity: number | undefined): void {
    if (entity !== undefined) this.lastBefore.set(entity, index);
  }
}
