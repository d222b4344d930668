import type { MessageAttributes } from '#lib/domain/message';
import { attributeBytes } from '#lib/domain/message-attribute';
import {
  ATTRIBUTE_ROOM,
  bytes,
  cutToFit,
  MAX_BODY_BYTES,
} from './email-split.ts';

/** A block of a message's body and the groups it tells of. */
export interface PartBlock<G> {
  readonly text: string;
  readonly groups: readonly G[];
}

/** One part of a message: its body and its own attributes. */
export interface MessagePart {
  readonly body: string;
  readonly attributes: MessageAttributes;
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
 * {@link ATTRIBUTE_ROOM} take at most `maxBytes`: packed greedily, each
 * block checked against the whole part it would make. A block too big
 * for a part alone is cut between lines (`cutToFit`), each piece
 * carrying the block's groups. A message that fits one part is the one
 * it always was.
 *
 * @param frame - header, footer and attributes per part, and the budget
 * @param blocks - the blocks, in order, with their groups
 * @returns one part or more
 * @example
 * packParts({ header, footer, attributes }, blocks)[0].body;
 */
export function packParts<G>(
  frame: PartFrame<G>,
  blocks: readonly PartBlock<G>[],
): MessagePart[] {
  const maxBytes = frame.maxBytes ?? MAX_BODY_BYTES;
  const header = bytes(frame.header);
  const room = (groups: readonly G[]) =>
    maxBytes -
    header -
    bytes(frame.footer(groups)) -
    Math.max(0, attributeBytes(frame.attributes(groups)) - ATTRIBUTE_ROOM);
  const parts: MessagePart[] = [];
  let text = '';
  let size = 0; // bytes(text), kept as it grows
  let groups = new Set<G>();
  const close = () => {
    const mine = [...groups];
    parts.push({
      body: `${frame.header}${text}${frame.footer(mine)}`,
      attributes: frame.attributes(mine),
    });
  };
  for (const block of blocks) {
    const alone = room(block.groups);
    if (alone <= 0) throw new RangeError('header and footer exceed maxBytes');
    for (const piece of cutToFit(block.text, alone)) {
      const joined = new Set([...groups, ...block.groups]);
      const more = bytes(piece);
      if (text !== '' && size + more > room([...joined])) {
        close();
        text = '';
        size = 0;
        groups = new Set(block.groups);
      } else groups = joined;
      text += piece;
      size += more;
    }
  }
  if (text !== '' || parts.length === 0) close();
  return parts;
}
