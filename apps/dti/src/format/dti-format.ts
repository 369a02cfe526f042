// How the DTI app writes its numbers (Vietnamese formats: 1.234,5) and its statuses.
import type { BadgeProps } from '@skhcn/ui';
import { formatNumber } from '@skhcn/ui';

/** The 0–1 index as published: three decimals, "0,613". */
export function formatIndex(index: number): string {
  return formatNumber(index, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}

/** Points: at most two decimals, "61,25". */
export function formatPoints(points: number): string {
  return formatNumber(points, { maximumFractionDigits: 2 });
}

/** A signed change: "+0,125", "−0,050", "0,000". */
export function formatSignedIndex(change: number): string {
  const text = formatIndex(Math.abs(change));
  return change > 0 ? `+${text}` : change < 0 ? `−${text}` : text;
}

/** Places gained or lost: "lên 3 bậc", "xuống 1 bậc", "giữ nguyên". */
export function formatRankChange(change: number | null): string {
  if (change === null) return 'Chưa có năm trước';
  if (change > 0) return `Lên ${change} bậc`;
  if (change < 0) return `Xuống ${-change} bậc`;
  return 'Giữ nguyên';
}

export function formatPercent(ratio: number): string {
  return `${formatNumber(ratio * 100, { maximumFractionDigits: 1 })}%`;
}

export const ITEM_TONES: Record<string, NonNullable<BadgeProps['tone']>> = {
  empty: 'neutral',
  draft: 'info',
  submitted: 'warning',
  returned: 'danger',
  accepted: 'success',
};
