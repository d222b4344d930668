import type { Evaluation } from '#lib/domain/evaluation';
import { longBundles } from './notify-parts-fixture.ts';

/** A message kind in parts, its part 2 refused on `day`. */
export interface PartCase {
  /** The kind, as its ids name it. */
  readonly purpose: string;
  /** What its subjects, and only they, hold. */
  readonly subject: string;
  /** A run before, alerting the bundles. */
  readonly before?: readonly [string, Evaluation[]];
  readonly day: string;
  readonly evaluations: Evaluation[];
  readonly refused: string;
  /** How many of its parts are accepted on `day`. */
  readonly accepted: number;
  /** The next days' runs. */
  readonly next: readonly [string, string];
  /** The steps of `day`'s run before its first part (`Killer`). */
  readonly stepsBefore: number;
}

const alerted = ['2026-11-24', longBundles('critical')] as const;
/** The four kinds besides the alert (notify-alert-parts.test.ts). */
export const PART_CASES: PartCase[] = [
  {
    purpose: 'resolved',
    subject: ': resolved — ',
    stepsBefore: 0,
    before: alerted,
    day: '2026-11-25',
    evaluations: longBundles('ok'),
    refused: '2026-11-25/resolved/acme/2',
    accepted: 2,
    next: ['2026-11-26', '2026-11-27'],
  },
  {
    purpose: 'handover',
    subject: ' handed over to ',
    // Its day's run sends the new owner's alert first: four parts, each
    // published and saved
    stepsBefore: 8,
    before: alerted,
    day: '2026-11-25',
    evaluations: longBundles('critical', 'noc'),
    refused: '2026-11-25/handover/emea-peering-acme/2',
    accepted: 2,
    next: ['2026-11-26', '2026-11-27'],
  },
  {
    purpose: 'unjudged',
    subject: ' not judged — ',
    stepsBefore: 0,
    before: alerted,
    day: '2026-11-25',
    evaluations: [],
    refused: '2026-11-25/unjudged/acme/2',
    accepted: 1,
    next: ['2026-11-26', '2026-11-27'],
  },
  {
    // 11-30 is a Monday: the owner's digest is due
    purpose: 'digest',
    subject: 'weekly digest emea-peering',
    stepsBefore: 0,
    day: '2026-11-30',
    evaluations: longBundles('watch'),
    refused: '2026-11-30/digest/emea-peering/2',
    accepted: 1,
    next: ['2026-12-01', '2026-12-02'],
  },
];
