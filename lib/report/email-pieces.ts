import { bytes, cutToFit } from './email-split.ts';

/** A block of a message's body and the groups it tells of. */
export interface PartBlock<G> {
  readonly text: string;
  readonly groups: readonly G[];
  /**
   * The heading that opens the block, above its text: a digest's ISP
   * name and report link, above the ISP's first bundle.
   */
  readonly head?: string;
  /**
   * The heading a part that starts inside the block's section puts
   * above its first piece (past the block's `head`, if it has one): a
   * digest's ISP name, marked continued, and its link, so that a part
   * starting at an ISP's second bundle still says whose bundles it
   * lists (docs/architecture.md "A message in parts"). It names no
   * group, and counts in the part's bytes.
   */
  readonly resume?: string;
}

/** A piece of a block, and what a part starting with it puts above it. */
export interface Piece<G> {
  readonly text: string;
  readonly groups: readonly G[];
  readonly lead: string;
}

/**
 * The blocks cut into pieces that fit a part alone, their `resume`
 * above them included (`cutToFit`, between lines), each piece with the
 * block's groups and its lead: nothing for a block's first piece where
 * the block opens with its `head`, else the block's `resume`.
 *
 * @param blocks - the blocks, in order
 * @param room - the bytes a part's blocks may take, for their groups
 * @returns the pieces, in order
 * @throws RangeError when a block's groups alone leave no room
 * @example
 * piecesOf([{ text: 'b\n', groups, resume: 'Acme (continued)\n' }], room)[0].lead;
 * // 'Acme (continued)\n'
 */
export function piecesOf<G>(
  blocks: readonly PartBlock<G>[],
  room: (groups: readonly G[]) => number,
): Piece<G>[] {
  return blocks.flatMap((block) => {
    const resume = block.resume ?? '';
    const alone = room(block.groups) - bytes(resume);
    if (alone <= 0) throw new RangeError('header and footer exceed maxBytes');
    const head = block.head ?? '';
    return cutToFit(`${head}${block.text}`, alone).map((text, i) => ({
      text,
      groups: block.groups,
      lead: i === 0 && head !== '' ? '' : resume,
    }));
  });
}
