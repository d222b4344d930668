import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Evaluation } from '#lib/domain/evaluation';
import { BUNDLE_DOWN, n1Status } from '#lib/report/n1-status';
import type { Scenario, ScenarioEvent } from './scenario.ts';
import { type SilentEvent, silentEventSentence } from './silent-events.ts';

/**
 * One sentence saying what a scenario assumes, for the report's banner
 * and the email's first line, then one for each event that changes
 * nothing, its links having sent no traffic in the window (`silent`).
 *
 * @param scenario - a parsed scenario
 * @param silent - its events that change nothing (`silentEvents`)
 * @returns e.g. "What if LHR1 fails: site LHR1 down from 2026-12-01."
 * @example
 * describeScenario({ name: 'LHR1 fails', events: [{ kind: 'site-down',
 *   site: 'LHR1', from: '2026-12-01' }] });
 * // 'What if LHR1 fails: site LHR1 down from 2026-12-01.'
 */
export function describeScenario(
  scenario: Scenario,
  silent: readonly SilentEvent[] = [],
): string {
  const events = scenario.events.map(describeEvent).join('; ');
  const idle = silent.map(
    (s) => ` ${silentEventSentence(scenario.events[s.event]!, s.links)}`,
  );
  const note = scenario.description ? ` ${scenario.description}` : '';
  return `What if ${scenario.name}: ${events}.${idle.join('')}${note}`;
}

function describeEvent(event: ScenarioEvent): string {
  switch (event.kind) {
    case 'link-down':
      return `link ${event.linkId} down ${period(event.from, event.until)}`;
    case 'site-down':
      return `site ${event.site} down ${period(event.from, event.until)}`;
    case 'demand-multiplier':
      return `${event.isp} demand ×${event.factor} ${period(event.from, event.until)}`;
    case 'event-surge':
      return `${event.isp ?? 'all ISPs'} demand ×${event.factor} on ${event.date}`;
  }
}

function period(from: string, until: string | undefined): string {
  return until === undefined ? `from ${from}` : `from ${from} until ${until}`;
}

/**
 * What would break and when under a scenario: one line per group that
 * reaches critical or 100% within the horizon (upper bound of the
 * decision interval), earliest first, with N-1 in the reports' words
 * ("fails now", "fails from <date>").
 *
 * @param evaluations - evaluations of the scenario run (any level)
 * @param asOf - the scenario run's date: an N-1 breach on or before it
 *   is now
 * @returns lines like "Acme/LHR1/pni (LHR1): full from 2026-12-01 …"
 * @example
 * scenarioBreaks(evaluations, '2026-11-26')[0];
 * // 'Acme/LHR1/pni (LHR1): full from 2026-12-01 (expected 2026-12-03), …'
 */
export function scenarioBreaks(
  evaluations: readonly Evaluation[],
  asOf: string,
): string[] {
  return evaluations
    .filter((e) => e.level === 'group' && e.criticalDateUpper !== undefined)
    .sort((a, b) => compareCodePoints(breakDate(a), breakDate(b)))
    .map((e) => {
      const full =
        e.fullDateUpper === undefined
          ? 'stays under 100%'
          : `full from ${e.fullDateUpper} (expected ${e.fullDate ?? 'later'})`;
      const n1 = n1Clause(e, asOf);
      return `${e.key} (${e.site || e.isp}): ${full}; critical from ${e.criticalDateUpper}${n1}`;
    });
}

/** N-1 as the reports word it; nothing where there is no breach to date
 * or no redundancy to test. Every date of the line is the upper bound's. */
function n1Clause(e: Evaluation, asOf: string): string {
  const s = n1Status(e, asOf);
  if (s.kind === 'single' || s.kind === 'ok') return '';
  if (s.kind === 'down') return `; N-1 ${BUNDLE_DOWN}`;
  if (s.kind === 'ok-today') return '; N-1 at risk now';
  const from = s.kind === 'ok-until' ? s.date : s.from;
  return `; N-1 fails ${from === undefined ? 'now' : `from ${from}`}`;
}

function breakDate(evaluation: Evaluation): string {
  return evaluation.fullDateUpper ?? evaluation.criticalDateUpper ?? '9999';
}
