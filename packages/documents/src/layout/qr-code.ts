import QRCode from 'qrcode';

/**
 * The verification QR code as a PNG: error correction M (15 %) survives a stamp or a fold, a 2-module quiet
 * zone keeps it readable next to the page edge, 4 pixels per module keep it sharp when printed at 19 mm.
 */
export async function qrCodePng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
}
