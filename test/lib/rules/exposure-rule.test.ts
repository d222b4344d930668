import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { overdueLines } from '#lib/report/overdue-text';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { overduePlan } from '#lib/rules/overdue-plan';
import { augmentOn, BASE_INPUT, G, linearForecast } from './series-fixture.ts';

const AS_OF = BASE_INPUT.asOf;
// 10 G ports; the upper bound 180 G growing 0.2 G a day: over 85 % of
// 200 G from today on, so the order-by date (today − 90 days of lead
// time) has passed.
const LINKS = BASE_INPUT.links.map((l) => ({ ...l, portBps: 10 * G }));
const GROWING = linearForecast(160, 0.2, 20);

/** A forecast of `gbps(day)` as the mean, its bounds 20 G either side. */
function forecastOf(gbps: (day: number) => number) {
  const mean = Array.from({ length: 365 }, (_, i) => gbps(i) * G);
  return {
    ...GROWING,
    mean,
    lower: { 80: mean.map((v) => v - 20 * G) },
    upper: { 80: mean.map((v) => v + 20 * G) },
  };
}

describe('days exposed in the overdue plan', () => {
  it('end when a late planned augment is in service, before an order placed today would be', () => {
    // Prepare: +50 G on day 10, 10 days after the critical date (today):
    // 250 G holds the upper bound under 85 % until day 163, past the 90
    // days an order placed today takes
    const augments = [augmentOn(10, 50 * G)];

    // Act
    const e = evaluateSeries({
      ...BASE_INPUT,
      links: LINKS,
      augments,
      forecast: GROWING,
    });
    const plan = overduePlan(e, AS_OF);

    // Assess: before, 90 days exposed (to the ordered ports' day),
    // while the bundle ran short 10 days
    expect(e.recommendedPorts).toBeGreaterThan(0);
    expect(e.shortUntil).toBe(addDays(AS_OF, 10));
    expect(plan?.exposedDays).toBe(10);
    expect(overdueLines(plan!).join('\n')).toContain(
      `10 days exposed, until CHG-10 (+50.0 Gbps) is in service ${addDays(AS_OF, 10)}`,
    );
  });

  it('end when the upper forecast falls back under critical', () => {
    // Prepare: a peak over 85 % for the next 30 days, then 120 G
    const forecast = forecastOf((i) => (i < 30 ? 160 : 100));

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, links: LINKS, forecast });
    const plan = overduePlan(e, AS_OF);

    // Assess
    expect(plan?.exposedDays).toBe(30);
    expect(overdueLines(plan!).join('\n')).toContain(
      `30 days exposed, until ${addDays(AS_OF, 30)} when the upper forecast is back under critical`,
    );
  });

  it('run to the ordered augment where only the week’s busy days cross, the last one days before it', () => {
    // Prepare: the upper bound over 85 % on one day a week (days 0, 7, …,
    // 84), 150 G the other days: the last crossing is 6 days before the
    // ordered ports are in service, on day 90
    const forecast = forecastOf((i) => (i % 7 === 0 ? 160 : 130));

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, links: LINKS, forecast });
    const plan = overduePlan(e, AS_OF);

    // Assess: not 'until day 85, when the upper forecast is back under
    // critical', the week's quiet days
    expect(e.shortUntil).toBe(addDays(AS_OF, 85));
    expect(plan?.exposedDays).toBe(90);
    expect(plan?.exposedUntil).toBeUndefined();
  });

  it('run to the ordered augment where the bundle stays short until then', () => {
    // Act
    const e = evaluateSeries({
      ...BASE_INPUT,
      links: LINKS,
      forecast: GROWING,
    });
    const plan = overduePlan(e, AS_OF);

    // Assess
    expect(e.shortUntil).toBe(addDays(AS_OF, 90));
    expect(plan).toMatchObject({
      exposedDays: 90,
      orderedTodayInService: addDays(AS_OF, 90),
    });
    expect(plan?.exposedUntil).toBeUndefined();
  });

  it('is not worked out where the order-by date is ahead', () => {
    // Act: the reference group reaches critical on day 250
    const e = evaluateSeries(BASE_INPUT);

    // Assess
    expect(e.shortUntil).toBeUndefined();
  });
});
