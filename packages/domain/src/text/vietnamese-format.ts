// How dates and amounts are written in Vietnamese documents and messages.

/** An ISO date "2026-03-23" as written in Vietnamese: "23/03/2026". */
export function formatVietnameseDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** An amount of Vietnamese đồng in words of a message: 1500000 → "1.500.000 đồng". */
export function formatDong(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount)} đồng`;
}
