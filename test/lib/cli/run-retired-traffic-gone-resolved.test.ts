import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { emailProse } from '../../helpers/email-prose.ts';
import { removeDir } from '../../helpers/lake.ts';
import { runInFolder } from '../../helpers/run-headroom.ts';
import {
  AS_OF,
  GROUP,
  RETIRED_ON,
  writeRetiredGoneLake,
} from './retired-traffic-gone-fixture.ts';

/** The run the day after it: no day yet tells what its traffic did. */
const FIRST = addDays(RETIRED_ON, 1);

const dir = mkdtempSync(join(tmpdir(), 'headroom-retired-resolved-'));
const out = join(dir, 'out');
const emails = async (asOf: string) => {
  const folder = join(out, 'outbox', asOf);
  const files = (await readdir(folder).catch(() => [])).filter((f) =>
    f.endsWith('.txt'),
  );
  return Promise.all(files.map((f) => readFile(join(folder, f), 'utf8')));
};

beforeAll(async () => {
  await writeRetiredGoneLake(dir);
  await runInFolder(dir, FIRST);
  await runInFolder(dir, AS_OF);
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: the alert of a link retired with its traffic', () => {
  it('alerts the day after the retirement, when the links left would carry its traffic', async () => {
    // Act
    const first = await emails(FIRST);

    // Assess: 9.3 Gbps on the 10 G left, if the traffic moved: over
    // critical now, so needed now (README "When an order is overdue")
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(
      /^Subject: \[Headroom\] (OVERDUE |NEEDED NOW )?Acme: 1 critical/m,
    );
  });

  it('resolves it once the days after show the traffic gone, without a week held', async () => {
    // Act
    const then = await emails(AS_OF);
    const changes = JSON.parse(
      await readFile(join(out, 'reports', AS_OF, 'changes.json'), 'utf8'),
    );

    // Assess: 4.6 of 10 Gbps, ok; the fall is the retirement's, read
    // from the days after it, not a swing of the forecast to confirm.
    // Before, the alert was held open at critical for a week
    const state = changes.state.find((s: { key: string }) => s.key === GROUP);
    expect(state.rawSeverity).toBe('ok');
    expect(['ok', 'watch']).toContain(state.severity);
    expect(then).toHaveLength(1);
    expect(then[0]).toMatch(/^Subject: \[Headroom\] Acme: resolved/m);
    expect(emailProse(then[0]!)).toContain(
      `- LHR1 pni (${GROUP}): now ok, no critical date within the horizon; ` +
        `a2 (retired on ${RETIRED_ON}) took its traffic with it.`,
    );
  });
});
