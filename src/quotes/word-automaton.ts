/**
 * An Aho–Corasick automaton over sequences of word ids: fed a text one word
 * at a time, it is in the node of the longest suffix of what it has read that
 * begins some pattern, so every pattern ending at the current word is found by
 * following `outputLink` from that node, in time linear in the text plus the
 * matches reported.
 */

const ROOT = 0;
/** No node: the end of an output chain. */
export const NO_NODE = -1;

export class WordAutomaton {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [ROOT];
  /** Patterns ending at each node (indices given to `add`), in the order added. */
  readonly patterns: number[][] = [[]];
  /** The nearest node on the failure chain, the node itself excluded, where a pattern ends; `NO_NODE` when there is none. */
  readonly outputLink: number[] = [NO_NODE];
  private built = false;

  /** Adds a pattern under `index`; returns the node where it ends. */
  add(words: readonly number[], index: number): number {
    if (this.built) throw new Error('tidings: expected patterns added before the automaton is built, got one after');
    let node = ROOT;
    for (const word of words) {
      let next = this.children[node].get(word);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.fail.push(ROOT);
        this.patterns.push([]);
        this.outputLink.push(NO_NODE);
        this.children[node].set(word, next);
      }
      node = next;
    }
    this.patterns[node].push(index);
    return node;
  }

  /** Computes failure and output links breadth first; returns the nodes in that order (each after its failure node). */
  build(): number[] {
    this.built = true;
    const order = [ROOT];
    for (let at = 0; at < order.length; at++) {
      const node = order[at];
      this.children[node].forEach((child, word) => {
        if (node !== ROOT) {
          let fallback = this.fail[node];
          while (fallback !== ROOT && !this.children[fallback].has(word)) fallback = this.fail[fallback];
          this.fail[child] = this.children[fallback].get(word) ?? ROOT;
        }
        const target = this.fail[child];
        this.outputLink[child] = this.patterns[target].length > 0 ? target : this.outputLink[target];
        order.push(child);
      });
    }
    return order;
  }

  /** The failure node of `node`: the longest proper suffix of its words that begins a pattern. */
  failure(node: number): number {
    return this.fail[node];
  }

  /** The node after reading `word` in `node`. */
  step(node: number, word: number): number {
    let at = node;
    for (;;) {
      const next = this.children[at].get(word);
      if (next !== undefined) return next;
      if (at === ROOT) return ROOT;
      at = this.fail[at];
    }
  }

  /**
   * The first node where a pattern ends at the word that led to `node`: itself when one ends there, else its
   * output link. The others follow through `outputLink` until `NO_NODE`.
   */
  firstEnding(node: number): number {
    return this.patterns[node].length > 0 ? node : this.outputLink[node];
  }

  /** The number of nodes, the root included. */
  get size(): number {
    return this.children.length;
  }
}
