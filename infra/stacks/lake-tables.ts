import type * as glue from 'aws-cdk-lib/aws-glue';
import { LINK_CSV_COLUMNS } from '#lib/domain/inventory';

/** A Glue column: name and Hive type. */
type Column = glue.CfnTable.ColumnProperty;

const col = (name: string, type: string): Column => ({ name, type });

/** The Parquet tables of the lake, partitioned by `dt` (DESIGN.md). */
export const PARQUET_TABLES: Readonly<Record<string, readonly Column[]>> = {
  traffic: [
    col('ts', 'timestamp'),
    col('link_id', 'string'),
    col('out_bps', 'double'),
    col('in_bps', 'double'),
    col('capacity_bps', 'double'),
  ],
  // Files written by UNLOAD also hold a `dt` column; the partition value
  // from the path takes precedence, as in the local DuckDB views.
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

/** `links.csv` columns; all strings, as the inventory is typed in code. */
export const LINK_COLUMNS: readonly Column[] = LINK_CSV_COLUMNS.map((name) =>
  col(name, 'string'),
);

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
 * Table input of `links` over `inventory/links/` (the AWS inventory store
 * keeps each CSV in its own folder, so `augments.csv` is not read).
 *
 * @param bucket - the lake bucket's name
 * @returns the Glue table input
 * @example
 * linksTableInput('lake');
 */
export function linksTableInput(
  bucket: string,
): glue.CfnTable.TableInputProperty {
  return {
    name: 'links',
    tableType: 'EXTERNAL_TABLE',
    parameters: { classification: 'csv', 'skip.header.line.count': '1' },
    storageDescriptor: {
      location: `s3://${bucket}/inventory/links/`,
      columns: [...LINK_COLUMNS],
      inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
      outputFormat:
        'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
      serdeInfo: {
        serializationLibrary: 'org.apache.hadoop.hive.serde2.OpenCSVSerde',
        parameters: { separatorChar: ',', quoteChar: '"', escapeChar: '\\' },
      },
    },
  };
}
