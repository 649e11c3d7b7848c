/**
 * A test seam for benchmarks only, not part of the options or the public API:
 * `bench/jitter.ts` runs the summarizer with every concept weight nudged, to
 * tell a rule's gain from the noise of which of two nearly equal sentences the
 * greedy selection takes. Outside `withConceptWeightsAdjusted` nothing changes.
 */
let adjust: ((weights: Float64Array) => void) | undefined;

/** Runs `run` with `adjustment` applied to the concept weights of every `summarize` call inside it. */
export function withConceptWeightsAdjusted<T>(adjustment: (weights: Float64Array) => void, run: () => T): T {
  const outer = adjust;
  adjust = adjustment;
  try {
    return run();
  } finally {
    adjust = outer;
  }
}

/** The weights, adjusted in place when a benchmark asked for it. */
export function adjustedConceptWeights(weights: Float64Array): Float64Array {
  adjust?.(weights);
  return weights;
}
