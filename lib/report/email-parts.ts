import type { MessageAttributes } from '#lib/domain/message';
import { attributeBytes } from '#lib/domain/message-attribute';
import { type PartBlock, piecesOf } from './email-pieces.ts';
import { ATTRIBUTE_ROOM, bytes, MAX_BODY_BYTES } from './email-split.ts';

/** One part of a message: its body, its own attributes and its groups. */
export interface MessagePart<G = unknown> {
  readonly body: string;
  readonly attributes: MessageAttributes;
  /** The groups of its blocks, for the state to record once it is accepted. */
  readonly groups?: readonly G[];
}

/** A message's frame: what each part carries beside its blocks. */
export interface PartFrame<G> {
  /** The text at the top of every part. */
  readonly header: string;
  /** The text at the bottom of a part, for the groups of its blocks. */
  readonly footer: (groups: readonly G[]) => string;
  /** The attributes of a part, for the groups of its blocks. */
  readonly attributes: (groups: readonly G[]) => MessageAttributes;
  /** The budget before attributes ({@link MAX_BODY_BYTES} by default). */
  readonly maxBytes?: number | undefined;
}

/**
 * Packs blocks into as few parts as fit, each part's footer and
 * attributes naming the groups of its own blocks only, so that a part
 * lists only its ISPs' report links and reaches only their
 * subscriptions (docs/architecture.md "Messages carry every owner"). A
 * part fits when its header, blocks, footer and attributes beyond
 * {@link ATTRIBUTE_ROOM} take at most `maxBytes`. A block too big for a
 * part alone is cut between lines (`cutToFit`), each piece carrying the
 * block's groups. Each part takes the most pieces that fit, in order, so
 * a message that fits one part is the one it always was. A part that
 * starts inside a block's section (a digest's ISP, past its first
 * bundle) opens with the block's `resume`, its heading marked continued,
 * counted in the part's bytes (docs/architecture.md "A message in
 * parts").
 *
 * As a part's footer and attributes only grow with its groups, whether
 * the next pieces fit is found by doubling their count, then halving the
 * gap (a galloping search): each check costs the groups it names, so a
 * part of k pieces costs about k log k, where checking each piece
 * against the whole part so far cost k² (an owner's 20,000 one-bundle
 * ISPs: 1.6 s against 31 s, docs/architecture.md "Messages carry every
 * owner").
 *
 * @param frame - header, footer and attributes per part, and the budget
 * @param blocks - the blocks, in order, with their groups
 * @returns one part or more
 * @throws RangeError when a block's groups alone leave no room
 * @example
 * packParts({ header, footer, attributes }, blocks)[0].body;
 */
export function packParts<G>(
  frame: PartFrame<G>,
  blocks: readonly PartBlock<G>[],
): MessagePart<G>[] {
  const room = partRoom(frame);
  const pieces = piecesOf(blocks, room);
  // ends[i]: the bytes of pieces 0 … i-1
  const ends = [0];
  for (const piece of pieces) ends.push(ends.at(-1)! + bytes(piece.text));
  const groupsOf = (from: number, to: number) => [
    ...new Set(pieces.slice(from, to).flatMap((piece) => piece.groups)),
  ];
  // What a part starting at piece `from` puts above it: no group
  const lead = (from: number) => pieces[from]?.lead ?? '';
  const fits = (from: number, to: number) =>
    bytes(lead(from)) + ends[to]! - ends[from]! <= room(groupsOf(from, to));
  const part = (from: number, to: number): MessagePart<G> => {
    const groups = groupsOf(from, to);
    const text = pieces.slice(from, to).map((piece) => piece.text);
    return {
      body: `${frame.header}${lead(from)}${text.join('')}${frame.footer(groups)}`,
      attributes: frame.attributes(groups),
      groups,
    };
  };
  const parts: MessagePart<G>[] = [];
  for (let from = 0; from < pieces.length; ) {
    const to = mostThatFit(from, pieces.length, fits);
    parts.push(part(from, to));
    from = to;
  }
  return parts.length === 0 ? [part(0, 0)] : parts;
}

/**
 * The bytes a part's blocks may take, for the groups they name: the
 * budget less the header, the footer and the attributes beyond
 * {@link ATTRIBUTE_ROOM} (all but the header grow with the groups).
 */
function partRoom<G>(frame: PartFrame<G>): (groups: readonly G[]) => number {
  const maxBytes = frame.maxBytes ?? MAX_BODY_BYTES;
  const header = bytes(frame.header);
  return (groups) =>
    maxBytes -
    header -
    bytes(frame.footer(groups)) -
    Math.max(0, attributeBytes(frame.attributes(groups)) - ATTRIBUTE_ROOM);
}

/**
 * The end of the longest run of pieces from `from` that fits, the first
 * piece always fitting alone (cut to): doubling the run while it fits,
 * then halving the gap between the longest that fitted and the shortest
 * that did not.
 */
function mostThatFit(
  from: number,
  count: number,
  fits: (from: number, to: number) => boolean,
): number {
  let good = from + 1;
  let step = 1;
  while (good + step <= count && fits(from, good + step)) {
    good += step;
    step *= 2;
  }
  let bad = Math.min(good + step, count + 1); // past the end: never fits
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (fits(from, mid)) good = mid;
    else bad = mid;
  }
  return good;
}
