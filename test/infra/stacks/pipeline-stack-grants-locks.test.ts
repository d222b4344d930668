import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleStatements, stackTemplate } from '../stack-template.ts';

let template: Template;
beforeAll(() => {
  template = stackTemplate('pipeline');
});

/** Every policy statement of the role whose logical id starts with `id`. */
const statementsOf = (id: string) => roleStatements(template, id);

describe("PipelineStack: the dates' run locks and the rollup's summaries", () => {
  it("lets only the rollup and publish take the dates' run locks, listing locks/ so a missing one reads as absent", () => {
    // Act: the role's statements granting an action, as text
    const granting = (id: string, action: string) =>
      JSON.stringify(
        statementsOf(`${id}Role`).filter((s) =>
          [s.Action].flat().includes(action),
        ),
      );
    // Assess
    for (const id of ['Rollup', 'Publish']) {
      expect(granting(id, 's3:PutObject')).toMatch(/reports-.*\/locks\/\*/);
      expect(granting(id, 's3:ListBucket')).toContain('"locks/*"');
    }
    for (const id of ['Plan', 'Shard', 'Backtest']) {
      expect(granting(id, 's3:PutObject')).not.toContain('/locks/*');
    }
  });

  it("lets the rollup and publish create and read the dates' locks, not delete them (the state machine releases its own)", () => {
    for (const id of ['Rollup', 'Publish']) {
      // Act
      const onLocks = statementsOf(`${id}Role`).filter((s) =>
        JSON.stringify(s.Resource).includes('/locks/*'),
      );
      // Assess
      expect(onLocks.flatMap((s) => [s.Action].flat()).sort()).toEqual([
        's3:GetObject',
        's3:PutObject',
      ]);
    }
  });

  it('lets the rollup only write its summaries for the plans (runs/rollups/), neither read, list nor delete them', () => {
    // Act
    const statements = statementsOf('RollupRole');
    const onSummaries = statements.filter((s) =>
      JSON.stringify(s.Resource).includes('/runs/rollups/*'),
    );
    const listing = statements.filter((s) => s.Action === 's3:ListBucket');
    // Assess: its one report object under runs/ (`runRollupKey`) is put
    expect(onSummaries.flatMap((s) => [s.Action].flat())).toEqual([
      's3:PutObject',
    ]);
    expect(JSON.stringify(listing)).not.toContain('runs/');
    expect(JSON.stringify(statements)).not.toContain('/runs/*');
  });
});
