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
  // The banner goes on after it ("These figures are a what-if, …"): a
  // description written without a full stop ran into that sentence.
  const said = scenario.description?.trim() ?? '';
  const note = said === '' ? '' : ` ${said}${/[.!?…]$/.test(said) ? '' : '.'}`;
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
