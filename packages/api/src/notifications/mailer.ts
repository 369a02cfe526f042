// The e-mail channel of the platform: an interface with two implementations that need no SMTP server — a recording
// double for tests and a logging one for development. A real transport (SMTP, the province's mail gateway) plugs in
// behind the same `send`.
import type { Logger } from '../context';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves when the message was handed over; rejects when it was not (the caller retries later). */
  send(message: EmailMessage): Promise<void>;
}

/** A mailer that keeps every message it is given (tests); `failNext` makes the next sends reject. */
export interface RecordingMailer extends Mailer {
  readonly sent: EmailMessage[];
  failNext(count?: number): void;
}

export function recordingMailer(): RecordingMailer {
  const sent: EmailMessage[] = [];
  let failures = 0;
  return {
    sent,
    failNext(count = 1) {
      failures += count;
    },
    send(message) {
      if (failures > 0) {
        failures--;
        return Promise.reject(new Error('Máy chủ thư không nhận thư (giả lập)'));
      }
      sent.push({ ...message });
      return Promise.resolve();
    },
  };
}

/** Development: the message is written to the server's log instead of being sent. */
export function loggingMailer(logger: Logger): Mailer {
  return {
    send(message) {
      logger.info(
        { mail: { to: message.to, subject: message.subject, text: message.text } },
        'e-mail (not sent: no mail transport configured)',
      );
      return Promise.resolve();
    },
  };
}
