import { Button } from './button.component';
import { formatNumber } from './formatters';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** What is counted, e.g. "hồ sơ" */
  noun?: string;
  /** `total` is a lower bound (“của hơn 1.000 hồ sơ”) */
  totalCapped?: boolean;
}

/** "Trang 2/5 · 1–20 của 93 hồ sơ" with previous/next buttons, inside a labelled navigation landmark. */
export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
  noun = 'mục',
  totalCapped = false,
}: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <nav className="skh-pagination" aria-label="Phân trang">
      <Button variant="secondary" size="small" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        Trang trước
      </Button>
      <span>
        Trang {page}/{pages} · {formatNumber(first)}–{formatNumber(last)} của {totalCapped ? 'hơn ' : ''}
        {formatNumber(total)} {noun}
      </span>
      <Button
        variant="secondary"
        size="small"
        disabled={page >= pages}
        onClick={() => onPageChange(page + 1)}
      >
        Trang sau
      </Button>
    </nav>
  );
}
