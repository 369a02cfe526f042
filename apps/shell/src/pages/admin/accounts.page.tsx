import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import type { CreatedAccount, RouterInputs } from '@skhcn/api';
import { ROLES, roleLabels, type Role } from '@skhcn/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  formatDate,
  PagedResults,
  PageHeader,
  SelectField,
  TextField,
} from '@skhcn/ui';
import { CreateAccountDialog } from './create-account.component';
import { TemporaryPassword } from './temporary-password.component';

type ListInput = RouterInputs['admin']['accounts'];
type Sort = 'fullName-asc' | 'fullName-desc' | 'username-asc' | 'createdAt-desc' | 'createdAt-asc';

export const KIND_LABELS: Record<'staff' | 'applicant' | 'external', string> = {
  staff: 'Cán bộ của Sở',
  applicant: 'Tổ chức nộp hồ sơ',
  external: 'Tài khoản ngoài Sở',
};

const SORTS: { value: Sort; label: string }[] = [
  { value: 'fullName-asc', label: 'Họ và tên (A → Z)' },
  { value: 'fullName-desc', label: 'Họ và tên (Z → A)' },
  { value: 'username-asc', label: 'Tên đăng nhập (A → Z)' },
  { value: 'createdAt-desc', label: 'Mới tạo trước' },
  { value: 'createdAt-asc', label: 'Tạo lâu nhất trước' },
];
const PAGE_SIZES = [10, 20, 50] as const;

