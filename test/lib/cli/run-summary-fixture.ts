import { EMPTY_ROLLUP } from '#lib/pipeline/rollup-stage';
import type { RunSummary } from '#lib/pipeline/run-pipeline';

/**
 * A run's summary as of 2026-11-26 with `evaluations`: one group at each
 * severity, no rollup figures, no data-quality findings, nothing sent.
 */
export const summary = (
  evaluations: RunSummary['evaluations'],
): RunSummary => ({
  runId: '2026-11-26T060000',
  asOf: '2026-11-26',
  folder: 'reports/2026-11-26',
  rollup: EMPTY_ROLLUP,
  evaluations,
  severities: { critical: 1, warning: 1, watch: 1, ok: 1 },
  quality: {
    from: '2024-11-26',
    to: '2026-11-26',
    totals: {},
    byLink: [],
    unknownLinks: [],
    missingDays: [],
  },
  notifications: {
    dryRun: false,
    messages: [],
    sent: 0,
    failed: 0,
    skipped: 0,
    failures: [],
  },
  seconds: 1,
});
