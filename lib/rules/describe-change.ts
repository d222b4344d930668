import { formatBps, formatGrowth } from '#lib/report/format';
import type { GroupChange } from './change-types.ts';

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
        return `ask ${formatBps(a.fromBps ?? 0)} → ${formatBps(a.toBps)} (${a.fromPorts ?? 0} → ${a.toPorts} ports)`;
      default:
        return `growth re-estimated ${formatGrowth(g.from ?? 0)} → ${formatGrowth(g.to)}`;
    }
  });
  return [...parts, ...heldText(s)].join('; ');
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
