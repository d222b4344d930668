import type * as glue from 'aws-cdk-lib/aws-glue';

/** A Glue column: name and Hive type. */
type Column = glue.CfnTable.ColumnProperty;

const col = (name: string, type: string): Column => ({ name, type });

/** The Parquet tables of the lake, partitioned by `dt` (docs/architecture.md). */
export const PARQUET_TABLES: Readonly<Record<string, readonly Column[]>> = {
  traffic: [
    col('ts', 'timestamp'),
    col('link_id', 'string'),
    col('out_bps', 'double'),
    col('in_bps', 'double'),
    col('capacity_bps', 'double'),
  ],
  // The rollup's partitioned writes leave `dt` out of the files: it is
  // the partition column, taken from the path.
  series_daily: [
    col('level', 'string'),
    col('key', 'string'),
    col('peak_bps', 'double'),
    col('max_bps', 'double'),
    col('mean_bps', 'double'),
    col('capacity_bps', 'double'),
    col('samples', 'bigint'),
  ],
  quality_daily: [
    col('link_id', 'string'),
    col('kind', 'string'),
    col('count', 'bigint'),
  ],
};

/**
 * The inventory as the SQL reads it: Parquet written by the pipeline from
 * the validated links.csv (parsed once, in code), columns by name.
 */
export const INVENTORY_COLUMNS: readonly Column[] = [
  col('link_id', 'string'),
  col('isp', 'string'),
  col('grp', 'string'),
  col('capacity_bps', 'double'),
];

/**
 * Table input of a Parquet table with partition projection on `dt`, so
 * that Athena finds new days without a crawler or MSCK REPAIR.
 *
 * @param name - the table (its prefix in the lake)
 * @param bucket - the lake bucket's name
 * @param startDate - the first day of the projection range
 * @returns the Glue table input
 * @example
 * parquetTableInput('traffic', 'lake', '2024-01-01');
 */
export function parquetTableInput(
  name: string,
  bucket: string,
  startDate: string,
): glue.CfnTable.TableInputProperty {
  return {
    name,
    tableType: 'EXTERNAL_TABLE',
    partitionKeys: [col('dt', 'string')],
    parameters: {
      classification: 'parquet',
      'projection.enabled': 'true',
      'projection.dt.type': 'date',
      'projection.dt.format': 'yyyy-MM-dd',
      'projection.dt.range': `${startDate},NOW`,
      'projection.dt.interval': '1',
      'projection.dt.interval.unit': 'DAYS',
      'storage.location.template': `s3://${bucket}/${name}/dt=\${dt}/`,
    },
    storageDescriptor: {
      location: `s3://${bucket}/${name}/`,
      columns: [...(PARQUET_TABLES[name] ?? [])],
      inputFormat:
        'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
      outputFormat:
        'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
      serdeInfo: {
        serializationLibrary:
          'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
      },
    },
  };
}

/**
 * Table input of `inventory_links` over `inventory_links/` (one Parquet
 * file the pipeline writes before each rollup), replacing a CSV table
 * that read links.csv by column position.
 *
 * @param bucket - the lake bucket's name
 * @returns the Glue table input
 * @example
 * inventoryTableInput('lake');
 */
export function inventoryTableInput(
  bucket: string,
): glue.CfnTable.TableInputProperty {
  return {
    name: 'inventory_links',
    tableType: 'EXTERNAL_TABLE',
    parameters: { classification: 'parquet' },
    storageDescriptor: {
      location: `s3://${bucket}/inventory_links/`,
      columns: [...INVENTORY_COLUMNS],
      inputFormat:
        'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
      outputFormat:
        'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
      serdeInfo: {
        serializationLibrary:
          'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
      },
    },
  };
}
