/**
 * BFGS minimisation: the classic Rosenbrock valley with and without the
 * analytic gradient, a quadratic with a known minimum, and the failures it
 * must report instead of hiding.
 */

import { EDGE, minimize } from '../../src/models/optimize';

/** Rosenbrock's function (100 (y - x²)² + (1 - x)²): a curved valley, minimum 0 at (1, 1). */
const rosenbrock = ([x, y]: Float64Array) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
const rosenbrockGradient = ([x, y]: Float64Array) =>
  Float64Array.of(-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x));

describe('minimize', () => {
  it('finds the minimum of the Rosenbrock function from (-1.2, 1) with finite differences', () => {
    const result = minimize(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-9);
    expect(result.iterations).toBeLessThan(500);
  });

  it('finds the minimum of the Rosenbrock function from (-1.2, 1) with the analytic gradient', () => {
    let gradientCalls = 0;
    const result = minimize(rosenbrock, [-1.2, 1], {
      gradient: (point) => {
        gradientCalls++;
        return rosenbrockGradient(point);
      },
    });
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(1, 5);
    expect(result.value).toBeLessThan(1e-10);
    // The gradient it was given is the one it used.
    expect(gradientCalls).toBeGreaterThan(0);
  });

  it('finds the known minimum of a quadratic, wherever it starts', () => {
    // f = (u-3)² + 2 (v+1)² + (u-3)(v+1) + 5: positive-definite Hessian [[2, 1], [1, 4]], minimum 5 at (3, -1).
    const quadratic = ([u, v]: Float64Array) => (u - 3) ** 2 + 2 * (v + 1) ** 2 + (u - 3) * (v + 1) + 5;
    const gradient = ([u, v]: Float64Array) => Float64Array.of(2 * (u - 3) + (v + 1), 4 * (v + 1) + (u - 3));
    for (const start of [
      [0, 0],
      [10, 7],
      [-20, 15],
    ]) {
      for (const options of [{}, { gradient }]) {
        const result = minimize(quadratic, start, options);
        expect(result.converged).toBe(true);
        expect(result.point[0]).toBeCloseTo(3, 5);
        expect(result.point[1]).toBeCloseTo(-1, 5);
        expect(result.value).toBeCloseTo(5, 10);
      }
    }
  });

  it('minimises in more dimensions: a separable quadratic in 5 variables', () => {
    // f = Σ k (x_k - k)², minimum 0 at (1, 2, 3, 4, 5).
    const f = (x: Float64Array) => x.reduce((sum, v, i) => sum + (i + 1) * (v - (i + 1)) ** 2, 0);
    const result = minimize(f, [0, 0, 0, 0, 0]);
    expect(result.converged).toBe(true);
    Array.from(result.point).forEach((v, i) => expect(v).toBeCloseTo(i + 1, 5));
  });

  it('treats points where f is not finite as too large and steps around them', () => {
    // ln-barrier: f = u - ln u is Infinity/NaN for u <= 0 and has its minimum 1 at u = 1.
    const f = ([u]: Float64Array) => u - Math.log(u);
    const result = minimize(f, [8]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.value).toBeCloseTo(1, 10);
  });

  it('reports no convergence when f is not finite at the start', () => {
    const nan = minimize(() => Number.NaN, [1, 2]);
    expect(nan.converged).toBe(false);
    expect(nan.iterations).toBe(0);
    expect(Array.from(nan.point)).toEqual([1, 2]);
    const infinite = minimize(([u]) => (u < 0 ? Infinity : u * u), [-1]);
    expect(infinite.converged).toBe(false);
    // A start beyond the bound on |x| (30, as logarithms of parameters) is treated as not finite too.
    expect(minimize(([u]) => u * u, [31]).converged).toBe(false);
  });

  it('reports no convergence when it runs out of iterations', () => {
    const result = minimize(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
    // Three steps still went downhill.
    expect(result.value).toBeLessThan(rosenbrock(Float64Array.of(-1.2, 1)));
  });

  it('does not move the caller’s starting point', () => {
    const start = Float64Array.of(-1.2, 1);
    minimize(rosenbrock, start);
    expect(Array.from(start)).toEqual([-1.2, 1]);
  });

  it('takes the value and the gradient from one function when given, keeping the gradient of the point it accepts', () => {
    let calls = 0;
    const result = minimize(rosenbrock, [-1.2, 1], {
      valueAndGradient: (point) => {
        calls++;
        return { value: rosenbrock(point), gradient: rosenbrockGradient(point) };
      },
    });
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(1, 5);
    // One call per point tried: no separate gradient evaluations.
    expect(calls).toBeLessThan(3 * result.iterations);
  });

  it('stops at once, with the error, when checkTime throws', () => {
    for (const options of [{}, { gradient: rosenbrockGradient }]) {
      let calls = 0;
      const checkTime = () => {
        if (++calls === 25) throw new Error('out of time');
      };
      expect(() => minimize(rosenbrock, [-1.2, 1], { ...options, checkTime })).toThrow('out of time');
      expect(calls).toBe(25);
    }
  });

  it('calls checkTime at least once per iteration and per point the line search tries', () => {
    let checks = 0;
    let evaluations = 0;
    const result = minimize(
      (point) => {
        evaluations++;
        return rosenbrock(point);
      },
      [-1.2, 1],
      { gradient: rosenbrockGradient, checkTime: () => checks++ },
    );
    expect(checks).toBeGreaterThanOrEqual(evaluations + result.iterations - 1);
  });

  it('stops, not converged, when a coordinate runs past the edge of the domain, and says which', () => {
    // f = (v - 2)² - u: no minimum, f falls steadily towards u = +Infinity.
    const f = ([u, v]: Float64Array) => (v - 2) ** 2 - u;
    const gradient = ([, v]: Float64Array) => Float64Array.of(-1, 2 * (v - 2));
    for (const options of [{}, { gradient }]) {
      const result = minimize(f, [0, 0], options);
      expect(result.converged).toBe(false);
      expect(result.escaped).toEqual([0]);
      expect(result.point[0]).toBeGreaterThan(EDGE);
      expect(result.iterations).toBeLessThan(100);
    }
    expect(minimize(rosenbrock, [-1.2, 1]).escaped).toEqual([]);
  });
});
