/**
 * Maximum likelihood for the BTYD models: minimise the negative
 * log-likelihood over the logarithms of the parameters (which keeps every
 * parameter positive without constraints), with BFGS and a backtracking line
 * search (Nocedal & Wright, "Numerical Optimization", 2nd ed., algorithms 6.1
 * and 3.1). With an analytic gradient when the model has one, ideally from the
 * same pass over the data as the value (then every point the line search
 * tries comes with its gradient); otherwise central differences. A callback
 * checks the time budget before every evaluation; a step past ±EDGE in a
 * logarithm ends the minimisation (the minimum is at the edge of the domain);
 * an estimate of the inverse Hessian from a similar minimisation can start it.
 */

export interface Minimum {
  readonly point: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
  /**
   * The coordinates that ran past ±EDGE: the minimum is not inside the domain but at its edge (a parameter
   * running off to infinity or to 0), and the minimisation stopped there, not converged.
   */
  readonly escaped: readonly number[];
  /** BFGS's estimate of the inverse Hessian at the end, to start another minimisation near this one. */
  readonly inverseHessian: readonly Float64Array[];
}

export interface MinimizeOptions {
  readonly maxIterations?: number;
  /** Converged when the gradient's largest component is below this (f is a mean per observation). */
  readonly gradientTolerance?: number;
  /** The gradient of f, when it is known in closed form. */
  readonly gradient?: (x: Float64Array) => Float64Array;
  /**
   * f and its gradient from one pass over the data, when that is cheaper than the two apart: the line search
   * then evaluates both at every point it tries and keeps the gradient of the point it accepts.
   */
  readonly valueAndGradient?: (x: Float64Array) => ValueAndGradient;
  /**
   * Called before every evaluation of f (each point the line search tries, each point of a finite-difference
   * gradient) and at the start of every iteration: a callback that throws (a time budget running out) stops the
   * minimisation at once with its error.
   */
  readonly checkTime?: () => void;
  /**
   * An estimate of the inverse Hessian at x0 (from a minimisation of a similar function, see
   * maximumLikelihood.ts): with it, BFGS starts with a Newton step instead of building its estimate from scratch.
   */
  readonly initialInverseHessian?: readonly Float64Array[];
}

export interface ValueAndGradient {
  readonly value: number;
  readonly gradient: Float64Array;
}

/** f is treated as not finite beyond ±LOG_BOUND (logarithms of parameters: e^30 is about 1e13). */
const LOG_BOUND = 30;
/**
 * A step that takes a coordinate beyond ±EDGE (e^28 is about 1.4e12, e^-28 about 7e-13) ends the minimisation:
 * no parameter of these models means anything there, and walking along the bound would take hundreds of
 * iterations that only creep closer to it.
 */
export const EDGE = 28;

