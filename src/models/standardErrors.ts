/**
 * Standard errors of maximum-likelihood estimates: the square roots of the
 * diagonal of the inverse observed information matrix, the Hessian of the
 * negative log-likelihood at the optimum in the natural parameters, in closed
 * form when the model has it, otherwise by central differences of its
 * gradient (or, without one, of the function).
 * NaN where the Hessian is not positive definite (the optimum sits on a flat
 * ridge and the data cannot pin that parameter down).
 */

export function standardErrors(
  negativeLogLikelihood: (parameters: Float64Array) => number,
  estimate: ArrayLike<number>,
  negativeGradient?: (parameters: Float64Array) => Float64Array,
  negativeHessian?: (parameters: Float64Array) => Float64Array[],
): Float64Array {
  const n = estimate.length;
  const theta = Float64Array.from(estimate);
  const h = Float64Array.from(theta, (v) => 1e-4 * Math.max(Math.abs(v), 1e-3));
  const hessian =
    negativeHessian !== undefined
      ? negativeHessian(theta)
      : negativeGradient === undefined
        ? hessianOfFunction(negativeLogLikelihood, theta, h)
        : hessianOfGradient(negativeGradient, theta, h);
  const inverse = invertPositiveDefinite(hessian);
  return Float64Array.from({ length: n }, (_, i) =>
    inverse === null || !(inverse[i][i] > 0) ? Number.NaN : Math.sqrt(inverse[i][i]),
  );
}

function hessianOfGradient(
  gradient: (parameters: Float64Array) => Float64Array,
  theta: Float64Array,
  h: Float64Array,
): Float64Array[] {
  const n = theta.length;
  const hessian = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const up = Float64Array.from(theta);
    const down = Float64Array.from(theta);
    up[i] += h[i];
    down[i] -= h[i];
    const gUp = gradient(up);
    const gDown = gradient(down);
    for (let j = 0; j < n; j++) hessian[i][j] = (gUp[j] - gDown[j]) / (2 * h[i]);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const mean = (hessian[i][j] + hessian[j][i]) / 2;
      hessian[i][j] = mean;
      hessian[j][i] = mean;
    }
  }
  return hessian;
}

function hessianOfFunction(
  f: (parameters: Float64Array) => number,
  theta: Float64Array,
  h: Float64Array,
): Float64Array[] {
  const n = theta.length;
  const at = (changes: [number, number][]) => {
    const point = Float64Array.from(theta);
    for (const [i, delta] of changes) point[i] += delta;
    return f(point);
  };
  const f0 = at([]);
  const hessian = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    hessian[i][i] = (at([[i, h[i]]]) - 2 * f0 + at([[i, -h[i]]])) / (h[i] * h[i]);
    for (let j = 0; j < i; j++) {
      const value =
        (at([
          [i, h[i]],
          [j, h[j]],
        ]) -
          at([
            [i, h[i]],
            [j, -h[j]],
          ]) -
          at([
            [i, -h[i]],
            [j, h[j]],
          ]) +
          at([
            [i, -h[i]],
            [j, -h[j]],
          ])) /
        (4 * h[i] * h[j]);
      hessian[i][j] = value;
      hessian[j][i] = value;
    }
  }
  return hessian;
}

/** Inverse of a symmetric positive-definite matrix by Cholesky factorisation; null when it is not positive definite. */
export function invertPositiveDefinite(matrix: Float64Array[]): Float64Array[] | null {
  const n = matrix.length;
  const L = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(sum > 0)) return null;
        L[i][i] = Math.sqrt(sum);
      } else {
        L[i][j] = sum / L[j][j];
      }
    }
  }
  // Solve L L^T X = I column by column.
  const inverse = Array.from({ length: n }, () => new Float64Array(n));
  for (let column = 0; column < n; column++) {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = i === column ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= L[i][k] * y[k];
      y[i] = sum / L[i][i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i];
      for (let k = i + 1; k < n; k++) sum -= L[k][i] * inverse[k][column];
      inverse[i][column] = sum / L[i][i];
    }
  }
  return inverse;
}
