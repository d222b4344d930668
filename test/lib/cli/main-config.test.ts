import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';
import { runWithoutInventory } from './main-config-fixture.ts';

describe('headroom configuration and inventory', () => {
  it.each([
    ['{"horizonDays": "soon"}', /bad\.json, line 1: field 'horizonDays'/],
    [
      '{"thresholds": {"pni": {"critcal": 0.9}}}',
      /field 'thresholds\.pni\.critcal' is unknown \(did you mean 'critical'\?\) \(got 0\.9\)/,
    ],
    [
      '{"horizonDays": 90,}',
      /bad\.json, line 1: is not valid JSON at column 20 \(a comma before '}'/,
    ],
  ])(
    'stops on a bad configuration %s naming file and field',
    async (text, message) => {
      // Prepare
      const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
      const config = join(folder, 'bad.json');
      await writeFile(config, text);

      // Act
      const { code, output } = await runHeadroom(
        'run',
        '--config',
        config,
        '--out',
        join(folder, 'out'),
      );

      // Assess
      expect(code).toBe(1);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('reads a configuration file saved with a UTF-8 byte order mark', async () => {
    // Prepare: a valid file, BOM first; no inventory, so the run stops there
    const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
    const config = join(folder, 'bom.json');
    await writeFile(
      config,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{"horizonDays": 180}'),
      ]),
    );

    // Act
    const { code, output } = await runWithoutInventory(
      folder,
      '--config',
      config,
    );

    // Assess: past the configuration, stopped by the missing inventory
    expect(code).toBe(1);
    expect(output).not.toContain('bom.json');
    expect(output).toContain(`${join(folder, 'none')}: does not exist`);
  });
});
