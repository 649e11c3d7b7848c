/**
 * Logistic regression fit by Newton's method (iteratively reweighted least
 * squares) with a small L2 penalty: deterministic, no learning rate, a few
 * iterations for a handful of features. Used to fit sentence similarity's
 * weights on MSRP (see `bench/msrp.ts`).
 */

export interface LogisticFit {
  weights: number[];
  iterations: number;
}

const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-10;

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predictLogistic(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < weights.length; i++) z += weights[i] * features[i];
  return sigmoid(z);
}

/**
 * Weights maximizing the penalized log-likelihood of `labels` (0 or 1) given
 * `rows` of features (the first feature a constant 1, its weight not
 * penalized).
 */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], l2 = 1e-3): LogisticFit {
  const dimension = rows[0]?.length ?? 0;
  let weights = new Array<number>(dimension).fill(0);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const gradient = new Array<number>(dimension).fill(0);
    const hessian = Array.from({ length: dimension }, () => new Array<number>(dimension).fill(0));
    rows.forEach((row, n) => {
      const p = predictLogistic(weights, row);
      const w = Math.max(p * (1 - p), 1e-12);
      for (let i = 0; i < dimension; i++) {
        gradient[i] += (labels[n] - p) * row[i];
        for (let j = 0; j <= i; j++) hessian[i][j] += w * row[i] * row[j];
      }
    });
    for (let i = 0; i < dimension; i++) {
      for (let j = 0; j < i; j++) hessian[j][i] = hessian[i][j];
      if (i > 0) {
        gradient[i] -= l2 * rows.length * weights[i];
        hessian[i][i] += l2 * rows.length;
      }
    }
    const step = solve(hessian, gradient);
    weights = weights.map((weight, i) => weight + step[i]);
    if (step.reduce((sum, value) => sum + value * value, 0) < TOLERANCE) return { weights, iterations: iteration };
  }
  return { weights, iterations: MAX_ITERATIONS };
}

/** Solves `matrix · x = vector` by Gaussian elimination with partial pivoting. */
function solve(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) pivot = row;
    [a[column], a[pivot]] = [a[pivot], a[column]];
    const diagonal = a[column][column] || 1e-12;
    for (let row = column + 1; row < n; row++) {
      const factor = a[row][column] / diagonal;
      for (let k = column; k <= n; k++) a[row][k] -= factor * a[column][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / (a[row][row] || 1e-12);
  }
  return x;
}
