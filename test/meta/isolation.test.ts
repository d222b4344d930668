import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedTestFiles } from './isolation.ts';

let root: string;

/** Writes `files` (path from the root → text) under a fresh root. */
async function tree(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'isolation-'));
  await tree({
    'test/lib/forecast/theta.test.ts':
      "import { theta } from '#lib/forecast/theta';\n",
    'test/lib/pipeline/mocks.test.ts': "vi.mock('node:fs');\n",
    'test/lib/pipeline/env.test.ts': "process.env.STAGE = 'dev';\n",
    'test/lib/pipeline/fixture.ts':
      "import { s3 } from '../../helpers/s3.ts';\n",
    'test/helpers/s3.ts': 'export const s3 = mockClient(S3Client);\n',
    'test/lib/pipeline/via-fixture.test.ts':
      "import { s3 } from './fixture.ts';\n",
    'test/lib/pipeline/loop-a.ts': "import './loop-b.ts';\n",
    'test/lib/pipeline/loop-b.ts': "import './loop-a.ts';\n",
    'test/lib/pipeline/loop.test.ts': "import './loop-a.ts';\n",
    'test/functions/plain.test.ts': 'expect(1).toBe(1);\n',
    'test/lib/report/helper.ts': 'export const x = 1;\n',
  });
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('isolatedTestFiles', () => {
  it('isolates the files that touch shared state, themselves or through their helpers, and the isolated folders', () => {
    // Act
    const isolated = isolatedTestFiles(root);

    // Assess: a pure file and a cycle of pure helpers share a process
    expect(isolated).toEqual([
      'test/functions/plain.test.ts',
      'test/lib/pipeline/env.test.ts',
      'test/lib/pipeline/mocks.test.ts',
      'test/lib/pipeline/via-fixture.test.ts',
    ]);
  });

  it("isolates this repository's mocking tests and shares its engine's", () => {
    // Act
    const isolated = isolatedTestFiles(process.cwd());

    // Assess
    expect(isolated).toContain('test/lib/pipeline/shard-failure.test.ts');
    expect(isolated).toContain(
      'test/lib/adapters/aws/athena-query-engine-write-partitions-errors.test.ts',
    );
    expect(isolated).not.toContain('test/lib/forecast/theta.test.ts');
  });
});
