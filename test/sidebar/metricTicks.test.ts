/** Which metrics are ticked as the mapping changes (sidebar/metricTicks.ts). */

import { afterCheck, choose, initialTicks, type MetricTicks } from '../../sidebar/metricTicks';
import type { MetricId } from '../../src/wizard/wizardMetrics';

const possible = (...ids: MetricId[]) => new Set<MetricId>(ids);
const ticked = (ticks: MetricTicks) => [...ticks.ticked].sort();

describe('metric ticks', () => {
  it('ticks the metrics ticked by default once they become possible; predicted CLV stays opt-in', () => {
    const ticks = afterCheck(initialTicks(undefined), possible('repeatPurchase', 'clv', 'predictedClv'));
    expect(ticked(ticks)).toEqual(['clv', 'repeatPurchase']);
  });

  it('ticks what a sheet added later makes possible, and keeps what the person chose', () => {
    let ticks = afterCheck(initialTicks(undefined), possible('repeatPurchase', 'clv'));
    ticks = choose(ticks, 'clv', false);
    // The survey sheet is added: NPS becomes possible and is ticked; CLV stays unticked.
    ticks = afterCheck(ticks, possible('repeatPurchase', 'clv', 'nps', 'npsTrend'));
    expect(ticked(ticks)).toEqual(['nps', 'npsTrend', 'repeatPurchase']);
  });

  it('unticks a metric that is no longer possible, and gives it back as the person left it', () => {
    let ticks = afterCheck(initialTicks(undefined), possible('nps', 'csat'));
    ticks = choose(ticks, 'csat', false);
    ticks = afterCheck(ticks, possible());
    expect(ticked(ticks)).toEqual([]);
    ticks = afterCheck(ticks, possible('nps', 'csat'));
    expect(ticked(ticks)).toEqual(['nps']);
    // A metric the person ticked themselves comes back ticked.
    ticks = choose(ticks, 'csat', true);
    ticks = afterCheck(afterCheck(ticks, possible('nps')), possible('nps', 'csat'));
    expect(ticked(ticks)).toEqual(['csat', 'nps']);
  });

  it('starts from the saved choice, then ticks what becomes possible later as any new metric', () => {
    let ticks = afterCheck(initialTicks(['clv', 'predictedClv']), possible('repeatPurchase', 'clv', 'predictedClv'));
    // The person had unticked the repeat-purchase rate when they saved.
    expect(ticked(ticks)).toEqual(['clv', 'predictedClv']);
    ticks = afterCheck(ticks, possible('repeatPurchase', 'clv', 'predictedClv', 'nps'));
    expect(ticked(ticks)).toEqual(['clv', 'nps', 'predictedClv']);
  });

  it('keeps a tick while the metric stays possible, through checks that change nothing', () => {
    let ticks = afterCheck(initialTicks(undefined), possible('predictedClv', 'clv'));
    ticks = choose(ticks, 'predictedClv', true);
    ticks = afterCheck(afterCheck(ticks, possible('predictedClv', 'clv')), possible('predictedClv', 'clv'));
    expect(ticked(ticks)).toEqual(['clv', 'predictedClv']);
  });
});
