import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ispSlug } from '#lib/domain/slug';
import {
  AS_OF,
  lakeArgs,
  read,
  readJson,
  root,
  runCli,
  useSample,
} from './run-fixture.ts';

useSample();

describe('headroom run: steps in the traffic', () => {
  it("shows the sample's late step in steps.json, on the ISP page and in its message", async () => {
    // Prepare: a run as of AS_OF; the sample's step is 10 days before
    // its last day (2026-05-31)
    await runCli(...lakeArgs(join(root, 'out')), '--as-of', AS_OF);
    const dated = join(root, 'out', 'reports', AS_OF);

    // Act
    const steps = await readJson(join(dated, 'steps.json'));

    // Assess
    const group = steps.find((s: { level: string }) => s.level === 'group');
    expect(group).toMatchObject({
      date: '2026-05-22',
      direction: 'up',
      followed: true,
    });
    expect(group.changePct).toBeGreaterThan(50);
    const named = `traffic stepped +${Math.round(group.changePct)}% on 2026-05-22`;
    const page = await read(join(dated, 'isp', `${ispSlug(group.isp)}.html`));
    expect(page).toContain(named);
    const outbox = join(root, 'out', 'outbox', AS_OF);
    const texts = await Promise.all(
      (await readdir(outbox))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => read(join(outbox, f))),
    );
    const message = texts.find((t) => t.includes(`alert for ${group.isp},`));
    expect(message).toContain(named);
  });
});
