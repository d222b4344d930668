import { z } from 'zod';
import { isIsoDay } from '#lib/domain/dates';

// A real calendar day: '2026-13-45' would crash date arithmetic later.
const day = z.string().refine(isIsoDay, 'must be a date YYYY-MM-DD');

/**
 * A former owner of an alerted group that holds its open alert and has
 * not been told it was handed over (`planHandovers`), with what it was
 * last told: its handover says it, and the "resolved" or "not judged"
 * goes to it too (docs/architecture.md "A bundle handed over").
 */
const FORMER_OWNER = z.strictObject({
  owner: z.string(),
  severity: z.enum(['warning', 'critical']),
  notifiedOn: day,
  /** The key it was told the group under, where links.csv renamed it since. */
  toldKey: z.string().optional(),
});

const GROUP = z.strictObject({
  severity: z.enum(['warning', 'critical']),
  orderByDate: day.optional(),
  notifiedOn: day,
  /** First day of the followed upward step last notified, if any. */
  stepDate: day.optional(),
  /**
   * The day a fall from critical to warning was recorded without a
   * message (`recordDowngrades`), so that the escalation back says so.
   */
  loweredOn: day.optional(),
  isp: z.string(),
  /** The group's region, for a later message without its evaluation. */
  region: z.string().optional(),
  /** The owner whose alert of the group was last accepted. */
  owner: z.string(),
  /**
   * Set (to the day) when the group's part of an alert was accepted and
   * another part was not: the rest of that alert (`alertsInPart`) leaves
   * it out unless it has a reason of its own, since its owner has this
   * word on it already.
   */
  inPart: day.optional(),
  /**
   * The former owners that hold the open alert too, their handover not
   * accepted yet, in the order they held it (`StateProgress`). Absent
   * when none.
   */
  formerOwners: z.array(FORMER_OWNER).optional(),
  /**
   * Read only, from a state written before `formerOwners`: the new owner
   * whose alert was accepted while the handover to `owner` was not.
   * Lifted into `formerOwners` on reading (`liftHandedTo`).
   */
  handedTo: z.string().optional(),
  /**
   * The group's links when last judged, so that a group renamed in
   * links.csv keeps its entry (`followRenames`); absent in a state
   * written before them.
   */
  links: z.array(z.string()).optional(),
});

/**
 * A state entry as written before `formerOwners`, `{ owner: A, handedTo:
 * B }` (A told at the entry's severity and date, B's alert accepted, A's
 * handover not), as it reads now: B's, A a former owner. What B's alert
 * said was not kept: it takes A's, so that B's next reminder is due no
 * later than it was.
 */
function liftHandedTo(
  entry: z.output<typeof GROUP>,
): Omit<z.output<typeof GROUP>, 'handedTo'> {
  const { handedTo, ...rest } = entry;
  if (handedTo === undefined) return rest;
  if (handedTo === rest.owner) return rest;
  const { owner, severity, notifiedOn } = rest;
  const former = { owner, severity, notifiedOn };
  return { ...rest, owner: handedTo, formerOwners: [former] };
}

/**
 * A group owed by an alert in parts (`alertsInPart`), with its links when
 * planned, so that a rename in links.csv is followed (`followRenames`)
 * though the group has no entry, never told before; a plain key, as
 * written before `links`, reads as one recorded without them.
 */
const OWED_GROUP = z.union([
  z.string().transform((key): { key: string; links?: string[] } => ({ key })),
  z.strictObject({ key: z.string(), links: z.array(z.string()).optional() }),
]);

/** The shape of `state/notifications.json`. */
export const STATE_SCHEMA = z.strictObject({
  /**
   * 2: a group's `severity` is the one the changes list held when told;
   * 1 (before): each run's own, lifted once on reading (`upgradeState`).
   */
  version: z.union([z.literal(1), z.literal(2)]),
  /** First run with this state: digests are due from then on. */
  since: day,
  /** Alerted groups, by group key: what was last notified. */
  groups: z.record(z.string(), GROUP.transform(liftHandedTo)),
  /** Last weekly digest per owner. */
  digests: z.record(z.string(), day),
  /**
   * Per owner, a digest in parts not all accepted yet: the digest day it
   * is for (`due`) and the group keys its accepted parts told, which the
   * rest of it, sent again, leaves out (docs/architecture.md "A message
   * in parts"). Left out when empty.
   */
  digestsInPart: z
    .record(z.string(), z.strictObject({ due: day, told: z.array(z.string()) }))
    .optional(),
  /**
   * Per alert unit (ISP or owner), an alert in parts not all accepted:
   * the groups of its parts not accepted yet (`OWED_GROUP`). While one of
   * them has a reason to be told, the unit's next alert is the rest of
   * that one and leaves the groups marked `inPart` out; once none has, it
   * lists every group at risk (`restOwed`, docs/architecture.md "A
   * message in parts"). Left out when empty; absent in a state written
   * before it.
   */
  alertsInPart: z.record(z.string(), z.array(OWED_GROUP)).optional(),
  /** Message ids the notifier accepted, with the as-of date. */
  sent: z.record(z.string(), day),
  /**
   * Messages that may have gone out unrecorded (`sentKey` → the instant
   * of the attempt): the one being sent when a run stopped, or one whose
   * send failed in a way that leaves it unknown. A later send of one is
   * marked as a possible repeat; acceptance removes it. Left out when
   * empty.
   */
  uncertain: z.record(z.string(), z.iso.datetime()).optional(),
});
