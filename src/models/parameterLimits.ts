/**
 * The edges of a model's parameter space, and how to tell that a fit ran
 * off to one. Each model's gamma and beta mixtures have limits where their
 * spread vanishes (every customer buying at the same rate, dropping out with
 * the same probability) or where drop-out itself vanishes; when the data look
 * like such a limit, the likelihood keeps rising, ever more slowly, as the
 * parameters run off towards it, and the optimizer stops somewhere along the
 * way (at a ~ 1e7, say) where the slope falls below its tolerance. Those
 * numbers look like estimates but are not: no finite value is the maximum,
 * and predictions from them can overflow.
 *
 * A model lists its limits (the parameters that move, each up to infinity
 * or down to 0, and what the model becomes there). After a fit, each limit is
 * probed: the parameters moved a hundredfold further that way. If the
 * log-likelihood does not fall by more than 1e-5 per customer (a thousandth
 * at least), the data cannot tell the fitted point from the limit, and the
 * fit has reached it. (The optimizer stops where the slope in a logarithm is
 * below 1e-6 per customer, so a hundredfold move, ln 100 = 4.6, along a
 * limit it was creeping towards gains less than 4.6e-6 per customer.) An
 * interior maximum falls by far more: a hundredfold move of a parameter whose
 * logarithm has standard error σ costs about (ln 100)² / (2σ²) = 10.6 / σ²
 * units with the other parameters held (more than with them refitted), so
 * it passes for a limit only when σ > 50 on 400 customers (tolerance 0.004),
 * σ > 2.3 on 200,000 (tolerance 2): a parameter the data leave open by more
 * than a factor of 10 either way, on a data set that size.
 */

export interface Move {
  /** The parameter's position in the model's parameters. */
  readonly parameter: number;
  /** To infinity (true) or to 0. */
  readonly up: boolean;
}

export interface Limit {
  readonly moves: readonly Move[];
  /** What the data look like at this limit, from the fitted parameters (a clause for a message). */
  readonly meaning: (parameters: Float64Array) => string;
}

/** How much further the probe moves the parameters. */
export const PROBE_FACTOR = 100;

/** The log-likelihood may fall by less than this along a limit that the fit has reached. */
export function flatnessTolerance(observations: number): number {
  return Math.max(1e-3, 1e-5 * observations);
}

/** The parameters moved by the factor along the limit. */
export function towards(parameters: Float64Array, limit: Limit, factor = PROBE_FACTOR): Float64Array {
  const moved = Float64Array.from(parameters);
  for (const { parameter, up } of limit.moves) moved[parameter] *= up ? factor : 1 / factor;
  return moved;
}

/** A model's parameters, by name, and its limits. */
export interface ModelLimits {
  readonly parameterNames: readonly string[];
  readonly limits: readonly Limit[];
}

/**
 * The limits the fit has reached: those of the model along which the log-likelihood does not fall; then, for
 * each parameter none of those moves, a move of it alone that way too (either way), or the way the optimizer
 * saw it run past the edge of its domain (`escaped`).
 */
export function limitsReached(
  logLikelihood: (parameters: Float64Array) => number,
  parameters: Float64Array,
  atFit: number,
  observations: number,
  model: ModelLimits,
  escaped: readonly number[],
): Limit[] {
  const tolerance = flatnessTolerance(observations);
  const flat = (limit: Limit) => {
    const value = logLikelihood(towards(parameters, limit));
    return Number.isFinite(value) && value >= atFit - tolerance;
  };
  // In the model's order; a limit adds nothing when every parameter it moves is already in one reported, or
  // when it means the same as one reported (b growing and a going to 0 both mean no drop-out).
  const reached: Limit[] = [];
  const covered = new Set<number>();
  const meanings = new Set<string>();
  for (const limit of model.limits) {
    if (limit.moves.every((move) => covered.has(move.parameter)) || !flat(limit)) continue;
    const meaning = limit.meaning(parameters);
    if (!meanings.has(meaning)) reached.push(limit);
    meanings.add(meaning);
    for (const move of limit.moves) covered.add(move.parameter);
  }
  // Then each parameter that none of those moves, on its own: the way it ran past the optimizer's edge, or
  // either way when the likelihood does not fall along it (any other axis the fit might run off along).
  model.parameterNames.forEach((name, parameter) => {
    if (covered.has(parameter)) return;
    const meaning = () => `the data cannot pin ${name} down`;
    const ranOff = escaped.includes(parameter);
    const directions = ranOff ? [parameters[parameter] > 1] : [true, false];
    const limit = directions
      .map((up): Limit => ({ moves: [{ parameter, up }], meaning }))
      .find((candidate) => ranOff || flat(candidate));
    if (limit !== undefined) reached.push(limit);
  });
  return reached;
}

/**
 * A reached limit in words, e.g. "r and alpha grow without bound together (r = 1.50e+12, alpha = 6.30e+12 when
 * the fit stopped): purchase rates do not vary across customers, ...".
 */
export function describeLimit(limit: Limit, names: readonly string[], parameters: Float64Array): string {
  const up = limit.moves.filter((move) => move.up).map((move) => names[move.parameter]);
  const down = limit.moves.filter((move) => !move.up).map((move) => names[move.parameter]);
  const together = limit.moves.length > 1 && (up.length === 0 || down.length === 0) ? ' together' : '';
  const grow = up.length === 0 ? '' : `${up.join(' and ')} ${up.length > 1 ? 'grow' : 'grows'} without bound`;
  const fall = down.length === 0 ? '' : `${down.join(' and ')} ${down.length > 1 ? 'go' : 'goes'} to 0`;
  const motion = grow && fall ? `${grow} as ${fall}` : grow || fall;
  const values = limit.moves.map(({ parameter }) => `${names[parameter]} = ${formatParameter(parameters[parameter])}`);
  return `${motion}${together} (${values.join(', ')} when the fit stopped): ${limit.meaning(parameters)}`;
}

/** Three significant digits, in exponent form when large or small. */
export function formatParameter(value: number): string {
  const magnitude = Math.abs(value);
  return magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-3)
    ? value.toExponential(2)
    : String(Number(value.toPrecision(3)));
}

/**
 * The limit the three purchase models share: r and α grow together (r/α, the mean purchase rate, fixed),
 * so the gamma spread of purchase rates vanishes and purchases are a Poisson process at one rate for all.
 */
export const SAME_PURCHASE_RATE: Limit = {
  moves: [
    { parameter: 0, up: true },
    { parameter: 1, up: true },
  ],
  meaning: () =>
    'purchase rates do not vary across customers, the limiting Poisson case in which every customer buys at the ' +
    'same rate (as with subscriptions or deliveries on a schedule)',
};
