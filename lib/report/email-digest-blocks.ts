import type { Evaluation } from '#lib/domain/evaluation';
import { compareNames } from '#lib/domain/name-order';
import type { Severity } from '#lib/domain/vocabulary';
import { digestLines } from './email-digest-line.ts';
import { heldNote } from './email-digest-notes.ts';
import { reportLink } from './email-format.ts';
import type { PartBlock } from './email-pieces.ts';
import { byUrgency } from './rank.ts';
import { wrapText } from './wrap-text.ts';

/**
 * The digest's blocks, one per bundle, by ISP, the ISPs in name order:
 * each ISP's name and report link above its first bundle, its bundles
 * most urgent first, each one's title and figures (`digestLines`), held
 * ones with their note (`heldNote`), a blank line after its last. A part
 * of the digest thus ends between bundles, never inside one, and names
 * the bundles it tells; a part that starts at an ISP's second bundle or
 * later opens with the ISP's name, marked continued, and its link (each
 * block's `resume`; docs/architecture.md "A message in parts").
 *
 * @param input - the date, owner, report base URL and held severities
 * @param groups - the owner's groups in the digest
 * @param widths - the figure columns' widths (`digestWidths`)
 * @returns the blocks, each with its bundle, an ISP's first with its
 * heading (`head`)
 * @example
 * digestBlocks({ asOf, owner, reportBaseUrl: '' }, groups, widths)[0].head;
 * // 'Acme\n<reports/2026-11-30/isp/acme.html>\n'
 */
export function digestBlocks(
  input: {
    readonly asOf: string;
    readonly owner: string;
    readonly reportBaseUrl: string;
    readonly held?: Readonly<Record<string, Severity>> | undefined;
    readonly toldOwners?:
      | Readonly<Record<string, readonly string[]>>
      | undefined;
  },
  groups: readonly Evaluation[],
  widths: readonly number[],
): PartBlock<Evaluation>[] {
  const { asOf } = input;
  return [...byIsp(groups)].flatMap(([isp, mine]) => {
    const link = reportLink(input.reportBaseUrl, isp, asOf);
    // The link on a line of its own: beside the ISP's name it took the
    // line past 78 characters. In angle brackets (RFC 3986, Appendix C),
    // not parentheses: mail clients took the closing ")" into the link,
    // which then failed.
    const head = (name: string) =>
      `${[...wrapText(name), `<${link}>`].join('\n')}\n`;
    const resume = head(`${isp} (continued)`);
    return mine.sort(byUrgency).map((g, i) => {
      const lines = digestLines(g, asOf, widths, heldNote(g, input));
      const gap = i === mine.length - 1 ? '\n\n' : '\n';
      const text = `${lines.join('\n')}${gap}`;
      return i === 0
        ? { head: head(isp), text, resume, groups: [g] }
        : { text, resume, groups: [g] };
    });
  });
}

/**
 * The groups by ISP, the ISPs in name order (`compareNames`), in one
 * pass over the groups: filtering them all once per ISP took ISPs ×
 * groups steps (an owner's thousands of one-bundle ISPs).
 */
function byIsp(groups: readonly Evaluation[]): Map<string, Evaluation[]> {
  const of = new Map<string, Evaluation[]>();
  for (const g of groups) {
    const mine = of.get(g.isp);
    if (mine === undefined) of.set(g.isp, [g]);
    else mine.push(g);
  }
  return new Map([...of].sort(([a], [b]) => compareNames(a, b)));
}
