import { STEP_MIN_SAMPLES, STEPS_SECONDS, stepOf } from './link-step.ts';

/**
 * `level_steps` (Trino), from `link_peaks`: per day and inventory link,
 * its group and ISP, its own interval (`step`), each level's interval
 * (`grp_step`, `isp_step`: the longest of its links' that day, among
 * links with `STEP_MIN_SAMPLES` good samples), and, for a link polled more
 * often than the level (`grp_n`, `isp_n`, else NULL), its samples per
 * level interval: a sample counts for that share of the interval in the
 * level's sums (`LEVEL_CTES`, which caps it at the link's own
 * timestamps that fit in the interval the sample falls in).
 *
 * The samples per interval are the link's timestamps over those on the
 * level's grid (one per interval it reported in: a second poller's two,
 * a 1-minute link's five, fewer where it missed some), and one when none
 * is on the grid (a 5-minute poller a minute late).
 */
export const LEVEL_STEPS = `level_steps AS (
  SELECT
    day,
    link_no,
    grp_no,
    isp_no,
    step,
    grp_step,
    isp_step,
    ${samplesPerStep('grp')} AS grp_n,
    ${samplesPerStep('isp')} AS isp_n
  FROM (
    SELECT
      l.*,
      max(CASE WHEN samples >= ${STEP_MIN_SAMPLES} THEN step END)
        OVER (PARTITION BY day, grp_no) AS grp_step,
      max(CASE WHEN samples >= ${STEP_MIN_SAMPLES} THEN step END)
        OVER (PARTITION BY day, isp_no) AS isp_step
    FROM (
      SELECT
        p.*,
        n.grp_no,
        n.isp_no,
        ${stepOf((step) => `p.on_${step}`, 'p.seen')} AS step
      FROM link_peaks p
      JOIN link_numbers n ON n.link_no = p.link_no
    ) l
  ) w
)`;

/** A finer link's samples per `level`'s interval (`level_steps`). */
function samplesPerStep(level: 'grp' | 'isp'): string {
  const step = `${level}_step`;
  const onGrid = `CASE ${step} ${STEPS_SECONDS.map(
    (s) => `WHEN ${s} THEN on_${s}`,
  ).join(' ')} END`;
  return `CASE WHEN step >= ${step} OR ${step} IS NULL THEN NULL
      WHEN ${onGrid} = 0 THEN 1
      ELSE CAST(seen AS double) / ${onGrid} END`;
}
