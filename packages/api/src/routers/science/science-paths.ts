// Addresses of the science module's public pages and documents (front-end routes and server routes).

/** The public verification page of a registration certificate (front-end route); the certificate's QR opens it. */
export function certificateVerificationPath(number: string): string {
  return `/tra-cuu/ket-qua-khcn/${encodeURIComponent(number)}`;
}

/** The certificate's PDF (public, like the registry entry it prints). */
export function certificatePdfPath(number: string): string {
  return `/api/public/science-certificates/${encodeURIComponent(number)}.pdf`;
}

/** The minutes (biên bản) of a council, once it closed scoring (office and the council's members). */
export function councilMinutesPdfPath(councilId: string): string {
  return `/api/science/councils/${encodeURIComponent(councilId)}/minutes.pdf`;
}
