import { conformityBasisLabels, riskClassLabels, type ConformityBasis, type RiskClass } from '@skhcn/domain';
import { Card, formatDate, formatNumber } from '@skhcn/ui';

interface DeclarationData {
  kind?: string;
  organisation?: { name?: string; taxCode?: string; address?: string; phone?: string; email?: string };
  products?: {
    name: string;
    model?: string;
    brand?: string;
    hsCode?: string;
    origin?: string;
    nominalQuantity?: { value: number; unit: string };
  }[];
  standards?: ({ code: string } | string)[];
  regulations?: ({ code: string } | string)[];
  riskClass?: RiskClass;
  basis?: {
    basis: ConformityBasis;
    reportDate?: string;
    testLaboratory?: string;
    certifier?: string;
    certificateNumber?: string;
    issuedOn?: string;
    expiresOn?: string;
  };
  lot?: { customsDeclarationNumber?: string; invoiceNumber?: string; quantity?: string };
}

const code = (s: { code: string } | string) => (typeof s === 'string' ? s : s.code);

/** The declaration as recorded: organisation, products, standards or regulations, and its basis. */
export function DeclarationCard({ declaration }: { declaration: Record<string, unknown> }) {
  const d = declaration as DeclarationData;
  const refs = [...(d.standards ?? []), ...(d.regulations ?? [])].map(code);
  const quantity = d.products?.some((p) => p.nominalQuantity);
  return (
    <Card title="Nội dung công bố">
      <h3>Tổ chức, cá nhân công bố</h3>
      <dl className="skh-facts">
        <dt>Tên</dt>
        <dd>{d.organisation?.name ?? '—'}</dd>
        <dt>Mã số doanh nghiệp/thuế</dt>
        <dd>{d.organisation?.taxCode ?? '—'}</dd>
        <dt>Địa chỉ</dt>
        <dd>{d.organisation?.address ?? '—'}</dd>
        {d.organisation?.phone ? (
          <>
            <dt>Điện thoại</dt>
            <dd>{d.organisation.phone}</dd>
          </>
        ) : null}
        {d.organisation?.email ? (
          <>
            <dt>Thư điện tử</dt>
            <dd>{d.organisation.email}</dd>
          </>
        ) : null}
      </dl>

      <h3>Sản phẩm, hàng hóa</h3>
      <div className="skh-table-wrap">
        <table className="skh-table">
          <caption className="skh-visually-hidden">Sản phẩm, hàng hóa công bố</caption>
          <thead>
            <tr>
              <th scope="col">Tên sản phẩm</th>
              <th scope="col">Kiểu, loại</th>
              <th scope="col">Nhãn hiệu</th>
              <th scope="col">Mã HS</th>
              <th scope="col">Xuất xứ</th>
              {quantity ? <th scope="col">Lượng danh định</th> : null}
            </tr>
          </thead>
          <tbody>
            {(d.products ?? []).map((p, i) => (
              <tr key={i}>
                <th scope="row">{p.name}</th>
                <td>{p.model ?? '—'}</td>
                <td>{p.brand ?? '—'}</td>
                <td>{p.hsCode ?? '—'}</td>
                <td>{p.origin ?? '—'}</td>
                {quantity ? (
                  <td>
                    {p.nominalQuantity
                      ? `${formatNumber(p.nominalQuantity.value)} ${p.nominalQuantity.unit}`
                      : '—'}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {refs.length > 0 ? (
        <>
          <h3>{d.kind === 'standard' ? 'Tiêu chuẩn công bố' : 'Quy chuẩn kỹ thuật'}</h3>
          <ul>
            {refs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}

      {d.riskClass || d.basis ? (
        <>
          <h3>Căn cứ công bố</h3>
          <dl className="skh-facts">
            {d.riskClass ? (
              <>
                <dt>Mức rủi ro</dt>
                <dd>{riskClassLabels[d.riskClass]}</dd>
              </>
            ) : null}
            {d.basis ? (
              <>
                <dt>Căn cứ</dt>
                <dd>{conformityBasisLabels[d.basis.basis]}</dd>
              </>
            ) : null}
            {d.basis?.reportDate ? (
              <>
                <dt>Ngày ký báo cáo tự đánh giá</dt>
                <dd>{formatDate(d.basis.reportDate)}</dd>
              </>
            ) : null}
            {d.basis?.testLaboratory ? (
              <>
                <dt>Phòng thử nghiệm</dt>
                <dd>{d.basis.testLaboratory}</dd>
              </>
            ) : null}
            {d.basis?.certifier ? (
              <>
                <dt>Tổ chức chứng nhận</dt>
                <dd>{d.basis.certifier}</dd>
                <dt>Số giấy chứng nhận</dt>
                <dd>{d.basis.certificateNumber}</dd>
                <dt>Hiệu lực giấy chứng nhận</dt>
                <dd>
                  {formatDate(d.basis.issuedOn)} – {formatDate(d.basis.expiresOn)}
                </dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}

      {d.lot ? (
        <>
          <h3>Lô hàng nhập khẩu</h3>
          <dl className="skh-facts">
            {d.lot.customsDeclarationNumber ? (
              <>
                <dt>Số tờ khai hải quan</dt>
                <dd>{d.lot.customsDeclarationNumber}</dd>
              </>
            ) : null}
            {d.lot.invoiceNumber ? (
              <>
                <dt>Số hóa đơn</dt>
                <dd>{d.lot.invoiceNumber}</dd>
              </>
            ) : null}
            {d.lot.quantity ? (
              <>
                <dt>Số lượng, khối lượng</dt>
                <dd>{d.lot.quantity}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
    </Card>
  );
}
