import {
  countAt,
  DAY_SECONDS,
  phaseStepOf,
  STEP_MIN_SAMPLES,
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
 * that fit in the interval the sample falls in); and whether it counts
 * by its mean per interval instead (`grp_mean`, `isp_mean`: `meanOf`).
 *
 * The samples per interval are, for a link on the clock, its timestamps
 * over those on the level's grid (a 1-minute link's five); for a link
 * off the clock, its own samples that fit in the interval on its phase:
 * a late link's samples then meet their siblings' whether or not one is
 * on the clock. A link whose samples are not regular all day counts by
 * its mean per interval instead (`grp_mean`, `isp_mean`, `MEAN_POINTS`;
 * docs/architecture.md "Rolling up").
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
    ${samplesPerStep('isp')} AS isp_n,
    ${meanOf('grp')} AS grp_mean,
    ${meanOf('isp')} AS isp_mean
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
 * A link's samples per `level`'s interval (`level_steps`), for a link
 * whose samples are regular (`meanOf`): NULL for a link on the clock at
 * least as coarse as the level, whose samples keep their times; for a
 * link off the clock, the most any link can have there (one a minute),
 * so that its own samples that fit in each interval on its phase decide
 * (`LEVEL_CTES`): three of a 2-minute link's at :01, :03, :05, then two
 * (divided by 2.5, its bundle read 22 and 18 Gbps by turns for 20).
 */
function samplesPerStep(level: 'grp' | 'isp'): string {
  const step = `${level}_step`;
  const onGrid = countAt(step);
  return `CASE WHEN ${step} IS NULL THEN NULL
      WHEN phase > 0 THEN CAST(${step} AS double) / 60
      WHEN step >= ${step} THEN NULL
      WHEN ${onGrid} = 0 THEN 1
      ELSE CAST(seen AS double) / ${onGrid} END`;
}

/**
 * Whether a link counts in `level`'s sums by its mean over each of the
 * level's intervals (`MEAN_POINTS`) rather than by its share of them: a
 * link that would have a share (polled more often than the level, or
 * off the clock) whose good samples are not one every interval of its
 * own all day (99 %: gaps, bad samples, a second poller, a poller
 * drifting a second a sample or changing phase, an interval changed at
 * noon), or with a timestamp off its own grid (a stray sample, which a
 * share counted whole: a 5-minute link's interval of 10 minutes then
 * read it 1.5 times). A share is the day's average samples per
 * interval, exact for regular samples and cheap; a mean takes a
 * grouping of the link's samples per interval, about 80 % more for the
 * series query when half the links need one (docs/benchmarks.md), so
 * only these links take it.
 */
function meanOf(level: 'grp' | 'isp'): string {
  const step = `${level}_step`;
  const onOwnGrid = countAt('step');
  return `(${step} IS NOT NULL AND (phase > 0 OR step < ${step})
      AND (samples < 0.99 * ${DAY_SECONDS} / step
        OR (phase = 0 AND ${onOwnGrid} < seen)))`;
}
