import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { buildAwsDeps } from '#lib/wiring/aws';
import { AWS_ENV } from '#lib/wiring/aws-env';
import { ENV as BASE_ENV, clients } from './aws-fixture.ts';

const s3 = mockClient(clients.s3);
const ENV = { ...BASE_ENV, [AWS_ENV.config]: '{}' };
const missing = () => new NoSuchKey({ message: 'none', $metadata: {} });

beforeEach(() => {
  s3.reset();
  s3.on(GetObjectCommand).rejects(missing());
  s3.on(ListObjectsV2Command).resolves({ Contents: [] });
});

/** The inventory's error, as a run on AWS reports it. */
async function inventoryError(): Promise<Error> {
  const deps = await buildAwsDeps(ENV, { clients });
  const act = loadInventory(
    deps.inventory,
    deps.config,
    deps.inventoryLocation,
  );
  return act.then(
    () => new Error('no error'),
    (error: Error) => error,
  );
}

describe('the inventory on AWS', () => {
  it('names the key it reads when links.csv is missing, its folder included', async () => {
    // Act
    const error = await inventoryError();
    // Assess: README says upload it to inventory/links/links.csv
    expect(error.message).toBe(
      's3://lake/inventory/links/links.csv: is missing from the inventory',
    );
    expect(s3).toReceiveCommandWith(GetObjectCommand, {
      Bucket: 'lake',
      Key: 'inventory/links/links.csv',
    });
  });

  it('names the object and line of a bad field', async () => {
    // Prepare
    s3.on(GetObjectCommand, { Key: 'inventory/links/links.csv' }).resolves({
      Body: sdkStreamMixin(
        Readable.from([
          'link_id,isp,asn,site,region,link_type,capacity_bps,group\n' +
            'l1,Acme,64500,LHR1,EMEA,pni,ten,g1\n',
        ]),
      ),
    });
    // Act
    const error = await inventoryError();
    // Assess
    expect(error.message).toMatch(
      /^s3:\/\/lake\/inventory\/links\/links\.csv, line 2: field 'capacity_bps'/,
    );
  });

  it('names augments.csv uploaded as Augments.csv to its table folder, whose augments would not count', async () => {
    // Prepare: links.csv is there, augments.csv in another case
    s3.on(GetObjectCommand, { Key: 'inventory/links/links.csv' }).resolves({
      Body: sdkStreamMixin(
        Readable.from([
          'link_id,isp,asn,site,region,link_type,capacity_bps\n' +
            'l1,Acme,64500,LHR1,EMEA,pni,100e9\n',
        ]),
      ),
    });
    s3.on(ListObjectsV2Command).resolves({
      Contents: [
        { Key: 'inventory/links/links.csv' },
        { Key: 'inventory/augments/Augments.csv' },
      ],
    });
    // Act
    const error = await inventoryError();
    // Assess
    expect(error.message).toBe(
      's3://lake/inventory/augments/augments.csv: is not there, but ' +
        'augments/Augments.csv is: file names match exactly, so none of its ' +
        'augments would count; name it augments.csv, or move it out of the ' +
        'inventory if it plans none',
    );
  });
});
