import { formatBps, formatGrowth, plural } from '#lib/report/format';
import type { ChangeRule, GroupChange, TrackedGroup } from './change-types.ts';
import { heldFall } from './hold-severity.ts';

/**
 * A group's changes in words, most important first, e.g. "escalated
 * warning → critical; order-by 12 days earlier (2026-12-10 → 2026-11-28);
 * ask 200 Gbps → 300 Gbps"; a fall held back comes last ("held at warning
 * (below it since …)").
 *
 * @param c - the change, without its text
 * @returns one line of plain text
 * @example
 * describeChange({ kinds: ['new'], severity: { to: 'warning' }, … });
 * // 'new at warning'
 */
export function describeChange(c: Omit<GroupChange, 'text'>): string {
  const { severity: s, orderBy: o, ask: a, growth: g } = c;
  const parts = c.kinds.map((kind) => {
    switch (kind) {
      case 'new':
        return `new at ${s.to}`;
      case 're-opened':
        return `re-opened at ${s.to} (resolved earlier)`;
      case 'resolved':
        return `resolved (${s.from} → ${s.to})`;
      case 'escalated':
      case 'de-escalated':
        return `${kind} ${s.from} → ${s.to}`;
      case 'order-by-moved': {
        const d = o.movedDays ?? 0;
        const way = d < 0 ? 'earlier' : 'later';
        return `order-by ${Math.abs(d)} days ${way} (${o.from} → ${o.to})`;
      }
      case 'ask-changed':
        return askText(a);
      default:
        return `growth re-estimated ${formatGrowth(g.from ?? 0)} → ${formatGrowth(g.to)}`;
    }
  });
  return [...parts, ...heldText(s)].join('; ');
}

/**
 * A changed ask. No ask reads 'none', as on the overview and in the
 * digest: a bundle new at watch read 'ask 0 bps → 100 Gbps (0 → 1
 * ports)'. One port is one, not '1 ports'.
 */
function askText(a: GroupChange['ask']): string {
  const from = a.fromPorts ?? 0;
  const rate = (bps: number, ports: number) =>
    ports === 0 ? 'none' : formatBps(bps);
  const ports =
    a.toPorts === 0
      ? ''
      : ` (${from === 0 ? '' : `${from} → `}${plural(a.toPorts, 'port')})`;
  return `ask ${rate(a.fromBps ?? 0, from)} → ${rate(a.toBps, a.toPorts)}${ports}`;
}

/**
 * A fall the rule holds back, last: the row's `Now` and the email read
 * the run's lower severity, while the alert stays open for up to a week
 * (docs/architecture.md "A fall is confirmed over days").
 */
function heldText(s: GroupChange['severity']): string[] {
  if (s.held === undefined) return [];
  const { since, until } = s.held;
  return [
    `held at ${s.to} (below it since ${since}; lowered from ${until} if it stays below)`,
  ];
}

/**
 * The `Since` line of a bundle no change is listed for while the rule
 * holds its warning or critical above the run's own severity: an alert
 * that reads the run's lower level (a reminder, or beside another
 * bundle's alert) says the fall is held back, as a listed change does
 * (docs/architecture.md "Emails follow the held severity").
 *
 * @param t - a group as tracked after this run (`changes.json`'s state)
 * @param rule - the hysteresis parameters (`confirmDays`)
 * @returns the line, or undefined when no fall is held back
 * @example
 * unchangedHeldText({ severity: 'critical', belowSince: { critical: '2026-11-16' } }, rule);
 * // 'no change; held at critical (below it since 2026-11-16; lowered from 2026-11-23 if it stays below)'
 */
export function unchangedHeldText(
  t: Pick<TrackedGroup, 'severity' | 'belowSince'>,
  rule: Pick<ChangeRule, 'confirmDays'>,
): string | undefined {
  const held = heldText({ to: t.severity, ...heldFall(t, rule) });
  return held.length === 0 ? undefined : ['no change', ...held].join('; ');
}
