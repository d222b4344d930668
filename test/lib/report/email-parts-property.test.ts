import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { attributeBytes } from '#lib/domain/message-attribute';
import { ALERT_END_SEVERITY } from '#lib/report/alert-end-severity';
import { alertFooter } from '#lib/report/email-frame';
import { linksFooter } from '#lib/report/email-links';
import { attributesOf } from '#lib/report/email-message';
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
import { mulberry32, type Rng, wholeBetween } from '#lib/sample/prng';
import {
  EMAIL_CONFIG,
  FRA2_IX,
} from '../../fixtures/rules/email-evaluations.ts';

const ASOF = '2026-11-26';

/** The frames of the emails, and one whose footer lists every group. */
const FRAMES: Record<string, Omit<PartFrame<Evaluation>, 'maxBytes'>> = {
  alert: {
    header: 'Headroom capacity alert\n\n',
    footer: (m) => alertFooter(m, EMAIL_CONFIG, `reports/${ASOF}`),
    attributes: (m) => attributesOf(m, 'critical'),
  },
  resolved: {
    header: 'Headroom: alerts cleared\n\n',
    footer: (m) => linksFooter(m, EMAIL_CONFIG, ASOF),
    attributes: (m) => attributesOf(m, 'resolved'),
  },
  handover: {
    header: 'Headroom: handed over\n\n',
    footer: (m) => linksFooter(m, EMAIL_CONFIG, ASOF),
    attributes: (m) => ({
      ...attributesOf(m, ALERT_END_SEVERITY),
      owner: 'emea-peering',
    }),
  },
  digest: {
    header: 'Headroom weekly digest\n\n',
    footer: () => '',
    attributes: (m) => ({ ...attributesOf(m, 'digest'), owner: 'noc' }),
  },
  'every group': {
    header: 'H\n',
    footer: (m) => m.map((g) => `L ${g.isp}\n`).join(''),
    attributes: (m) => attributesOf(m, 'warning'),
  },
};

const NAMES = ['Acme', 'Øresund Fiber', 'Bolt "Net"', 'back\\slash', 'Zeta'];

/**
 * A random message: up to `most` groups of a few ISPs (some names
 * shared, some `long`), regions (one empty) and owners, and blocks of
 * lines, some longer than a part.
 */
function randomBlocks(
  rng: Rng,
  most: number,
  long: number,
): PartBlock<Evaluation>[] {
  const pick = <T>(items: readonly T[]) =>
    items[wholeBetween(rng, 0, items.length - 1)]!;
  const groups = Array.from({ length: wholeBetween(rng, 1, most) }, (_, i) => {
    const isp = `${pick(NAMES)}${'x'.repeat(pick([0, 0, 10, long]))}`;
    return {
      ...FRA2_IX,
      key: `${isp}/S${i}/ix`,
      isp,
      region: pick(['EMEA', 'APAC', '']),
      owner: pick(['emea-peering', 'noc', 'ops']),
    };
  });
  return Array.from({ length: wholeBetween(rng, 0, 30) }, () => {
    const lines = Array.from(
      { length: wholeBetween(rng, 1, 4) },
      () => `- ${pick(['a', 'é', '€']).repeat(wholeBetween(rng, 0, 400))}\n`,
    );
    const mine = Array.from({ length: wholeBetween(rng, 0, 3) }, () =>
      pick(groups),
    );
    // Some open a section or carry its heading, continued (a digest's)
    const heading = pick(['', '', 'Acme\n', `${pick(NAMES)} (continued)\n`]);
    const head = pick([heading, '']);
    return { text: lines.join(''), groups: mine, head, resume: heading };
  });
}

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

  it('calls the frame on at most 2 n log2 n groups, not on every group so far for each block', () => {
    // Prepare: 2,000 bundles of as many ISPs, in parts of hundreds
    const calls = { groups: 0 };
    const frame = FRAMES.resolved!;
    const counted: PartFrame<Evaluation> = {
      ...frame,
      footer: (m) => {
        calls.groups += m.length;
        return frame.footer(m);
      },
    };
    const blocks = Array.from({ length: 2000 }, (_, i) => {
      const isp = `Regional Broadband and Fibre Cooperative number ${i} GmbH`;
      const g = { ...FRA2_IX, isp, key: `${isp}/FRA2/ix` };
      return { text: `- ${g.key}: now watch.\n`, groups: [g] };
    });

    // Act
    const parts = packParts(counted, blocks);

    // Assess: before, 702,815 groups passed: all the part's for each block
    expect(parts).toHaveLength(3);
    expect(calls.groups).toBeLessThanOrEqual(
      2 * blocks.length * Math.log2(blocks.length),
    );
  });
});
