import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleStatements, stackTemplate } from '../stack-template.ts';

let template: Template;
beforeAll(() => {
  template = stackTemplate('pipeline');
});

/** Every policy statement of the role whose logical id starts with `id`. */
const statementsOf = (id: string) => roleStatements(template, id);

describe('PipelineStack', () => {
  it('grants GetBucketLocation in a statement of its own, unconditioned', () => {
    // Act
    const statements = statementsOf('RollupRole');
    const location = statements.filter((s) =>
      [s.Action].flat().includes('s3:GetBucketLocation'),
    );
    // Assess
    expect(location).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetBucketLocation',
        Resource: expect.anything(),
      },
    ]);
    const list = statements.find((s) => s.Action === 's3:ListBucket');
    expect(list?.Condition).toBeDefined();
  });

  it('scopes the rollup to the workgroup, tables and lake prefixes', () => {
    // Act
    const rollup = JSON.stringify(statementsOf('RollupRole'));
    // Assess
    expect(rollup).toContain('workgroup/headroom-dev');
    expect(rollup).toContain('table/headroom_dev/traffic');
    expect(rollup).toContain('/series_daily/*');
    expect(rollup).toContain('/state/*');
    expect(rollup).not.toContain('reports/*');
    expect(rollup).not.toContain('ExportsOutputRefAlerts');
  });

  it('keeps shard and publish off Athena, the shard off writing reports', () => {
    // Act
    const shard = statementsOf('ShardRole');
    const publish = JSON.stringify(statementsOf('PublishRole'));
    const writes = shard.filter((s) =>
      [s.Action].flat().includes('s3:PutObject'),
    );
    // Assess
    expect(JSON.stringify(shard)).not.toContain('athena:');
    expect(publish).not.toContain('athena:');
    expect(JSON.stringify(shard)).toContain('/runs/*');
    expect(JSON.stringify(writes)).toContain('/runs/*');
    expect(JSON.stringify(writes)).not.toContain('/reports/*');
    expect(JSON.stringify(shard)).not.toContain('ExportsOutputRefAlerts');
  });

  it('lets the plan list published runs and the shard read their forecast points', () => {
    // Act
    const listing = (id: string) =>
      statementsOf(`${id}Role`).filter((s) =>
        [s.Action].flat().includes('s3:ListBucket'),
      );
    const reading = (id: string) =>
      statementsOf(`${id}Role`).filter((s) =>
        [s.Action].flat().includes('s3:GetObject'),
      );
    // Assess
    for (const id of ['Plan', 'Shard']) {
      expect(JSON.stringify(listing(id))).toContain('"reports/*"');
      expect(JSON.stringify(reading(id))).toContain('/reports/*');
    }
  });

  it('lets only publish write reports and publish alerts', () => {
    // Act
    const publish = JSON.stringify(statementsOf('PublishRole'));
    const others = ['Rollup', 'Plan', 'Shard', 'Backtest'].map((id) =>
      JSON.stringify(
        statementsOf(`${id}Role`).filter((s) =>
          [s.Action].flat().includes('s3:PutObject'),
        ),
      ),
    );
    // Assess
    expect(publish).toContain('/reports/*');
    expect(publish).toContain('/state/*');
    expect(publish).toContain('ExportsOutputRefAlerts');
    for (const id of ['Rollup', 'Plan', 'Shard', 'Backtest']) {
      expect(JSON.stringify(statementsOf(`${id}Role`))).not.toContain(
        'sns:Publish',
      );
    }
    for (const other of others) {
      expect(other).not.toContain('/reports/*');
    }
  });

  it('lets publish list state/, so a missing backtest.json reads as absent', () => {
    // Act: without s3:ListBucket there, S3 answers a HeadObject of a
    // missing key 403, and publish's size check of the backtest
    // (getSize) would warn that it cannot check instead of staying silent
    const listing = statementsOf('PublishRole').filter((s) =>
      [s.Action].flat().includes('s3:ListBucket'),
    );
    // Assess
    expect(JSON.stringify(listing)).toContain('"state/*"');
  });
});
