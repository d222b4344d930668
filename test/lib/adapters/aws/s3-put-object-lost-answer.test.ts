import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { StoreConflictError } from '#lib/errors';
import { type LocalS3, startS3rver } from '../../../helpers/s3rver.ts';
import {
  type LostAnswer,
  loseAnswer,
} from '../../../helpers/s3rver-lost-answer.ts';
import { text } from '../../../helpers/store-text.ts';

const BUCKET = 'reports';

describe('S3ObjectStore.putIf when S3 answers a write 500 and the SDK sends it again', () => {
  let s3: LocalS3 | undefined;
  afterEach(() => s3?.stop());
  const start = async (lost: LostAnswer) => {
    const fault = loseAnswer(lost);
    s3 = await startS3rver([BUCKET], [fault.middleware]);
    return { store: new S3ObjectStore(s3.client, BUCKET), fault, s3 };
  };

  it("takes a create it made on the first attempt as its own, not as another writer's", async () => {
    // Prepare: the first PUT is written, its answer lost; the SDK's
    // second is refused 412, the key existing
    const { store, fault, s3 } = await start({
      key: 'state/run.lock',
      written: true,
    });

    // Act
    const version = await store.putIf('state/run.lock', 'mine', {
      ifNoneMatch: '*',
    });

    // Assess
    expect(fault.lost()).toBe(1);
    expect(text(await store.get('state/run.lock'))).toBe('mine');
    const head = new HeadObjectCommand({
      Bucket: BUCKET,
      Key: 'state/run.lock',
    });
    expect(version).toBe((await s3.client.send(head)).ETag);
  });

  it('takes a replace it made on the first attempt as its own, so that the next save goes on', async () => {
    // Prepare: the notification state saved after save, the first
    // replace's answer lost
    const { store, fault } = await start({
      key: 'state/notifications.json',
      nth: 2,
      written: true,
    });
    const first = await store.putIf('state/notifications.json', 'v1', {
      ifNoneMatch: '*',
    });

    // Act
    const second = await store.putIf('state/notifications.json', 'v2', {
      ifMatch: first,
    });
    await store.putIf('state/notifications.json', 'v3', { ifMatch: second });

    // Assess
    expect(fault.lost()).toBe(1);
    expect(text(await store.get('state/notifications.json'))).toBe('v3');
  });

  it('still refuses a create that another writer made while its first attempt failed', async () => {
    // Prepare: the first PUT is not written; another writer creates the
    // key before the SDK sends it again
    let client: LocalS3['client'] | undefined;
    const other = new PutObjectCommand({
      Bucket: BUCKET,
      Key: 'state/run.lock',
      Body: 'theirs',
    });
    const { store } = await start({
      key: 'state/run.lock',
      written: false,
      meanwhile: async () => {
        await client?.send(other);
      },
    });
    client = s3?.client;

    // Act
    const create = store.putIf('state/run.lock', 'mine', { ifNoneMatch: '*' });

    // Assess
    await expect(create).rejects.toBeInstanceOf(StoreConflictError);
    expect(text(await store.get('state/run.lock'))).toBe('theirs');
  });
});
