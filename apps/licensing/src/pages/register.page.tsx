import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { licensingDocumentKinds, registerStatusLabels, type LicensingDocumentKind } from '@skhcn/domain';
import { hasRole, useSession } from '@skhcn/one-stop-ui';
import {
  Alert,
  Button,
  Card,
  Dialog,
  formatDate,
  PagedResults,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '@skhcn/ui';
import type { RegisterItem, RegisterStatus } from '../api-types';
import { RegisterStatusBadge } from '../components/register-status.component';
import { useFilterParams } from './search-params';

const PAGE_SIZE = 10;
const FIELDS = { radiation: 'An toàn bức xạ', postal: 'Bưu chính' } as const;
type Field = keyof typeof FIELDS;

/** Revocation by decision, with its reasons: the entry stays in the register, shown as revoked. */
function RevokeDialog({ item, onClose }: { item: RegisterItem; onClose: () => void }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const revoke = useMutation(
    trpc.licensing.revoke.mutationOptions({
      onSuccess: async () => {
        await client.invalidateQueries({ queryKey: trpc.licensing.register.list.queryKey() });
        onClose();
      },
    }),
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    revoke.mutate({ number: item.number, decision: decision.trim(), reason: reason.trim() });
  };
  return (
    <Dialog
      title={`Thu hồi ${item.kindLabel.toLowerCase()} số ${item.number}`}
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form="revoke-form" variant="danger" loading={revoke.isPending}>
            Thu hồi
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Hủy
          </Button>
        </>
      }
    >
      {revoke.isError ? (
        <Alert tone="error" title="Chưa thu hồi được">
          {getErrorMessage(revoke.error)}
        </Alert>
      ) : null}
      <form id="revoke-form" onSubmit={onSubmit} noValidate>
        <TextField
          label="Số quyết định thu hồi"
          required
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
        />
        <TextAreaField
          label="Lý do thu hồi"
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </form>
    </Dialog>
  );
}

/** /cap-phep/so-dang-ky — the register of licences, confirmations and certificates of the officer's field. */
export function RegisterPage() {
  const { params, update, page } = useFilterParams();
  const { data: user } = useSession();
  const field: Field = params.get('linh-vuc') === 'postal' ? 'postal' : 'radiation';
  const status = params.get('hieu-luc') as RegisterStatus | null;
  const kind = params.get('loai') as LicensingDocumentKind | null;
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [revoking, setRevoking] = useState<RegisterItem | null>(null);
  const trpc = useTRPC();
  const list = useQuery(
    trpc.licensing.register.list.queryOptions(
      {
        field,
        page,
        pageSize: PAGE_SIZE,
        ...(q ? { q } : {}),
        ...(status && status in registerStatusLabels ? { status } : {}),
        ...(kind && kind in licensingDocumentKinds ? { kind } : {}),
      },
      { placeholderData: keepPreviousData },
    ),
  );
  useEffect(() => {
    document.title = `Sổ đăng ký ${FIELDS[field].toLowerCase()} – Sở Khoa học và Công nghệ`;
  }, [field]);
  const canRevoke = hasRole(user, 'unit_head', 'leader');

  return (
    <>
      <PageHeader
        title="Sổ đăng ký giấy phép, giấy xác nhận, chứng chỉ"
        description="Văn bản đã cấp, trạng thái hiệu lực theo ngày hôm nay; văn bản bị thu hồi vẫn được lưu trong sổ."
      />
      <form
        role="search"
        aria-label="Lọc sổ đăng ký"
        className="skh-filters"
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: text.trim() });
        }}
      >
        <SelectField
          label="Lĩnh vực"
          options={(Object.keys(FIELDS) as Field[]).map((f) => ({ value: f, label: FIELDS[f] }))}
          value={field}
          onChange={(e) => update({ 'linh-vuc': e.target.value, loai: undefined })}
        />
        <SelectField
          label="Loại văn bản"
          placeholder="Tất cả"
          options={(Object.keys(licensingDocumentKinds) as LicensingDocumentKind[])
            .filter((k) => licensingDocumentKinds[k].field === field)
            .map((k) => ({ value: k, label: licensingDocumentKinds[k].label }))}
          value={kind ?? ''}
          onChange={(e) => update({ loai: e.target.value })}
        />
        <SelectField
          label="Hiệu lực"
          placeholder="Tất cả"
          options={(Object.keys(registerStatusLabels) as RegisterStatus[]).map((s) => ({
            value: s,
            label: registerStatusLabels[s],
          }))}
          value={status ?? ''}
          onChange={(e) => update({ 'hieu-luc': e.target.value })}
        />
        <TextField
          label="Từ khóa"
          hint="Số văn bản, tên cơ sở, mã số thuế hoặc mã hồ sơ"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <Button type="submit">Lọc</Button>
        </div>
      </form>
      <PagedResults
        query={list}
        noun="văn bản"
        loadingLabel="Đang tải sổ đăng ký…"
        errorTitle="Không tải được sổ đăng ký"
        errorMessage={getErrorMessage}
        empty={{ title: 'Chưa có văn bản nào phù hợp', description: 'Thử bỏ bớt bộ lọc.' }}
        onPageChange={(p) => update({ trang: p > 1 ? String(p) : undefined }, true)}
      >
        {(data) => (
          <table className="skh-table">
            <caption>Văn bản đã cấp</caption>
            <thead>
              <tr>
                <th scope="col">Số</th>
                <th scope="col">Loại</th>
                <th scope="col">Cơ sở, doanh nghiệp</th>
                <th scope="col">Ngày cấp</th>
                <th scope="col">Hiệu lực đến</th>
                <th scope="col">Trạng thái</th>
                {canRevoke ? <th scope="col">Thao tác</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={i.number}>
                  <td>
                    <Link to={`/tra-cuu/giay-phep/${encodeURIComponent(i.number)}`}>{i.number}</Link>
                  </td>
                  <td>{i.kindLabel}</td>
                  <td>{i.holderName}</td>
                  <td>{formatDate(i.issuedOn)}</td>
                  <td>{i.expiresOn ? formatDate(i.expiresOn) : 'Không thời hạn'}</td>
                  <td>
                    <RegisterStatusBadge status={i.status} label={i.statusLabel} />
                  </td>
                  {canRevoke ? (
                    <td>
                      {i.status === 'in_force' || i.status === 'expiring' ? (
                        <Button
                          variant="secondary"
                          aria-label={`Thu hồi văn bản số ${i.number}`}
                          onClick={() => setRevoking(i)}
                        >
                          Thu hồi
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedResults>
      {revoking ? <RevokeDialog item={revoking} onClose={() => setRevoking(null)} /> : null}
      <Card title="Tra cứu công khai">
        <p>
          Mỗi văn bản có mã QR dẫn tới trang tra cứu công khai; người dân, doanh nghiệp kiểm tra bằng số văn
          bản tại <Link to="/tra-cuu/giay-phep">Tra cứu giấy phép</Link>.
        </p>
      </Card>
    </>
  );
}