/** /quan-tri/tai-khoan — the administrator's accounts: filter, sort, page; open, add staff, open a counter account. */
export function AccountsPage() {
  const trpc = useTRPC();
  const units = useQuery(trpc.org.units.queryOptions());
  const [unitCode, setUnitCode] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [kind, setKind] = useState<ListInput['kind'] | ''>('');
  const [state, setState] = useState<'' | 'active' | 'inactive'>('');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>('fullName-asc');
  const [pageSize, setPageSize] = useState<(typeof PAGE_SIZES)[number]>(20);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState<'staff' | 'applicant' | null>(null);
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  useEffect(() => {
    document.title = 'Quản trị tài khoản – Sở Khoa học và Công nghệ';
  }, []);

  const [sortBy, direction] = sort.split('-') as [NonNullable<ListInput['sort']>, 'asc' | 'desc'];
  const input: ListInput = {
    ...(unitCode ? { unitCode } : {}),
    ...(role ? { role } : {}),
    ...(kind ? { kind } : {}),
    ...(state ? { active: state === 'active' } : {}),
    ...(search ? { search } : {}),
    sort: sortBy,
    direction,
    page,
    pageSize,
  };
  const list = useQuery(trpc.admin.accounts.queryOptions(input, { placeholderData: (prev) => prev }));
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    setSearch(searchText.trim());
    setPage(1);
  };
  const unitOptions = (units.data ?? []).map((u) => ({ code: u.code, name: u.name }));

  return (
    <>
      <PageHeader
        title="Quản trị tài khoản"
        description="Tài khoản cán bộ, tổ chức nộp hồ sơ và tài khoản ngoài Sở: vai trò trong đơn vị, khoá, mở lại, đặt lại mật khẩu."
      />
      <p>
        <Link to="/quan-tri/don-vi">Xem các đơn vị và cán bộ của từng đơn vị</Link>
      </p>
      <div className="admin-actions">
        <Button onClick={() => setCreating('staff')} disabled={!units.isSuccess}>
          Thêm tài khoản cán bộ
        </Button>
        <Button variant="secondary" onClick={() => setCreating('applicant')}>
          Mở tài khoản cho tổ chức
        </Button>
      </div>
      {created ? (
        <div className="admin-created">
          <Alert tone="success" title="Đã tạo tài khoản">
            {created.account.fullName} ({created.account.username}).{' '}
            <Link to={`/quan-tri/tai-khoan/${created.account.id}`}>Mở tài khoản</Link>
          </Alert>
          <TemporaryPassword username={created.account.username} password={created.temporaryPassword} />
          <Button variant="secondary" size="small" onClick={() => setCreated(null)}>
            Tôi đã trao mật khẩu, đóng thông báo
          </Button>
        </div>
      ) : null}
      {units.isError ? (
        <Alert tone="error" title="Không tải được danh sách đơn vị">
          {getErrorMessage(units.error)}
        </Alert>
      ) : null}
      <Card title="Lọc và sắp xếp">
        <form onSubmit={submitSearch} role="search" aria-label="Tìm tài khoản" className="admin-filters">
          <TextField
            label="Tìm theo tên, tên đăng nhập, tổ chức"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            type="search"
          />
          <Button type="submit" variant="secondary">
            Tìm
          </Button>
        </form>
        <div className="admin-filters">
          <SelectField
            label="Đơn vị"
            value={unitCode}
            onChange={(e) => filter(setUnitCode)(e.target.value)}
            options={[
              { value: '', label: 'Tất cả đơn vị' },
              ...unitOptions.map((u) => ({ value: u.code, label: u.name })),
            ]}
          />
          <SelectField
            label="Vai trò"
            value={role}
            onChange={(e) => filter(setRole)(e.target.value as Role | '')}
            options={[
              { value: '', label: 'Mọi vai trò' },
              ...ROLES.map((r) => ({ value: r, label: roleLabels[r] })),
            ]}
          />
          <SelectField
            label="Loại tài khoản"
            value={kind ?? ''}
            onChange={(e) => filter(setKind)(e.target.value as ListInput['kind'] | '')}
            options={[
              { value: '', label: 'Mọi loại' },
              ...Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <SelectField
            label="Trạng thái"
            value={state}
            onChange={(e) => filter(setState)(e.target.value as '' | 'active' | 'inactive')}
            options={[
              { value: '', label: 'Tất cả' },
              { value: 'active', label: 'Đang hoạt động' },
              { value: 'inactive', label: 'Đã khoá' },
            ]}
          />
          <SelectField
            label="Sắp xếp"
            value={sort}
            onChange={(e) => filter(setSort)(e.target.value as Sort)}
            options={SORTS}
          />
          <SelectField
            label="Số dòng mỗi trang"
            value={String(pageSize)}
            onChange={(e) => filter(setPageSize)(Number(e.target.value) as (typeof PAGE_SIZES)[number])}
            options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
          />
        </div>
      </Card>
      <PagedResults
        query={list}
        noun="tài khoản"
        loadingLabel="Đang tải danh sách tài khoản…"
        errorTitle="Không tải được danh sách tài khoản"
        errorMessage={getErrorMessage}
        empty={{
          title: 'Không có tài khoản nào khớp bộ lọc',
          description: 'Hãy bỏ bớt điều kiện lọc hoặc đổi từ khoá tìm kiếm.',
        }}
        onPageChange={setPage}
      >
        {(data) => (
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">
                Danh sách tài khoản, {SORTS.find((s) => s.value === sort)?.label}
              </caption>
              <thead>
                <tr>
                  <th
                    scope="col"
                    aria-sort={
                      sortBy === 'fullName' ? (direction === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    Họ và tên
                  </th>
                  <th scope="col" aria-sort={sortBy === 'username' ? 'ascending' : undefined}>
                    Tên đăng nhập
                  </th>
                  <th scope="col">Loại</th>
                  <th scope="col">Vai trò, đơn vị</th>
                  <th scope="col">Trạng thái</th>
                  <th
                    scope="col"
                    aria-sort={
                      sortBy === 'createdAt' ? (direction === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    Ngày tạo
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/quan-tri/tai-khoan/${a.id}`}>{a.fullName}</Link>
                    </td>
                    <td>{a.username}</td>
                    <td>
                      {KIND_LABELS[a.kind]}
                      {a.organisationName ? ` · ${a.organisationName}` : ''}
                    </td>
                    <td>
                      {a.memberships.length === 0
                        ? '—'
                        : a.memberships.map((m) => `${m.roleLabel}, ${m.unitName}`).join('; ')}
                    </td>
                    <td>
                      {a.active ? (
                        <Badge tone="success">Đang hoạt động</Badge>
                      ) : (
                        <Badge tone="danger">Đã khoá</Badge>
                      )}
                    </td>
                    <td>{formatDate(a.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
      {creating ? (
        <CreateAccountDialog
          kind={creating}
          units={unitOptions}
          onClose={() => setCreating(null)}
          onCreated={(c) => {
            setCreating(null);
            setCreated(c);
          }}
        />
      ) : null}
    </>
  );
}
