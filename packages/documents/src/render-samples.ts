// Renders every document from the sample inputs into a folder, to look at them:
//   pnpm --filter @skhcn/documents samples [out-dir]   (default /tmp/skhcn-documents)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderAdditionsRequest,
  renderApology,
  renderConformityAcceptance,
  renderControlSheet,
  renderCouncilMinutes,
  renderResultCertificate,
  renderReceipt,
  renderRefusal,
  renderStopNotice,
} from './index';
import * as samples from './sample-inputs.fixture';

const outDir = process.argv[2] ?? '/tmp/skhcn-documents';
mkdirSync(outDir, { recursive: true });

const jobs: [string, () => Promise<Uint8Array>][] = [
  ['01-giay-tiep-nhan.pdf', () => renderReceipt(samples.receiptInput)],
  ['02-phieu-yeu-cau-bo-sung.pdf', () => renderAdditionsRequest(samples.additionsRequestInput)],
  ['03-phieu-tu-choi.pdf', () => renderRefusal(samples.refusalInput)],
  ['04-van-ban-xin-loi.pdf', () => renderApology(samples.apologyInput)],
  ['05-thong-bao-dung.pdf', () => renderStopNotice(samples.stopNoticeInput)],
  ['06-phieu-kiem-soat.pdf', () => renderControlSheet(samples.controlSheetInput(40))],
  ['tbtnhs-hop-quy.pdf', () => renderConformityAcceptance(samples.conformityAcceptanceInput)],
  ['bien-ban-hoi-dong-tuyen-chon.pdf', () => renderCouncilMinutes(samples.councilMinutesInput)],
  ['giay-chung-nhan-dang-ky-ket-qua.pdf', () => renderResultCertificate(samples.resultCertificateInput)],
];
for (const [name, render] of jobs) {
  const bytes = await render();
  writeFileSync(join(outDir, name), bytes);
  console.log(`${join(outDir, name)}  ${(bytes.length / 1024).toFixed(1)} KB`);
}
