import { buildPlan, type PlanOptions } from '#lib/sample/build-plan';

/** The default sample's plan options: 100 links, 430 days. */
export const DEFAULT: PlanOptions = {
  seed: 1,
  links: 100,
  days: 430,
  lastDay: '2026-11-25',
};

/** The seeds every seeded test runs over. */
export const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The groups of a plan that links.csv lists. */
export const listedOf = (options: PlanOptions) =>
  buildPlan(options).groups.filter((g) => g.listed);
