import { formatVnd } from '@skhcn/ui';
import type { FeeOutput } from '../api-types';

/** The appraisal fee as the applicant sees it before submitting: one line per device, the discount, the total. */
export function FeeTable({ fee, caption }: { fee: FeeOutput; caption: string }) {
  return (
    <table className="skh-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Thiết bị</th>
          <th scope="col">Mức phí</th>
          <th scope="col">Tỷ lệ</th>
          <th scope="col">Thành tiền</th>
        </tr>
      </thead>
      <tbody>
        {fee.lines.map((l) => (
          <tr key={l.device}>
            <td>{l.label}</td>
            <td>{formatVnd(l.rate)}</td>
            <td>{Math.round(l.ratio * 100)}%</td>
            <td>{formatVnd(l.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            Tổng phí thẩm định ({fee.band.label.toLowerCase()}; {fee.discountSource.document})
          </th>
          <td>
            <strong data-testid="fee-total">{formatVnd(fee.total)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
