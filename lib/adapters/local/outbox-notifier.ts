import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message, PublishOutcome } from '#lib/domain/message';
import type { Logger } from '#lib/ports/logger';
import type { Notifier } from '#lib/ports/notifier';

/**
 * A `Notifier` over a local folder, standing in for SNS: each message is
 * written as `<folder>/<as-of>/<nn>-<purpose>-<slug>-<part>.txt` (subject,
 * attributes and body, as an email client would show it) plus a `.json`
 * twin, and its subject is echoed to the logger. `nn` numbers the files
 * of a day in the order they were published.
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
      const count = (await readdir(folder)).filter((f) =>
        f.endsWith('.txt'),
      ).length;
      const name = `${String(count + 1).padStart(2, '0')}-${fileSafe(rest.join('-') || 'message')}`;
      const path = join(folder, `${name}.txt`);
      await writeFile(path, asEmail(message));
      await writeFile(
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

function asEmail(message: Message): string {
  const { isp, region, severity, owner } = message.attributes;
  return [
    `Subject: ${message.subject}`,
    `Message-Id: ${message.id}`,
    `Attributes: isp=${isp}; region=${region}; severity=${severity}; owner=${owner}`,
    '',
    message.body,
  ].join('\n');
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-');
}
