import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  headerSafe,
  type Message,
  type PublishOutcome,
} from '#lib/domain/message';
import type { Logger } from '#lib/ports/logger';
import type { Notifier } from '#lib/ports/notifier';

/**
 * A `Notifier` over a local folder, standing in for SNS: each message is
 * written as `<folder>/<as-of>/<nn>-<purpose>-<slug>-<part>.txt` (subject,
 * attributes and body, as an email client would show it) plus a `.json`
 * twin, and its subject is echoed to the logger. `nn` numbers the files
 * of a day in the order they were published. Delivery is idempotent: a
 * message whose exact text is already in the day's folder (a run killed
 * after delivering it, before saving state) is accepted without a second
 * file, so the outbox holds each message once.
 *
 * @example
 * const notifier = new OutboxNotifier('./out/outbox', log);
 * await notifier.publish([message]); // writes out/outbox/2026-11-26/01-alert-acme-1.txt
 */
export class OutboxNotifier implements Notifier {
  constructor(
    private readonly folder: string,
    private readonly log?: Logger,
  ) {}

  /**
   * Writes the messages in order; a message that cannot be written is
   * reported as not accepted, never thrown.
   *
   * @param messages - the messages to deliver
   * @returns one outcome per message, the file path as `messageId`
   * @example
   * const [outcome] = await notifier.publish([message]);
   */
  async publish(messages: readonly Message[]): Promise<PublishOutcome[]> {
    const outcomes: PublishOutcome[] = [];
    for (const message of messages) {
      outcomes.push(await this.write(message));
    }
    return outcomes;
  }

  private async write(message: Message): Promise<PublishOutcome> {
    const [day, ...rest] = message.id.split('/');
    const folder = join(
      this.folder,
      /^\d{4}-\d{2}-\d{2}$/.test(day ?? '') ? day! : 'undated',
    );
    try {
      await mkdir(folder, { recursive: true });
      const email = asEmail(message);
      const texts = (await readdir(folder)).filter((f) => f.endsWith('.txt'));
      const done = await findDelivered(folder, texts, email);
      if (done) return { id: message.id, ok: true, messageId: done };
      const name = `${String(texts.length + 1).padStart(2, '0')}-${fileSafe(rest.join('-') || 'message')}`;
      const path = join(folder, `${name}.txt`);
      await writeAtomically(path, email);
      await writeAtomically(
        join(folder, `${name}.json`),
        `${JSON.stringify(message, null, 2)}\n`,
      );
      this.log?.info(`outbox: ${message.subject}`, { file: path });
      return { id: message.id, ok: true, messageId: path };
    } catch (error) {
      return { id: message.id, ok: false, error: (error as Error).message };
    }
  }
}

function asEmail(drafted: Message): string {
  const message = headerSafe(drafted);
  const { isp, region, severity, owner } = message.attributes;
  return [
    `Subject: ${message.subject}`,
    `Message-Id: ${message.id}`,
    `Attributes: isp=${isp}; region=${region}; severity=${severity}; owner=${owner}`,
    '',
    message.body,
  ].join('\n');
}

/** The file already holding exactly this email, if any. */
async function findDelivered(
  folder: string,
  texts: readonly string[],
  email: string,
): Promise<string | undefined> {
  for (const name of texts) {
    const path = join(folder, name);
    if ((await readFile(path, 'utf8')) === email) return path;
  }
  return undefined;
}

/** Whole files only: a kill midway leaves a temporary file, not half a message. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(path, '..', `.tmp-${randomUUID()}`);
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** A file-name-safe, bounded form of the message id's tail. */
function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120);
}
