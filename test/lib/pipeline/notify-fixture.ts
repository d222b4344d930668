import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Message, PublishOutcome } from '#lib/domain/message';
import { attributeNames } from '#lib/domain/message-attribute';
import { type NotifyDeps, notify } from '#lib/pipeline/notify';
import type { Notifier } from '#lib/ports/notifier';
import {
  EMAIL_CONFIG,
  FRA2_IX,
} from '../../fixtures/rules/email-evaluations.ts';
import { recordingLog, silentLog } from '../../helpers/recording-log.ts';

/** A notifier that records what it accepted and refuses some ISPs' messages. */
class RecordingNotifier implements Notifier {
  readonly accepted: Message[] = [];
  refuse = new Set<string>();
  async publish(messages: readonly Message[]): Promise<PublishOutcome[]> {
    return messages.map((m) => {
      const isps = attributeNames(m.attributes.isp);
      if (isps.some((isp) => this.refuse.has(isp)) || this.refuse.has(m.id)) {
        return { id: m.id, ok: false, error: 'throttled' };
      }
      this.accepted.push(m);
      return { id: m.id, ok: true, messageId: `sns-${this.accepted.length}` };
    });
  }
}

/** FRA2's IX bundle of `isp` at `severity`, due on `orderByDate`. */
export const group = (
  isp: string,
  severity: Evaluation['severity'],
  orderByDate?: string,
): Evaluation => ({
  ...FRA2_IX,
  isp,
  key: `${isp}/FRA2/ix`,
  severity,
  orderByDate,
});

let folder: string;
/** The notifier of the current test (set in `beforeEach`). */
export let notifier: RecordingNotifier;
/** notify's deps for the current test: state in a fresh folder. */
export let deps: NotifyDeps;

/**
 * Registers the hooks of a notify test file: each test gets a recording
 * notifier, a fresh state folder and a clock at 2026-11-26 06:00 UTC.
 */
export function useNotifyFixture(): void {
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'notify-'));
    notifier = new RecordingNotifier();
    deps = {
      notifier,
      reports: new FsObjectStore(folder),
      clock: { now: () => new Date('2026-11-26T06:00:00Z') },
      log: silentLog,
      config: EMAIL_CONFIG,
    };
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });
}

/** Makes `deps` log its errors into the returned list. */
export function logErrors(): string[] {
  const { log, messages } = recordingLog('error');
  deps = { ...deps, log };
  return messages;
}

/** Makes `deps` send one alert per owner (`notify.by: owner`). */
export function notifyByOwner(): void {
  const { config } = deps;
  deps = {
    ...deps,
    config: { ...config, notify: { ...config.notify, by: 'owner' } },
  };
}

/** Runs notify and returns the ids of the messages accepted by this run. */
export async function run(asOf: string, evaluations: readonly Evaluation[]) {
  const before = notifier.accepted.length;
  await notify(deps, { asOf, evaluations });
  return notifier.accepted.slice(before).map((m) => `${m.id} | ${m.subject}`);
}

/**
 * Acme's FRA2 IX bundle at critical, its alerts going to `owner`.
 *
 * @example
 * owned('noc').owner; // 'noc'
 */
export const owned = (owner: string): Evaluation => ({
  ...group('Acme', 'critical', '2026-12-20'),
  owner,
});
