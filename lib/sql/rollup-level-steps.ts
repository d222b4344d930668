import {
  DAY_SECONDS,
  phaseStepOf,
  STEP_MIN_SAMPLES,
  STEPS_SECONDS,
  stepOf,
} from './link-step.ts';

/**
 * `level_steps` (Trino), from `link_peaks`: per day and inventory link,
 * its group and ISP, its own interval (`step`: the longer of its
 * interval on the clock's grid, `stepOf`, and on its own phase,
 * `phaseStepOf`, which a day of fewer than `STEP_MIN_SAMPLES` timestamps
 * does not tell), its `phase` (the seconds its samples come after the
 * clock's grid: 120 for a 5-minute poller at :02, :07, …; 0 on the
 * clock), each level's interval (`grp_step`, `isp_step`: the longest of
 * its links' that day, among links with `STEP_MIN_SAMPLES` good
 * samples), and, for a link polled more often than the level or off the
 * clock (`grp_n`, `isp_n`, else NULL), its samples per level interval: a
 * sample counts at the end of the level's interval it falls in, for that
 * share of it (`LEVEL_CTES`, which caps it at the link's own timestamps
 * that fit in the interval the sample falls in).
 *
 * The samples per interval are, for a link on the clock, its timestamps
 * over those on the level's grid (one per interval it reported in: a
 * second poller's two, a 1-minute link's five, fewer where it missed
 * some), its timestamps over the level's intervals in a day when under
 * 1 % are on the grid (a late poller read on the clock for a stray
 * sample); for a link off the clock, its own samples that fit in the
 * interval on its phase: a late link's samples then meet their
 * siblings' whether or not one is on the clock (docs/architecture.md
 * "Rolling up").
 */
export const LEVEL_STEPS = `level_steps AS (
  SELECT
    day,
    link_no,
    grp_no,
    isp_no,
    step,
    phase,
    grp_step,
    isp_step,
    ${samplesPerStep('grp')} AS grp_n,
    ${samplesPerStep('isp')} AS isp_n
  FROM (
    SELECT
      l.*,
      CASE WHEN clock_step >= step THEN 0
        ELSE first_minute % (step / 60) * 60 END AS phase,
      max(CASE WHEN samples >= ${STEP_MIN_SAMPLES} THEN step END)
        OVER (PARTITION BY day, grp_no) AS grp_step,
      max(CASE WHEN samples >= ${STEP_MIN_SAMPLES} THEN step END)
        OVER (PARTITION BY day, isp_no) AS isp_step
    FROM (
      SELECT
        c.*,
        CASE WHEN seen >= ${STEP_MIN_SAMPLES}
          THEN greatest(clock_step, ${phaseStepOf('minutes', 'first_minute')})
          ELSE clock_step END AS step
      FROM (
        SELECT
          p.*,
          n.grp_no,
          n.isp_no,
          ${stepOf((step) => `p.on_${step}`, 'p.seen')} AS clock_step
        FROM link_peaks p
        JOIN link_numbers n ON n.link_no = p.link_no
      ) c
    ) l
  ) w
)`;

/**
 * A link's samples per `level`'s interval (`level_steps`): NULL for a
 * link on the clock at least as coarse as the level, whose samples keep
 * their times; for a link off the clock, the most any link can have
 * there (one a minute), so that its own samples that fit in each
 * interval on its phase decide (`LEVEL_CTES`): three of a 2-minute
 * link's at :01, :03, :05, then two (divided by 2.5, its bundle read 22
 * and 18 Gbps by turns for 20); for a finer link with under 1 % of its
 * timestamps on the level's grid (a late poller read on the clock for a
 * stray sample, as `stepOf` allows 1 % astray), its timestamps over the
 * level's intervals in a day, at least one: a stray on the grid divided
 * a late 5-minute link's samples by 289, capped at a fifth, and one off
 * it counted three whole in 15 minutes.
 */
function samplesPerStep(level: 'grp' | 'isp'): string {
  const step = `${level}_step`;
  const onGrid = `CASE ${step} ${STEPS_SECONDS.map(
    (s) => `WHEN ${s} THEN on_${s}`,
  ).join(' ')} END`;
  return `CASE WHEN ${step} IS NULL THEN NULL
      WHEN phase > 0 THEN CAST(${step} AS double) / 60
      WHEN step >= ${step} THEN NULL
      WHEN ${onGrid} * 100 < seen
        THEN greatest(1, round(CAST(seen AS double) * ${step} / ${DAY_SECONDS}))
      ELSE CAST(seen AS double) / ${onGrid} END`;
}
