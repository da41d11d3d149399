/**
 * Standard errors: the Cholesky inverse on hand matrices, and the inverse
 * observed information of a normal sample, whose standard errors are known
 * in closed form.
 */

import { invertPositiveDefinite, standardErrors } from '../../src/models/standardErrors';

/** The matrix product a·b. */
function product(a: Float64Array[], b: Float64Array[]): number[][] {
  return a.map((row) => Array.from(b[0], (_, j) => row.reduce((sum, v, k) => sum + v * b[k][j], 0)));
}

function expectIdentity(matrix: number[][]) {
  matrix.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 1 : 0, 12)));
}

describe('invertPositiveDefinite', () => {
  it('inverts a 2x2 matrix: [[4, 2], [2, 3]]⁻¹ = [[3, -2], [-2, 4]] / 8', () => {
    const matrix = [Float64Array.of(4, 2), Float64Array.of(2, 3)];
    const inverse = invertPositiveDefinite(matrix);
    expect(inverse).not.toBeNull();
    const [[a, b], [c, d]] = (inverse as Float64Array[]).map((row) => Array.from(row));
    // det = 4·3 - 2·2 = 8.
    expect(a).toBeCloseTo(3 / 8, 14);
    expect(b).toBeCloseTo(-2 / 8, 14);
    expect(c).toBeCloseTo(-2 / 8, 14);
    expect(d).toBeCloseTo(4 / 8, 14);
    expectIdentity(product(matrix, inverse as Float64Array[]));
  });

  it('inverts a 3x3 matrix: A·A⁻¹ = I', () => {
    // Diagonally dominant and symmetric, hence positive definite.
    const matrix = [Float64Array.of(6, 2, 1), Float64Array.of(2, 5, 2), Float64Array.of(1, 2, 4)];
    const inverse = invertPositiveDefinite(matrix);
    expect(inverse).not.toBeNull();
    expectIdentity(product(matrix, inverse as Float64Array[]));
    expectIdentity(product(inverse as Float64Array[], matrix));
    // (A⁻¹)₁₁ = (5·4 - 2·2) / det A = 16 / 83, det A = 6·16 - 2·6 + 1·(4 - 5) = 83.
    expect((inverse as Float64Array[])[0][0]).toBeCloseTo(16 / 83, 14);
  });

  it('returns null for a matrix that is not positive definite', () => {
    // Eigenvalues 3 and -1.
    expect(invertPositiveDefinite([Float64Array.of(1, 2), Float64Array.of(2, 1)])).toBeNull();
    // Singular: positive semi-definite only.
    expect(invertPositiveDefinite([Float64Array.of(1, 1), Float64Array.of(1, 1)])).toBeNull();
    // Negative definite.
    expect(invertPositiveDefinite([Float64Array.of(-2, 0), Float64Array.of(0, -3)])).toBeNull();
    // Positive diagonal, indefinite overall (a leading minor of the 3x3 is negative).
    expect(
      invertPositiveDefinite([Float64Array.of(1, 0, 2), Float64Array.of(0, 1, 0), Float64Array.of(2, 0, 1)]),
    ).toBeNull();
  });
});

// Sixteen draws with mean 5: the MLE of μ is the sample mean.
const DRAWS = [3.1, 6.4, 5.2, 4.8, 7.9, 2.6, 5.5, 4.1, 6.0, 3.7, 5.9, 4.4, 6.8, 3.3, 5.0, 5.3];
const SIGMA = 2;
const MEAN = DRAWS.reduce((sum, v) => sum + v, 0) / DRAWS.length;

/** -ln L(μ) of the draws under N(μ, σ²) with σ known: n/2 ln(2πσ²) + Σ (x_i - μ)² / (2σ²). */
const negativeLogLikelihood = ([mu]: Float64Array) =>
  (DRAWS.length / 2) * Math.log(2 * Math.PI * SIGMA * SIGMA) +
  DRAWS.reduce((sum, v) => sum + (v - mu) ** 2, 0) / (2 * SIGMA * SIGMA);
/** d(-ln L)/dμ = -Σ (x_i - μ) / σ². */
const negativeGradient = ([mu]: Float64Array) =>
  Float64Array.of(-DRAWS.reduce((sum, v) => sum + (v - mu), 0) / (SIGMA * SIGMA));

describe('standardErrors', () => {
  it('is σ/√n for the mean of a normal sample with known σ', () => {
    expect(MEAN).toBeCloseTo(5, 12);
    // The information is n/σ² = 16/4 = 4, so SE(μ) = 2/√16 = 0.5.
    const [se] = standardErrors(negativeLogLikelihood, [MEAN]);
    expect(se).toBeCloseTo(0.5, 6);
  });

  it('gives the same with the gradient', () => {
    const [withGradient] = standardErrors(negativeLogLikelihood, [MEAN], negativeGradient);
    expect(withGradient).toBeCloseTo(0.5, 8);
    expect(withGradient).toBeCloseTo(standardErrors(negativeLogLikelihood, [MEAN])[0], 6);
  });

  it('is σ̂/√n and σ̂/√(2n) for the mean and standard deviation when both are estimated', () => {
    // At the MLE (μ̂, σ̂) the information is diag(n/σ̂², 2n/σ̂²).
    const n = DRAWS.length;
    const sigmaHat = Math.sqrt(DRAWS.reduce((sum, v) => sum + (v - MEAN) ** 2, 0) / n);
    const f = ([mu, sigma]: Float64Array) =>
      n * Math.log(sigma) + DRAWS.reduce((sum, v) => sum + (v - mu) ** 2, 0) / (2 * sigma * sigma);
    const gradient = ([mu, sigma]: Float64Array) =>
      Float64Array.of(
        -DRAWS.reduce((sum, v) => sum + (v - mu), 0) / (sigma * sigma),
        n / sigma - DRAWS.reduce((sum, v) => sum + (v - mu) ** 2, 0) / sigma ** 3,
      );
    for (const ses of [standardErrors(f, [MEAN, sigmaHat]), standardErrors(f, [MEAN, sigmaHat], gradient)]) {
      expect(ses[0]).toBeCloseTo(sigmaHat / Math.sqrt(n), 6);
      expect(ses[1]).toBeCloseTo(sigmaHat / Math.sqrt(2 * n), 6);
    }
  });

  it('is NaN, without throwing, along a direction the likelihood does not depend on', () => {
    // The second parameter does not enter: its row of the Hessian is zero.
    const flat = ([mu]: Float64Array) => negativeLogLikelihood(Float64Array.of(mu));
    const flatGradient = ([mu]: Float64Array) => Float64Array.of(negativeGradient(Float64Array.of(mu))[0], 0);
    for (const ses of [standardErrors(flat, [MEAN, 3]), standardErrors(flat, [MEAN, 3], flatGradient)]) {
      expect(ses).toHaveLength(2);
      expect(Number.isNaN(ses[1])).toBe(true);
    }
  });

  it('is NaN at a maximum instead of a minimum', () => {
    const [se] = standardErrors(([mu]) => -negativeLogLikelihood(Float64Array.of(mu)), [MEAN]);
    expect(Number.isNaN(se)).toBe(true);
  });
});
