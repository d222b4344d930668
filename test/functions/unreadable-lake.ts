import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import type { LocalS3 } from '../helpers/s3rver.ts';

/** The inventory of the rollup Lambda's tests: one link. */
const LINKS =
  'link_id,isp,asn,site,region,link_type,capacity_bps,group,port_bps,lead_time_days,owner\n' +
  'l1,Acme,64500,LHR1,EMEA,pni,10000000000,g1,,,\n';

/**
 * Fills the s3rver bucket `lake` with an inventory of one link and, for
 * each day, one traffic file that is not Parquet: the tests mock Athena,
 * which reads only its bytes' count.
 *
 * @param s3 - the running s3rver
 * @param days - the `dt` days, `YYYY-MM-DD`
 * @example
 * await putUnreadableLake(s3, ['2026-11-25', '2026-11-24']);
 */
export async function putUnreadableLake(
  s3: LocalS3,
  days: readonly string[],
): Promise<void> {
  const lake = new S3ObjectStore(s3.client, 'lake');
  await lake.put('inventory/links/links.csv', LINKS);
  for (const dt of days) {
    await lake.put(`traffic/dt=${dt}/part-1.parquet`, 'not parquet');
  }
}
