import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { attributeBytes } from '#lib/domain/message-attribute';
import {
  type MessagePart,
  type PartFrame,
  packParts,
} from '#lib/report/email-parts';
import type { PartBlock } from '#lib/report/email-pieces';
import {
  ATTRIBUTE_ROOM,
  bytes,
  cutToFit,
  MAX_BODY_BYTES,
} from '#lib/report/email-split';
import { mulberry32, wholeBetween } from '#lib/sample/prng';
import { FRAMES, randomBlocks } from './email-parts-property-fixture.ts';

/**
 * The packing as first written, the reference: each piece checked
 * against the whole part it would make, a part closed at the first that
 * does not fit, the next opening with its piece's heading.
 */
function packGreedy<G>(
  frame: PartFrame<G>,
  blocks: readonly PartBlock<G>[],
): MessagePart<G>[] {
  const maxBytes = frame.maxBytes ?? MAX_BODY_BYTES;
  const room = (groups: readonly G[]) =>
    maxBytes -
    bytes(frame.header) -
    bytes(frame.footer(groups)) -
    Math.max(0, attributeBytes(frame.attributes(groups)) - ATTRIBUTE_ROOM);
  const parts: MessagePart<G>[] = [];
  let text = '';
  let groups = new Set<G>();
  const close = () =>
    parts.push({
      body: `${frame.header}${text}${frame.footer([...groups])}`,
      attributes: frame.attributes([...groups]),
      groups: [...groups],
    });
  for (const block of blocks) {
    const { head = '', resume = '' } = block;
    const alone = room(block.groups) - bytes(resume);
    if (alone <= 0) throw new RangeError('header and footer exceed maxBytes');
    cutToFit(`${head}${block.text}`, alone).forEach((piece, i) => {
      // A part starting here opens with the resume, but at a head
      const lead = i === 0 && head !== '' ? '' : resume;
      const joined = new Set([...groups, ...block.groups]);
      if (text !== '' && bytes(text + piece) > room([...joined])) {
        close();
        text = lead;
        groups = new Set(block.groups);
      } else {
        if (text === '') text = lead;
        groups = joined;
      }
      text += piece;
    });
  }
  if (text !== '' || parts.length === 0) close();
  return parts;
}

/** The parts, or the error's message. */
function packed(
  pack: typeof packParts,
  frame: PartFrame<Evaluation>,
  blocks: readonly PartBlock<Evaluation>[],
) {
  try {
    return pack(frame, blocks);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('packParts against the greedy packing', () => {
  it.each(
    Object.keys(FRAMES).flatMap((name) => [
      [name, 'short', 12, 40, 4000],
      // Attributes beyond ATTRIBUTE_ROOM: dozens of names of 600 bytes
      [name, 'long', 40, 600, 40000],
    ]),
  )(
    'makes the same parts, each within its budget, with the %s frame and %s names',
    (name, _, most, long, largest) => {
      // Prepare: 100 random messages and budgets, a fixed seed
      const rng = mulberry32(20261206 + String(name).length + Number(long));
      for (let i = 0; i < 100; i += 1) {
        const maxBytes = wholeBetween(rng, 300, Number(largest));
        const frame = { ...FRAMES[String(name)]!, maxBytes };
        const blocks = randomBlocks(rng, Number(most), Number(long));

        // Act
        const parts = packed(packParts, frame, blocks);

        // Assess
        expect(parts).toEqual(packed(packGreedy, frame, blocks));
        if (typeof parts === 'string') continue;
        for (const part of parts) {
          const over = attributeBytes(part.attributes) - ATTRIBUTE_ROOM;
          expect(bytes(part.body) + Math.max(0, over)).toBeLessThanOrEqual(
            maxBytes,
          );
        }
      }
    },
  );
});
