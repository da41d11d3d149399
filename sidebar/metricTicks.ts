/**
 * Which metrics are ticked, as the mapping changes. A metric that becomes
 * possible (a sheet added, a role changed) is ticked if it is ticked by
 * default, unless the person unticked it before; one that is no longer
 * possible is unticked; the others keep the person's choice. On the first
 * check of saved settings, the saved choice is the person's.
 */

import { type MetricId, WIZARD_METRICS } from '../src/wizard/wizardMetrics';

export interface MetricTicks {
  /** What is ticked now. */
  readonly ticked: ReadonlySet<MetricId>;
  /** The metrics the last check found possible. */
  readonly possible: ReadonlySet<MetricId>;
  /** The person's own ticks and unticks, which a metric that comes back gets again. */
  readonly chosen: ReadonlyMap<MetricId, boolean>;
  /** True until the first check has been taken in. */
  readonly first: boolean;
}

export function initialTicks(saved: readonly MetricId[] | undefined): MetricTicks {
  const chosen = new Map<MetricId, boolean>();
  if (saved !== undefined) for (const { id } of WIZARD_METRICS) chosen.set(id, saved.includes(id));
  return { ticked: new Set(), possible: new Set(), chosen, first: true };
}

/** The ticks after a data check found `possible`. */
export function afterCheck(ticks: MetricTicks, possible: ReadonlySet<MetricId>): MetricTicks {
  const ticked = new Set<MetricId>();
  for (const { id, preselected } of WIZARD_METRICS) {
    if (!possible.has(id)) continue;
    if (ticks.possible.has(id)) {
      if (ticks.ticked.has(id)) ticked.add(id);
    } else if (ticks.chosen.get(id) ?? preselected) ticked.add(id);
  }
  // Saved choices count once, for the mapping they were made with; after that only the person's clicks do.
  const chosen = ticks.first && ticks.chosen.size > 0 ? new Map<MetricId, boolean>() : new Map(ticks.chosen);
  return { ticked, possible, chosen, first: false };
}

/** The person ticks or unticks a metric. */
export function choose(ticks: MetricTicks, id: MetricId, on: boolean): MetricTicks {
  const ticked = new Set(ticks.ticked);
  if (on) ticked.add(id);
  else ticked.delete(id);
  return { ...ticks, ticked, chosen: new Map(ticks.chosen).set(id, on) };
}
