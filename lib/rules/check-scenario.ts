import { isRetired } from '#lib/domain/in-service';
import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseName, quoted } from '#lib/input-message';
import { lineOfPath } from '#lib/line-of-path';
import type { Scenario, ScenarioEvent } from './scenario.ts';
import type { ScenarioSource } from './scenario-file.ts';

/**
 * Rejects a scenario whose event names a link, site or ISP that is not in
 * the inventory. Such an event changes nothing (it matches no link), yet
 * the report's banner and the drafted messages would still state it as
 * assumed: a typo in a name would pass for a scenario that leaves every
 * bundle as it was. Names match exactly: one in another case or with a
 * space around it is refused too, naming the inventory's spelling. A
 * link retired by `asOf` (`retired_on`), or a site or ISP whose every
 * link is, is refused as well: its capacity no longer counts, so taking
 * it down changes nothing (docs/architecture.md "Retired links"). A link
 * with no traffic in the window is not known yet (the rollup, after this
 * check, finds it): the plan's `silentEvents` has the what-if say that
 * its event changes nothing (docs/architecture.md "Bundles with a silent
 * link").
 *
 * @param scenario - a parsed scenario
 * @param links - the validated inventory's links
 * @param source - the scenario's file and text, for the field's line
 * @param asOf - the run's date, which links are retired by
 * @throws InputError naming the file (else the scenario), the line, the
 *   event's field and its value
 * @example
 * checkScenarioNames(scenario, inventory.links, source, '2026-12-04');
 */
export function checkScenarioNames(
  scenario: Scenario,
  links: readonly InventoryLink[],
  source?: ScenarioSource,
  asOf?: string,
): void {
  const live = links.filter((l) => asOf === undefined || !isRetired(l, asOf));
  const [known, listed] = [live, links].map((some) => ({
    linkId: new Set(some.map((link) => link.linkId)),
    site: new Set(some.map((link) => link.site)),
    isp: new Set(some.map((link) => link.isp)),
  })) as [Names, Names];
  scenario.events.forEach((event, index) => {
    const named = nameOf(event);
    if (named === undefined || known[named.field].has(named.value)) return;
    const meant = [...known[named.field]].find(
      (name) => looseName(name) === looseName(named.value),
    );
    const hint =
      meant === undefined
        ? ''
        : `, which has '${quoted(meant)}': names match exactly`;
    const field = `events.${index}.${named.field}`;
    const what = WHAT[named.field];
    const problem = listed[named.field].has(named.value)
      ? `names a ${what} links.csv retires by ${asOf} (retired_on): its ` +
        'capacity no longer counts, so the event would change nothing'
      : `names no ${what} in links.csv${hint}`;
    throw eventError(scenario, source, problem, field, named.value);
  });
}

type Names = Record<keyof typeof WHAT, Set<string>>;

/**
 * The error of an event's field: in the scenario's file at the field's
 * line when the run read it from one, else naming the scenario.
 *
 * @example
 * throw eventError(scenario, source, 'names no site', 'events.0.site', 'X');
 */
export function eventError(
  scenario: Scenario,
  source: ScenarioSource | undefined,
  problem: string,
  field: string,
  value: string,
): InputError {
  const text = source?.text;
  const line =
    text === undefined ? undefined : lineOfPath(text, field.split('.'));
  return new InputError(
    source?.file ?? `scenario '${scenario.name}'`,
    problem,
    {
      ...(line === undefined ? {} : { line }),
      field,
      value,
    },
  );
}

const WHAT = { linkId: 'link', site: 'site', isp: 'ISP' } as const;

/** The inventory name an event refers to (none: a surge of every ISP). */
function nameOf(
  event: ScenarioEvent,
): { field: keyof typeof WHAT; value: string } | undefined {
  switch (event.kind) {
    case 'link-down':
      return { field: 'linkId', value: event.linkId };
    case 'site-down':
      return { field: 'site', value: event.site };
    default:
      return event.isp === undefined
        ? undefined
        : { field: 'isp', value: event.isp };
  }
}
