// The server's e-mail without a mail transport: each message is written as a JSON file to `<DATA_DIR>/mail-outbox`
// (written to a temporary name, then renamed: never half a message) and logged. An operator can read or forward the
// files; a real transport replaces this behind the same Mailer interface.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmailMessage, Logger, Mailer } from '@skhcn/api';

export function mailOutboxDir(dataDir: string): string {
  return join(dataDir, 'mail-outbox');
}

export function fileOutboxMailer(dir: string, logger: Logger, now: () => Date = () => new Date()): Mailer {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true });
      const at = now();
      const name = `${at.toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.json`;
      const tmp = join(dir, `.${name}.tmp`);
      await writeFile(tmp, JSON.stringify({ ...message, at: at.toISOString() }, null, 2), 'utf8');
      await rename(tmp, join(dir, name));
      logger.info(
        { to: message.to, subject: message.subject, file: name },
        'e-mail written to the mail outbox',
      );
    },
  };
}

/** The messages in an outbox directory, oldest first. */
export async function readMailOutbox(dir: string): Promise<(EmailMessage & { at: string })[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as EmailMessage & { at: string }),
  );
}
