/** A4 page geometry in PDF points (1 mm = 72 / 25.4 pt). Margins follow Nghị định 30/2020/NĐ-CP, Phụ lục I. */
export const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  /** top 20 mm, left 30 mm, right 15 mm; the bottom leaves room for the QR code and the page number */
  margins: { top: 20 * MM, left: 30 * MM, right: 15 * MM, bottom: 28 * MM },
  /** the verification QR code: 17 mm square, 8 mm above the bottom edge, in the bottom-left corner */
  qr: { size: 17 * MM, bottomOffset: 8 * MM },
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

/** Font sizes (pt): body 13, heading 12–13, title 14, tables 11. */
export const SIZE = { body: 13, heading: 12, title: 14, table: 11, small: 11, footer: 9 } as const;

/** Extra space between lines of body text (pt). */
export const LINE_GAP = 1.5;
