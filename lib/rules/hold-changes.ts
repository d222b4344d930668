import { daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import type { ChangeRule, TrackedGroup } from './change-types.ts';

/**
 * The ask to report, in bits per second, with hysteresis: a larger ask
 * counts at once; a smaller one once two runs in a row saw it smaller
 * (then the larger of the two).
 *
 * @param prev - what the previous run reported
 * @param e - this run's evaluation
 * @returns the ask to report and its ports
 * @example
 * holdAsk({ ...prev, askBps: 300e9, askPorts: 3, rawAskPorts: 3 },
 *   { ...e, recommendedAddBps: 200e9, recommendedPorts: 2 });
 * // { bps: 300e9, ports: 3 }
 */
export function holdAsk(
  prev: TrackedGroup,
  e: Evaluation,
): { bps: number; ports: number } {
  const raw = { bps: e.recommendedAddBps, ports: e.recommendedPorts };
  if (raw.bps >= prev.askBps) return raw;
  const prevRawBps = prev.rawAskPorts * prev.portBps;
  if (prevRawBps >= prev.askBps)
    return { bps: prev.askBps, ports: prev.askPorts };
  return prevRawBps > raw.bps
    ? { bps: prevRawBps, ports: prev.rawAskPorts }
    : raw;
}

/**
 * The order-by date to report: moves only when it drifted by at least
 * `orderByShiftDays` from the reported one (or appears or goes). A date
 * due or past before and after (today or earlier, the run's date to
 * judge by) is taken in silently: the bundle is as overdue as before, to
 * be ordered now either way. Its date swings by weeks from one daily run
 * to the next, and a bundle critical today on the upper forecast has
 * today less the lead time, later on every run with nothing changed: in
 * a month of daily runs on the sample, 93 of the changes list's 128 rows
 * were such moves.
 *
 * @param prev - what the previous run reported
 * @param e - this run's evaluation
 * @param asOf - this run's date
 * @param rule - the hysteresis parameters
 * @returns the date to report and how far it moved (0 when it did not)
 * @example
 * holdOrderBy({ ...prev, orderByDate: '2026-12-10' },
 *   { ...e, orderByDate: '2026-11-28' }, '2026-11-26', rule);
 * // { date: '2026-11-28', moved: -12 }
 */
export function holdOrderBy(
  prev: TrackedGroup,
  e: Evaluation,
  asOf: string,
  rule: ChangeRule,
): { date?: string; moved: number } {
  const raw = e.orderByDate;
  if (prev.orderByDate === undefined || raw === undefined)
    return raw === undefined ? { moved: 0 } : { date: raw, moved: 0 };
  const moved = daysBetween(prev.orderByDate, raw);
  if (prev.orderByDate <= asOf && raw <= asOf) return { date: raw, moved: 0 };
  return Math.abs(moved) >= rule.orderByShiftDays
    ? { date: raw, moved }
    : { date: prev.orderByDate, moved: 0 };
}

/**
 * The growth to report: re-estimated when it moved by at least
 * `growthShiftPct` percentage points a year.
 *
 * @param prev - what the previous run reported
 * @param e - this run's evaluation
 * @param rule - the hysteresis parameters
 * @returns the growth to report and whether it changed
 * @example
 * holdGrowth({ ...prev, growthPctPerYear: 20 }, { ...e, growthPctPerYear: 22 }, rule);
 * // { growth: 20, changed: false }
 */
export function holdGrowth(
  prev: TrackedGroup,
  e: Evaluation,
  rule: ChangeRule,
): { growth: number; changed: boolean } {
  const raw = e.growthPctPerYear;
  const changed =
    Number.isFinite(raw) &&
    Math.abs(raw - prev.growthPctPerYear) >= rule.growthShiftPct;
  return changed
    ? { growth: raw, changed }
    : { growth: prev.growthPctPerYear, changed };
}
