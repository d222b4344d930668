import type { Evaluation } from '#lib/domain/evaluation';
import type { Message } from '#lib/domain/message';
import { plural } from './format.ts';

/** What a what-if's `what-if-messages.txt` is made of. */
export interface WhatIfDrafts {
  /** The alerts it would send. */
  readonly messages: readonly Message[];
  /** What the scenario assumes (`describeScenario`). */
  readonly description: string;
  readonly evaluations: readonly Evaluation[];
  /** The configuration's `warningWindowDays`. */
  readonly warningWindowDays: number;
}

/**
 * The text of a what-if's `what-if-messages.txt`: the alerts it would
 * send, one after another; or, with none, what was assumed and why no
 * alert, with the bundles at watch it leaves (an order-by date further
 * ahead, or an ask to stay under warning with no order needed), where
 * it read "No group would need an augment in this scenario" beside a
 * report whose bundles at watch asked for ports.
 *
 * @param drafts - the messages, the scenario and the evaluations
 * @returns the file's text, ending in a newline
 * @example
 * renderWhatIfDrafts({ messages: [], description, evaluations,
 *   warningWindowDays: 30 });
 * // 'WHAT-IF, not the plan.\nWhat if …\n\nNo alert in this scenario: …'
 */
export function renderWhatIfDrafts(drafts: WhatIfDrafts): string {
  if (drafts.messages.length > 0)
    return drafts.messages
      .map((m) => `Subject: ${m.subject}\n\n${m.body}`)
      .join(`\n${'='.repeat(72)}\n\n`);
  const watch = drafts.evaluations.filter(
    (e) => e.level === 'group' && e.severity === 'watch',
  ).length;
  const window = plural(drafts.warningWindowDays, 'day');
  return [
    'WHAT-IF, not the plan.',
    drafts.description,
    '',
    `No alert in this scenario: no bundle's order-by date is today, past or within the warning window (${window}).`,
    watch === 0
      ? 'No bundle is at watch either.'
      : `${plural(watch, 'bundle')} at watch, with an order-by date further ahead or an ask to stay under warning: see the overview (index.html).`,
    '',
  ].join('\n');
}
