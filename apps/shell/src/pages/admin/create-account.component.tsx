import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getAppCode, getErrorMessage, useTRPC } from '@skhcn/api-client';
import type { CreatedAccount } from '@skhcn/api';
import { checkTaxCode, type Membership } from '@skhcn/domain';
import { Alert, Button, Dialog, ErrorSummary, TextField, type ErrorSummaryItem } from '@skhcn/ui';
import { MembershipsEditor, type UnitOption } from './memberships-editor.component';

const USERNAME = /^[a-z0-9._-]{3,100}$/;
const USERNAME_RULE =
  'Tên đăng nhập gồm 3–100 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.';

type Kind = 'staff' | 'applicant';

/**
 * The dialog that opens an account: a staff member with roles in units, or an organisation's account opened at the
 * counter (its tax code checked as the server checks it). On success the caller shows the temporary password.
 */
export function CreateAccountDialog({
  kind,
  units,
  onClose,
  onCreated,
}: {
  kind: Kind;
  units: readonly UnitOption[];
  onClose: () => void;
  onCreated: (created: CreatedAccount) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [organisationName, setOrganisationName] = useState('');
  const [taxCode, setTaxCode] = useState('');
  const [memberships, setMemberships] = useState<Membership[]>([
    { unitCode: units[0]?.code ?? '', role: 'officer' },
  ]);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const done = {
    onSuccess: async (created: CreatedAccount) => {
      await queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
      onCreated(created);
    },
  };
  const staff = useMutation(trpc.admin.createStaff.mutationOptions(done));
  const applicant = useMutation(trpc.admin.createApplicant.mutationOptions(done));
  const mutation = kind === 'staff' ? staff : applicant;
  const id = (key: string) => `create-${kind}-${key}`;
  const messageFor = (key: string) => problems.find((p) => p.fieldId === id(key))?.message;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: ErrorSummaryItem[] = [];
    const name = username.trim().toLowerCase();
    if (!USERNAME.test(name)) found.push({ fieldId: id('username'), message: USERNAME_RULE });
    if (fullName.trim().length < 2)
      found.push({ fieldId: id('fullName'), message: 'Vui lòng nhập họ và tên.' });
    if (kind === 'staff') {
      if (memberships.length === 0)
        found.push({
          fieldId: id('memberships-unit-0'),
          message: 'Cán bộ phải có ít nhất một vai trò trong một đơn vị.',
        });
    } else {
      if (organisationName.trim().length < 2)
        found.push({ fieldId: id('organisationName'), message: 'Vui lòng nhập tên tổ chức.' });
      const tax = checkTaxCode(taxCode.trim());
      if (!tax.valid) found.push({ fieldId: id('taxCode'), message: tax.message });
    }
    setProblems(found);
    if (found.length > 0) return;
    if (kind === 'staff') staff.mutate({ username: name, fullName, memberships });
    else applicant.mutate({ username: name, fullName, organisationName, taxCode: taxCode.trim() });
  };

  const title = kind === 'staff' ? 'Thêm tài khoản cán bộ' : 'Mở tài khoản cho tổ chức nộp hồ sơ';
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate className="skh-form">
        {problems.length > 0 ? <ErrorSummary items={problems} /> : null}
        {mutation.isError ? (
          <Alert tone="error" title="Chưa tạo được tài khoản">
            {getErrorMessage(mutation.error)}
            {getAppCode(mutation.error) === 'USERNAME_TAKEN' ? ' Hãy sửa tên đăng nhập rồi lưu lại.' : ''}
          </Alert>
        ) : null}
        <TextField
          id={id('username')}
          label="Tên đăng nhập"
          hint="Chữ thường không dấu, ví dụ canbo.nguyenvana."
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={messageFor('username')}
          autoComplete="off"
          required
        />
        <TextField
          id={id('fullName')}
          label={kind === 'staff' ? 'Họ và tên' : 'Họ và tên người đại diện'}
          value={fullName}
          onChange={(e) => setFullName(e.target.value)}
          error={messageFor('fullName')}
          required
        />
        {kind === 'staff' ? (
          <MembershipsEditor
            idPrefix={id('memberships')}
            value={memberships}
            units={units}
            onChange={setMemberships}
            error={messageFor('memberships-unit-0')}
          />
        ) : (
          <>
            <TextField
              id={id('organisationName')}
              label="Tên tổ chức"
              value={organisationName}
              onChange={(e) => setOrganisationName(e.target.value)}
              error={messageFor('organisationName')}
              required
            />
            <TextField
              id={id('taxCode')}
              label="Mã số doanh nghiệp/mã số thuế"
              hint="10 chữ số (hoặc 10 chữ số-3 chữ số cho đơn vị phụ thuộc); cá nhân dùng số định danh 12 chữ số."
              inputMode="numeric"
              value={taxCode}
              onChange={(e) => setTaxCode(e.target.value)}
              error={messageFor('taxCode')}
              required
            />
          </>
        )}
        <div className="admin-actions">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? 'Đang tạo…' : 'Tạo tài khoản'}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Huỷ
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
