import { Badge, Card, formatFileSize } from '@skhcn/ui';
import type { DossierDetail } from '../api-types';

/** The procedure's components beside the files attached: what is there, what is missing. */
export function ChecklistCard({ detail }: { detail: Pick<DossierDetail, 'procedure' | 'files'> }) {
  const { procedure, files } = detail;
  const filesOf = (key: string) => files.filter((f) => f.componentKey === key);
  return (
    <Card title="Thành phần hồ sơ và danh mục kiểm tra">
      <div className="skh-table-wrap">
        <table className="skh-table">
          <caption className="skh-visually-hidden">
            Thành phần hồ sơ, tệp đính kèm và kết quả kiểm tra
          </caption>
          <thead>
            <tr>
              <th scope="col">Thành phần</th>
              <th scope="col">Tệp đính kèm</th>
              <th scope="col">Kiểm tra</th>
            </tr>
          </thead>
          <tbody>
            {procedure.components.map((c) => {
              const attached = filesOf(c.key);
              return (
                <tr key={c.key}>
                  <th scope="row">
                    {c.name}
                    {c.form ? <div className="os-muted">{c.form}</div> : null}
                    {c.when ? <div className="os-muted">Áp dụng khi: {c.when}</div> : null}
                  </th>
                  <td>
                    {attached.length === 0 ? (
                      '—'
                    ) : (
                      <ul className="os-files">
                        {attached.map((f) => (
                          <li key={f.fileId}>
                            <a href={f.url} target="_blank" rel="noreferrer">
                              {f.originalName}
                            </a>
                            <span className="os-muted">({formatFileSize(f.size)})</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {attached.length > 0 ? (
                      <Badge tone="success">Đã có</Badge>
                    ) : c.requiredHere === true ? (
                      <Badge tone="danger">Thiếu</Badge>
                    ) : c.requiredHere === null ? (
                      <Badge>Tùy trường hợp, cán bộ xem xét</Badge>
                    ) : (
                      <Badge>{c.required ? 'Không áp dụng cho hồ sơ này' : 'Không bắt buộc'}</Badge>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
