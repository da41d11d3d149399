/**
 * Step 2, Metrics: every metric, with one line on what it is; those the
 * mapped columns allow can be ticked, the others are greyed out naming what
 * they need. A metric that joins two sheets says which.
 */

import type { MetricAvailability, MetricId } from '../src/wizard/wizardMetrics';
import { WIZARD_METRICS } from '../src/wizard/wizardMetrics';
import type { App } from './app';
import { type Child, h } from './render';

export function metricsStep(app: App): Child[] {
  const { state, t } = app;
  const availability = new Map<MetricId, MetricAvailability>((state.check?.metrics ?? []).map((m) => [m.id, m]));
  return [
    h('p', { key: 'intro' }, t('metrics.intro')),
    h(
      'fieldset',
      { class: 'metrics', key: 'metrics' },
      h('legend', { class: 'visually-hidden' }, t('step.metrics')),
      WIZARD_METRICS.map(({ id }) => {
        const available = availability.get(id);
        const enabled = available?.sheet !== undefined;
        const from =
          available?.sheet === undefined
            ? t('metrics.needs', { roles: (available?.missing ?? []).map((role) => t(`role.${role}`)).join(', ') })
            : available.otherSheet !== undefined
              ? available.matched === undefined
                ? t('metrics.joins', { sheet: available.sheet, other: available.otherSheet })
                : t('metrics.joinsMatched', {
                    sheet: available.sheet,
                    other: available.otherSheet,
                    found: available.matched.found,
                    of: available.matched.of,
                  })
              : t('metrics.from', { sheet: available.sheet });
        return h(
          'div',
          { class: `check metric${enabled ? '' : ' disabled'}`, key: `metric:${id}` },
          h('input', {
            type: 'checkbox',
            id: `metric-${id}`,
            checked: enabled && state.ticks.ticked.has(id),
            disabled: !enabled,
            'aria-describedby': `metric-${id}-line`,
            on: { change: (event) => app.actions.tickMetric(id, (event.target as HTMLInputElement).checked) },
          }),
          h(
            'label',
            { for: `metric-${id}` },
            h('span', { class: 'name' }, t(`metric.${id}`)),
            h('span', { class: 'line', id: `metric-${id}-line` }, t(`metric.${id}.line`), ' ', h('em', {}, from)),
          ),
        );
      }),
    ),
  ];
}
