import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { buildStage } from '../build-stage.ts';
import { stackTemplate } from '../stack-template.ts';

const template = stackTemplate('data');

describe('DataStack tables and workgroup', () => {
  it('projects dt partitions of the Parquet tables by date up to NOW', () => {
    // Assess
    for (const name of ['traffic', 'series_daily', 'quality_daily']) {
      template.hasResourceProperties('AWS::Glue::Table', {
        DatabaseName: 'headroom_dev',
        TableInput: Match.objectLike({
          Name: name,
          PartitionKeys: [{ Name: 'dt', Type: 'string' }],
          Parameters: Match.objectLike({
            'projection.enabled': 'true',
            'projection.dt.type': 'date',
            'projection.dt.format': 'yyyy-MM-dd',
            'projection.dt.range': '2024-01-01,NOW',
            'storage.location.template': Match.anyValue(),
          }),
          StorageDescriptor: Match.objectLike({
            SerdeInfo: {
              SerializationLibrary:
                'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
            },
          }),
        }),
      });
    }
  });

  it('reads the inventory the pipeline wrote as Parquet, by column name, never links.csv', () => {
    // Act
    const tables = template.findResources('AWS::Glue::Table');
    const names = Object.values(tables).map(
      (t) => t.Properties.TableInput.Name,
    );
    const [inventory] = Object.values(
      template.findResources('AWS::Glue::Table', {
        Properties: { TableInput: { Name: 'inventory_links' } },
      }),
    );
    const input = inventory?.Properties.TableInput;
    // Assess
    expect(names).not.toContain('links');
    expect(input.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe(
      'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
    );
    expect(JSON.stringify(input.StorageDescriptor.Location)).toContain(
      '/inventory_links/',
    );
    expect(
      input.StorageDescriptor.Columns.map((c: { Name: string }) => c.Name),
    ).toEqual(['link_id', 'isp', 'grp', 'capacity_bps']);
  });

  it('enforces the workgroup result location, encryption and scan cap', () => {
    // Assess
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: 'headroom-dev',
      WorkGroupConfiguration: Match.objectLike({
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        BytesScannedCutoffPerQuery:
          STAGE_CONFIGS.dev.bytesScannedCutoffPerQuery,
        ResultConfiguration: {
          OutputLocation: Match.anyValue(),
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        },
      }),
    });
  });

  it("names the database of a stage with '-' with '_', as Athena reads it", () => {
    // Prepare
    const stage = { ...STAGE_CONFIGS.dev, name: 'edge-prod' };
    // Act
    const { stacks } = buildStage({ bundle: false, stage });
    const data = Template.fromStack(stacks.data);
    const pipeline = Template.fromStack(stacks.pipeline);
    // Assess
    data.hasResourceProperties('AWS::Glue::Database', {
      DatabaseInput: Match.objectLike({ Name: 'headroom_edge_prod' }),
    });
    pipeline.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'headroom-edge-prod-plan',
      Environment: {
        Variables: Match.objectLike({
          HEADROOM_DATABASE: 'headroom_edge_prod',
        }),
      },
    });
  });
});