/** Minimises f from x0; f may return Infinity or NaN where it is not defined (treated as too large). */
export function minimize(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  options: MinimizeOptions = {},
): Minimum {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.gradientTolerance ?? 1e-6;
  const checkTime = options.checkTime ?? (() => {});
  const inBounds = (x: Float64Array) => {
    for (let i = 0; i < n; i++) if (!(Math.abs(x[i]) <= LOG_BOUND)) return false;
    return true;
  };
  const finite = (y: number) => (Number.isFinite(y) ? y : Infinity);
  const value = (x: Float64Array): number => {
    checkTime();
    return inBounds(x) ? finite(f(x)) : Infinity;
  };
  const combined = options.valueAndGradient;
  /** f at x, with the gradient when it comes with f (undefined otherwise, or where f is not finite). */
  const evaluate = (x: Float64Array): { value: number; gradient?: Float64Array } => {
    if (combined === undefined) return { value: value(x) };
    checkTime();
    if (!inBounds(x)) return { value: Infinity };
    const both = combined(x);
    const y = finite(both.value);
    return y === Infinity ? { value: y } : { value: y, gradient: both.gradient };
  };
  const gradientAt = (point: Float64Array, fPoint: number, known?: Float64Array): Float64Array => {
    if (known !== undefined) return known;
    if (options.gradient !== undefined) return options.gradient(point);
    if (combined !== undefined) return combined(point).gradient;
    return gradient(value, point, fPoint);
  };
  let x = Float64Array.from(x0);
  const start = evaluate(x);
  let fx = start.value;
  if (!Number.isFinite(fx)) {
    return { point: x, value: fx, iterations: 0, converged: false, escaped: [], inverseHessian: identity(n) };
  }
  let g = gradientAt(x, fx, start.gradient);
  // The inverse Hessian estimate, starting as a multiple of the identity that makes the first step a unit step.
  const initialScale = 1 / Math.max(maxAbs(g), 1e-12);
  const given = options.initialInverseHessian;
  let H: Float64Array[] =
    given === undefined ? identity(n).map((row) => row.map((v) => v * initialScale)) : given.map((row) => row.slice());
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    checkTime();
    if (maxAbs(g) < tolerance)
      return { point: x, value: fx, iterations: iteration, converged: true, escaped: [], inverseHessian: H };
    let direction = multiply(H, g).map((v) => -v);
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Not a descent direction (a poor curvature estimate): restart from steepest descent.
      H = identity(n).map((row) => row.map((v) => v * initialScale));
      direction = g.map((v) => -v);
      slope = dot(direction, g);
    }
    // Backtracking line search with the Armijo condition; steps of at most 5 in log space.
    let step = Math.min(1, 5 / Math.max(1e-12, maxAbs(direction)));
    let next = x;
    let fNext = Infinity;
    let gKnown: Float64Array | undefined;
    for (let tries = 0; tries < 40; tries++) {
      next = x.map((v, i) => v + step * direction[i]);
      ({ value: fNext, gradient: gKnown } = evaluate(next));
      if (fNext <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    // No step decreases f: at an optimum up to rounding, or stuck.
    if (!(fNext <= fx)) {
      return {
        point: x,
        value: fx,
        iterations: iteration,
        converged: maxAbs(g) < 100 * tolerance,
        escaped: [],
        inverseHessian: H,
      };
    }
    const gNext = gradientAt(next, fNext, gKnown);
    const s = next.map((v, i) => v - x[i]);
    const y = gNext.map((v, i) => v - g[i]);
    const sy = dot(s, y);
    if (sy > 1e-16) {
      // Before the first update, scale the identity to the curvature just seen (Nocedal & Wright, eq. 6.20).
      if (iteration === 1 && given === undefined) H = identity(n).map((row) => row.map((v) => (v * sy) / dot(y, y)));
      H = bfgsUpdate(H, s, y, sy);
    }
    const decrease = fx - fNext;
    x = next;
    fx = fNext;
    g = gNext;
    const escaped: number[] = [];
    for (let i = 0; i < n; i++) if (Math.abs(x[i]) > EDGE) escaped.push(i);
    if (escaped.length > 0)
      return { point: x, value: fx, iterations: iteration, converged: false, escaped, inverseHessian: H };
    if (decrease >= 0 && decrease < 1e-14 * Math.max(1, Math.abs(fx)) && maxAbs(g) < 100 * tolerance) {
      return { point: x, value: fx, iterations: iteration, converged: true, escaped: [], inverseHessian: H };
    }
  }
  return {
    point: x,
    value: fx,
    iterations: maxIterations,
    converged: maxAbs(g) < tolerance,
    escaped: [],
    inverseHessian: H,
  };
}

/** Central-difference gradient. */
function gradient(f: (x: Float64Array) => number, x: Float64Array, fx: number): Float64Array {
  const g = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const h = 1e-6 * Math.max(1, Math.abs(x[i]));
    const up = Float64Array.from(x);
    const down = Float64Array.from(x);
    up[i] += h;
    down[i] -= h;
    const fUp = f(up);
    const fDown = f(down);
    // At the edge of the domain, fall back to a one-sided difference.
    if (Number.isFinite(fUp) && Number.isFinite(fDown)) g[i] = (fUp - fDown) / (2 * h);
    else if (Number.isFinite(fUp)) g[i] = (fUp - fx) / h;
    else g[i] = (fx - fDown) / h;
  }
  return g;
}

function bfgsUpdate(H: readonly Float64Array[], s: Float64Array, y: Float64Array, sy: number): Float64Array[] {
  const n = s.length;
  const Hy = multiply(H, y);
  const yHy = dot(y, Hy);
  const next: Float64Array[] = H.map((row) => Float64Array.from(row));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      next[i][j] += ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy;
    }
  }
  return next;
}

const identity = (n: number): Float64Array[] =>
  Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const multiply = (M: readonly Float64Array[], v: Float64Array): Float64Array =>
  Float64Array.from(M, (row) => dot(row, v));
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
};
const maxAbs = (v: ArrayLike<number>) => {
  let max = 0;
  for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]));
  return max;
};
