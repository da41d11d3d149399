/**
 * The gradient of a function by central differences, with steps relative to
 * each coordinate, for checking the models' analytic gradients.
 */
export function centralDifferenceGradient(f: (point: Float64Array) => number, point: Float64Array): Float64Array {
  return point.map((value, i) => {
    const h = 1e-6 * value;
    const up = Float64Array.from(point);
    const down = Float64Array.from(point);
    up[i] += h;
    down[i] -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}
