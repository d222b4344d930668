import { DAY_SECONDS, secondOfDay } from './link-step.ts';
import { STAMPS } from './stamps.ts';

/**
 * The `level_points` (Trino) of the links that count in a level's sums
 * by their mean over each of the level's intervals (`grp_mean`,
 * `isp_mean` of `level_steps`: links whose samples are not regular all
 * day): one row per link and interval it sent a good sample in, at the
 * interval's end (`slotEnd`), its value the mean
 * of those samples rounded to a whole bit per second
 * (docs/architecture.md "Determinism"). A second poller, a poller
 * drifting a second a sample or changing phase at noon, a link moved to
 * 1-minute telemetry at noon: each counts once per interval, at its mean
 * there. A group's and an ISP's intervals may differ, so each level is a
 * grouping set of its own, whose rows leave the other level's columns
 * NULL.
 *
 * Before, such a link's samples were divided by its day's average
 * samples per interval: a 1-minute link from noon read its afternoon at
 * 5/3 of its traffic, a poller drifting off the clock at a fifth
 * (docs/architecture.md "Rolling up").
 */
export const MEAN_POINTS = `SELECT
    day,
    CASE WHEN grouping(grp_at) = 0 THEN grp_no END AS grp_no,
    CASE WHEN grouping(isp_at) = 0 THEN isp_no END AS isp_no,
    CASE WHEN grouping(grp_at) = 0 THEN round(avg(v)) END AS grp_v,
    grp_at,
    CASE WHEN grouping(isp_at) = 0 THEN round(avg(v)) END AS isp_v,
    isp_at
  FROM (
    SELECT
      s.day,
      s.link_no,
      k.grp_no,
      k.isp_no,
      CASE WHEN s.wrong THEN NULL ELSE s.v END AS v,
      CASE WHEN k.grp_mean THEN ${slotTime('k.grp_step')} END AS grp_at,
      CASE WHEN k.isp_mean THEN ${slotTime('k.isp_step')} END AS isp_at
    FROM ${STAMPS} s
    JOIN level_steps k ON k.day = s.day AND k.link_no = s.link_no
      AND (k.grp_mean OR k.isp_mean)
  ) m
  GROUP BY GROUPING SETS ((day, link_no, grp_no, grp_at),
    (day, link_no, isp_no, isp_at))
  HAVING count(v) > 0
    AND CASE WHEN grouping(grp_at) = 0 THEN grp_at ELSE isp_at END
      IS NOT NULL`;

/**
 * For a stamp `s`, the second of the day that ends the interval of
 * `step` seconds (as SQL) it falls in, as a bigint; the interval ending
 * at midnight is the day's first, 00:00 (its siblings' sample of 00:00
 * is in this day, their next one in the next day's folder), so that a
 * finer link's last minutes complete it rather than make a part
 * interval of their own, and the day keeps its number of intervals.
 *
 * @example
 * slotEnd('k.grp_step'); // '(CAST(ceil((hour(s.ts) * 3600 + …'
 */
export function slotEnd(step: string): string {
  return `(CAST(ceil((${secondOfDay('s.ts')}) / CAST(${step} AS double))
          * ${step} AS bigint) % ${DAY_SECONDS})`;
}

/** `slotEnd` as a timestamp of the stamp's day. */
function slotTime(step: string): string {
  return `date_trunc('day', s.ts) + INTERVAL '1' SECOND * ${slotEnd(step)}`;
}
