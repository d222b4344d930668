import { describe, expect, it } from 'vitest';
import { attributesOf } from '#lib/report/email-message';
import { packParts } from '#lib/report/email-parts';
import { bytes } from '#lib/report/email-split';

const frame = {
  header: 'H\n',
  footer: (groups: readonly { readonly isp: string }[]) =>
    groups.map((g) => `L ${g.isp}\n`).join(''),
  attributes: (groups: readonly { isp: string; owner: string }[]) =>
    attributesOf(groups, 'warning'),
  maxBytes: 40,
};
const acme = { isp: 'Acme', owner: 'noc' };
const bolt = { isp: 'Bolt', owner: 'noc' };

describe('packParts', () => {
  it("keeps a block cut across parts its ISP's link and attribute on each", () => {
    // Prepare: Acme's block alone exceeds a part
    const big = `${'a'.repeat(20)}\n${'b'.repeat(20)}\n`;

    // Act
    const parts = packParts(frame, [
      { text: big, groups: [acme] },
      { text: 'ccccc\n', groups: [bolt] },
    ]);

    // Assess
    expect(parts.map((p) => p.body)).toEqual([
      `H\n${'a'.repeat(20)}\nL Acme\n`,
      `H\n${'b'.repeat(20)}\nL Acme\n`,
      'H\nccccc\nL Bolt\n',
    ]);
    expect(parts.map((p) => p.attributes.isp)).toEqual([
      'Acme',
      'Acme',
      'Bolt',
    ]);
  });

  it('packs blocks while the whole part, footer included, fits', () => {
    // Prepare: two short blocks whose links together still fit
    const blocks = [
      { text: 'a\n', groups: [acme] },
      { text: 'b\n', groups: [bolt] },
    ];

    // Act
    const parts = packParts(frame, blocks);

    // Assess
    expect(parts.map((p) => p.body)).toEqual(['H\na\nb\nL Acme\nL Bolt\n']);
    expect(parts[0]!.attributes.isp).toEqual(['Acme', 'Bolt']);
    expect(bytes(parts[0]!.body)).toBeLessThanOrEqual(40);
  });

  it('refuses a block whose header and footer alone exceed the budget', () => {
    // Prepare
    const long = { isp: 'x'.repeat(60), owner: 'noc' };

    // Act
    const pack = () => packParts(frame, [{ text: 'a\n', groups: [long] }]);

    // Assess
    expect(pack).toThrow('header and footer exceed maxBytes');
  });
});
