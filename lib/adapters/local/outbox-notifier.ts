import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  headerSafe,
  type Message,
  type PublishOutcome,
} from '#lib/domain/message';
import {
  type AttributeValue,
  wireAttribute,
} from '#lib/domain/message-attribute';
import type { Logger } from '#lib/ports/logger';
import type { Notifier } from '#lib/ports/notifier';
import { writeWhole } from './fs-placement.ts';

/**
 * A `Notifier` over a local folder, standing in for SNS: each message is
 * written as `<folder>/<as-of>/<nn>-<purpose>-<slug>-<part>.txt` (subject,
 * attributes — several owners, regions or ISPs as the JSON array SNS
 * would carry — and body, as an email client would show it) plus a `.json`
 * twin, and its subject is echoed to the logger. `nn` numbers the files
 * of a day in the order they were published. Delivery is idempotent: a
 * message whose exact text is already in the day's folder (a run killed
 * after delivering it, before saving state) is accepted without a second
 * file, so the outbox holds each message once. Each file of a day is
 * read once, to learn its text's digest, however many messages follow
 * (reading them all for every message grew with the square of the
 * messages: docs/architecture.md "Stages", notify).
 *
 * @example
 * const notifier = new OutboxNotifier('./out/outbox', log);
 * await notifier.publish([message]); // writes out/outbox/2026-11-26/01-alert-acme-1.txt
 */
export class OutboxNotifier implements Notifier {
  /** Per day folder: `.txt` file name → digest of its text. */
  private readonly digests = new Map<string, Map<string, string>>();

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

  private async write(sent: Message): Promise<PublishOutcome> {
    // The outbox knows whether it holds a message, so a possible repeat
    // (`mayRepeat`) is delivered once, as any other, and not marked; nor
    // is one that follows an earlier message (`mayFollow`): the day's
    // folders show what went out.
    const { mayRepeat: _, mayFollow: __, ...message } = sent;
    const [day, ...rest] = message.id.split('/');
    const folder = join(
      this.folder,
      /^\d{4}-\d{2}-\d{2}$/.test(day ?? '') ? day! : 'undated',
    );
    try {
      await mkdir(folder, { recursive: true });
      const email = asEmail(message);
      const known = await this.known(folder);
      const digest = digestOf(email);
      for (const [file, seen] of known) {
        if (seen === digest) {
          return { id: message.id, ok: true, messageId: join(folder, file) };
        }
      }
      const name = `${String(known.size + 1).padStart(2, '0')}-${fileSafe(rest.join('-') || 'message')}`;
      const path = join(folder, `${name}.txt`);
      // The JSON twin first: the text file is what marks the message as
      // written, so a kill between the two leaves a twin that the retry,
      // under the same name, writes again, never a text without its twin.
      await writeWhole(
        this.folder,
        join(folder, `${name}.json`),
        `${JSON.stringify(message, null, 2)}\n`,
      );
      await writeWhole(this.folder, path, email);
      known.set(`${name}.txt`, digest);
      this.log?.info(`outbox: ${message.subject}`, { file: path });
      return { id: message.id, ok: true, messageId: path };
    } catch (error) {
      return { id: message.id, ok: false, error: (error as Error).message };
    }
  }

  /**
   * The digests of the day folder's `.txt` files: listed at every call
   * (another writer's files count too), each new one read once.
   */
  private async known(folder: string): Promise<Map<string, string>> {
    const known = this.digests.get(folder) ?? new Map<string, string>();
    this.digests.set(folder, known);
    const texts = (await readdir(folder)).filter((f) => f.endsWith('.txt'));
    const listed = new Set(texts);
    for (const name of known.keys()) if (!listed.has(name)) known.delete(name);
    for (const name of texts) {
      if (!known.has(name)) {
        known.set(name, digestOf(await readFile(join(folder, name), 'utf8')));
      }
    }
    return known;
  }
}

function asEmail(drafted: Message): string {
  const message = headerSafe(drafted);
  const { isp, region, severity, owner } = message.attributes;
  return [
    `Subject: ${message.subject}`,
    `Message-Id: ${message.id}`,
    `Attributes: isp=${shown(isp)}; region=${shown(region)}; severity=${shown(severity)}; owner=${shown(owner)}`,
    '',
    message.body,
  ].join('\n');
}

/**
 * An attribute as SNS would carry it: the name itself, or the JSON array
 * of a `String.Array` (`wireAttribute`), so that the outbox shows what a
 * subscription's filter policy would be matched against.
 */
function shown(value: AttributeValue): string {
  return typeof value === 'string' ? value : wireAttribute(value).value;
}

const digestOf = (text: string): string =>
  createHash('sha256').update(text).digest('hex');

/** A file-name-safe, bounded form of the message id's tail. */
function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120);
}
