import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { checkTaxCode } from '@skhcn/domain';
import { Alert, Button, Card, TextField } from '@skhcn/ui';

interface FieldErrors {
  organisationName?: string;
  taxCode?: string;
}

export function validateProfile(organisationName: string, taxCode: string): FieldErrors {
  const errors: FieldErrors = {};
  if (organisationName.trim().length < 2) errors.organisationName = 'Vui lòng nhập tên tổ chức.';
  else if (organisationName.trim().length > 300)
    errors.organisationName = 'Tên tổ chức quá dài (tối đa 300 ký tự).';
  if (taxCode.trim() === '') errors.taxCode = 'Mã số doanh nghiệp/mã số thuế là bắt buộc.';
  else {
    const checked = checkTaxCode(taxCode.trim());
    if (!checked.valid) errors.taxCode = checked.message;
  }
  return errors;
}

/**
 * Shown instead of the applicant's pages to an applicant who signed in through the identity provider and whose
 * organisation the provider did not say: its name and tax code, given once (the department changes them later).
 */
export function CompleteProfile() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const complete = useMutation(
    trpc.auth.completeProfile.mutationOptions({
      onSuccess: ({ user }) => queryClient.setQueryData(trpc.auth.me.queryKey(), user),
    }),
  );
  const [organisationName, setOrganisationName] = useState('');
  const [taxCode, setTaxCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const taxRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Thông tin tổ chức – Sở Khoa học và Công nghệ';
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateProfile(organisationName, taxCode);
    setErrors(found);
    if (found.organisationName) return nameRef.current?.focus();
    if (found.taxCode) return taxRef.current?.focus();
    complete.mutate({ organisationName: organisationName.trim(), taxCode: taxCode.trim() });
  };

  return (
    <Card as="section" aria-labelledby="complete-profile-title">
      <h1 id="complete-profile-title">Thông tin tổ chức, cá nhân nộp hồ sơ</h1>
      <p>
        Bạn đã đăng nhập bằng tài khoản định danh. Trước khi nộp hồ sơ, vui lòng cho biết tổ chức (hoặc hộ
        kinh doanh, cá nhân) mà bạn nộp hồ sơ thay mặt. Thông tin này chỉ khai một lần; muốn thay đổi, vui
        lòng liên hệ Bộ phận một cửa của Sở.
      </p>
      {complete.isError ? (
        <Alert tone="error" title="Chưa lưu được thông tin">
          {getErrorMessage(complete.error)}
        </Alert>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-label="Thông tin tổ chức">
        <TextField
          ref={nameRef}
          label="Tên tổ chức"
          name="organisationName"
          autoComplete="organization"
          required
          value={organisationName}
          onChange={(e) => setOrganisationName(e.target.value)}
          error={errors.organisationName}
        />
        <TextField
          ref={taxRef}
          label="Mã số doanh nghiệp/mã số thuế"
          name="taxCode"
          inputMode="numeric"
          required
          value={taxCode}
          onChange={(e) => setTaxCode(e.target.value)}
          error={errors.taxCode}
          hint="10 chữ số (đơn vị phụ thuộc: 10 chữ số-3 chữ số); cá nhân, hộ kinh doanh: số định danh 12 chữ số."
        />
        <Button type="submit" loading={complete.isPending}>
          Lưu và tiếp tục
        </Button>
      </form>
    </Card>
  );
}
