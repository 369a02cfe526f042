import type { Block } from '../layout/document-layout';
import type { Signer } from './common.schema';

/** "Kính gửi: …" under the title of an official letter. */
export function addressee(name: string): Block {
  return { kind: 'paragraph', runs: [`Kính gửi: ${name}`], align: 'center', indent: false };
}

/** The closing of an official letter: "Nơi nhận" on the left, the competent signer on the right. */
export function officialSignature(signer: Signer, recipients: string[]): Block {
  return {
    kind: 'signatures',
    right: {
      ...(signer.authority ? { authority: signer.authority } : {}),
      title: signer.title,
      fullName: signer.fullName,
    },
    recipients,
  };
}
