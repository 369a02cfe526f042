import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { expertSchema, SCIENCE_FIELDS, scienceFieldLabels } from '@skhcn/domain';
import {
  Alert,
  Button,
  Card,
  Dialog,
  ErrorState,
  ErrorSummary,
  LiveMessage,
  LoadingState,
  PageHeader,
  PasswordField,
  SelectField,
  TextField,
} from '@skhcn/ui';
import type { ExpertView } from '../api-types';
import { issuesOf, serverIssues, summaryOf, type FieldErrors } from '../components/form-issues';

const P = 'cg-';

function AccountDialog({
  expert,
  onClose,
  onDone,
}: {
  expert: ExpertView;
  onClose: () => void;
  onDone: (m: string) => void;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.science.createExpertAccount.mutationOptions());
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <Dialog
      title={`Tạo tài khoản cho ${expert.displayName}`}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Hủy
          </Button>
          <Button type="submit" form="expert-account" loading={create.isPending}>
            Tạo tài khoản
          </Button>
        </>
      }
    >
      {create.isError ? (
        <Alert tone="error" title="Chưa tạo được tài khoản">
          {getErrorMessage(create.error)}
        </Alert>
      ) : null}
      <form
        id="expert-account"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { expertId: expert.id, username, password },
            { onSuccess: () => onDone(`Đã tạo tài khoản ${username} cho ${expert.displayName}.`) },
          );
        }}
      >
        <TextField
          label="Tên đăng nhập"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="off"
        />
        <PasswordField
          label="Mật khẩu ban đầu"
          hint="Ít nhất 8 ký tự, có cả chữ và số; gửi riêng cho chuyên gia."
          required
          value={password}
          autoComplete="new-password"
          onChange={(e) => setPassword(e.target.value)}
        />
      </form>
    </Dialog>
  );
}

/** /khcn/chuyen-gia — the expert register; councils are drawn from it, experts sign in with accounts made here. */
export function ExpertsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const experts = useQuery(trpc.science.experts.queryOptions(q.trim() ? { q: q.trim() } : {}));
  const create = useMutation(trpc.science.createExpert.mutationOptions());
  const [form, setForm] = useState({
    fullName: '',
    academicTitle: '',
    specialty: '',
    field: '',
    organisation: '',
    email: '',
    phone: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState('');
  const [account, setAccount] = useState<ExpertView | null>(null);
  useEffect(() => {
    document.title = 'Danh sách chuyên gia – Khoa học và công nghệ';
  }, []);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.science.experts.queryKey() });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = expertSchema.safeParse(form);
    if (!parsed.success) return setErrors(issuesOf(parsed.error));
    setErrors({});
    create.mutate(
      { expert: parsed.data },
      {
        onSuccess: (x) => {
          setSaved(`Đã thêm chuyên gia ${x.displayName}.`);
          setForm({
            fullName: '',
            academicTitle: '',
            specialty: '',
            field: '',
            organisation: '',
            email: '',
            phone: '',
          });
          void refresh();
        },
        onError: (err) => setErrors(serverIssues(err)),
      },
    );
  };
  const field = (k: string) => ({ id: `${P}${k}`, error: errors[k] ?? errors[`expert.${k}`] });

  return (
    <>
      <PageHeader
        title="Danh sách chuyên gia"
        description="Chuyên gia tham gia hội đồng tư vấn và tài khoản đăng nhập của họ."
      />
      <LiveMessage message={saved} />
      <Card title="Chuyên gia">
        <TextField
          label="Tìm theo tên, chuyên ngành, cơ quan"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        {experts.isPending ? <LoadingState label="Đang tải danh sách chuyên gia…" /> : null}
        {experts.isError ? (
          <ErrorState
            title="Không tải được danh sách chuyên gia"
            message={getErrorMessage(experts.error)}
            onRetry={() => void experts.refetch()}
          />
        ) : null}
        {experts.data ? (
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">Danh sách chuyên gia</caption>
              <thead>
                <tr>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Chuyên ngành, lĩnh vực</th>
                  <th scope="col">Cơ quan công tác</th>
                  <th scope="col">Tài khoản</th>
                </tr>
              </thead>
              <tbody>
                {experts.data.map((x) => (
                  <tr key={x.id}>
                    <th scope="row">{x.displayName}</th>
                    <td>
                      {x.specialty}
                      <div className="khcn-muted">{x.fieldLabel}</div>
                    </td>
                    <td>{x.organisation}</td>
                    <td>
                      {x.username ?? (
                        <Button variant="secondary" size="small" onClick={() => setAccount(x)}>
                          Tạo tài khoản<span className="skh-visually-hidden"> cho {x.displayName}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
      <Card title="Thêm chuyên gia">
        <ErrorSummary items={summaryOf(errors, P)} />
        {create.isError && Object.keys(errors).length === 0 ? (
          <Alert tone="error" title="Chưa thêm được chuyên gia">
            {getErrorMessage(create.error)}
          </Alert>
        ) : null}
        <form onSubmit={onSubmit} noValidate>
          <div className="khcn-grid">
            <TextField
              label="Họ và tên"
              required
              value={form.fullName}
              onChange={set('fullName')}
              {...field('fullName')}
            />
            <TextField
              label="Học hàm, học vị"
              hint="Ví dụ: PGS.TS."
              value={form.academicTitle}
              onChange={set('academicTitle')}
              {...field('academicTitle')}
            />
            <TextField
              label="Chuyên ngành"
              required
              value={form.specialty}
              onChange={set('specialty')}
              {...field('specialty')}
            />
            <SelectField
              label="Lĩnh vực"
              required
              placeholder="Chọn lĩnh vực"
              options={SCIENCE_FIELDS.map((f) => ({ value: f, label: scienceFieldLabels[f] }))}
              value={form.field}
              onChange={set('field')}
              {...field('field')}
            />
            <TextField
              label="Cơ quan công tác"
              required
              value={form.organisation}
              onChange={set('organisation')}
              {...field('organisation')}
            />
            <TextField
              label="Thư điện tử"
              type="email"
              required
              value={form.email}
              onChange={set('email')}
              {...field('email')}
            />
            <TextField label="Số điện thoại" value={form.phone} onChange={set('phone')} {...field('phone')} />
          </div>
          <Button type="submit" loading={create.isPending}>
            Thêm chuyên gia
          </Button>
        </form>
      </Card>
      {account ? (
        <AccountDialog
          expert={account}
          onClose={() => setAccount(null)}
          onDone={(m) => {
            setAccount(null);
            setSaved(m);
            void refresh();
          }}
        />
      ) : null}
    </>
  );
}
