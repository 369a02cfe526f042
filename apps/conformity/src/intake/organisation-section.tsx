import { useState } from 'react';
import { getErrorMessage, useTRPCClient } from '@skhcn/api-client';
import { checkTaxCode } from '@skhcn/domain';
import { Alert, Button, Card, LiveMessage, TextField } from '@skhcn/ui';
import type { DeclarationDraft } from './declaration-draft';
import type { SectionProps } from './intake-section';

interface OrganisationSectionProps extends SectionProps {
  /** Online, an organisation declares for itself: its tax code is the account's and cannot be changed */
  ownTaxCode: string | undefined;
}

/** 2. The declaring organisation, filled from the national business registry by its tax code when it answers. */
export function OrganisationSection({ draft, set, errors, ownTaxCode }: OrganisationSectionProps) {
  const client = useTRPCClient();
  const [taxMessage, setTaxMessage] = useState<string | undefined>();
  const [lookup, setLookup] = useState<{ tone: 'info' | 'warning' | 'success'; text: string } | null>(null);
  const [lookingUp, setLookingUp] = useState(false);
  const setOrg = (changes: Partial<DeclarationDraft['organisation']>) =>
    set({ organisation: { ...draft.organisation, ...changes } });

  const checkTax = (): string | null => {
    const value = draft.organisation.taxCode.trim();
    if (!value) {
      setTaxMessage(undefined);
      return null;
    }
    const r = checkTaxCode(value);
    if (!r.valid) {
      setTaxMessage(r.message);
      return null;
    }
    setTaxMessage(undefined);
    if (r.normalized !== draft.organisation.taxCode) setOrg({ taxCode: r.normalized });
    return r.normalized;
  };

  const onLookup = async () => {
    const taxCode = checkTax();
    if (!taxCode) {
      if (!draft.organisation.taxCode.trim()) setTaxMessage('Nhập mã số doanh nghiệp/mã số thuế để tra cứu.');
      return;
    }
    setLookingUp(true);
    setLookup(null);
    try {
      const r = await client.conformity.lookupEnterprise.query({ taxCode });
      if (!r.available) setLookup({ tone: 'warning', text: r.message });
      else if (!r.enterprise)
        setLookup({
          tone: 'info',
          text: 'Không tìm thấy doanh nghiệp với mã số này trong Hệ thống đăng ký doanh nghiệp quốc gia; vui lòng kiểm tra lại hoặc nhập tay.',
        });
      else {
        setOrg({ name: r.enterprise.name, address: r.enterprise.address, taxCode: r.enterprise.taxCode });
        setLookup({
          tone: 'success',
          text: `Đã điền tên và địa chỉ theo Hệ thống đăng ký doanh nghiệp quốc gia: ${r.enterprise.name}.`,
        });
      }
    } catch (err) {
      setLookup({ tone: 'warning', text: `Không tra cứu được: ${getErrorMessage(err)} Vui lòng nhập tay.` });
    } finally {
      setLookingUp(false);
    }
  };

  return (
    <Card title="2. Tổ chức, cá nhân công bố">
      <div className="skh-row">
        <TextField
          id="decl-organisation-taxCode"
          label="Mã số doanh nghiệp/mã số thuế"
          required
          inputMode="numeric"
          autoComplete="off"
          hint={
            ownTaxCode
              ? 'Mã số thuế của tổ chức đăng ký tài khoản; hồ sơ của tổ chức khác nộp bằng tài khoản của tổ chức đó.'
              : '10 chữ số, 10 chữ số-3 chữ số với đơn vị phụ thuộc, hoặc 12 chữ số (số định danh cá nhân)'
          }
          value={draft.organisation.taxCode}
          error={taxMessage ?? errors['decl-organisation-taxCode']}
          onChange={(e) => setOrg({ taxCode: e.target.value })}
          onBlur={() => void checkTax()}
          readOnly={ownTaxCode !== undefined}
        />
        <Button
          variant="secondary"
          onClick={() => void onLookup()}
          loading={lookingUp}
          style={{ marginBottom: 'var(--skh-space-4)' }}
        >
          Tra cứu
        </Button>
      </div>
      <LiveMessage message={lookup?.tone === 'success' ? lookup.text : ''} />
      {lookup && lookup.tone !== 'success' ? (
        <Alert tone={lookup.tone === 'warning' ? 'warning' : 'info'}>{lookup.text}</Alert>
      ) : null}
      <TextField
        id="decl-organisation-name"
        label="Tên tổ chức, cá nhân công bố"
        required
        value={draft.organisation.name}
        error={errors['decl-organisation-name']}
        onChange={(e) => setOrg({ name: e.target.value })}
      />
      <TextField
        id="decl-organisation-address"
        label="Địa chỉ"
        required
        value={draft.organisation.address}
        error={errors['decl-organisation-address']}
        onChange={(e) => setOrg({ address: e.target.value })}
      />
      <div className="skh-row">
        <TextField
          id="decl-organisation-phone"
          label="Điện thoại"
          type="tel"
          value={draft.organisation.phone}
          error={errors['decl-organisation-phone']}
          onChange={(e) => setOrg({ phone: e.target.value })}
        />
        <TextField
          id="decl-organisation-email"
          label="Thư điện tử"
          type="email"
          value={draft.organisation.email}
          error={errors['decl-organisation-email']}
          onChange={(e) => setOrg({ email: e.target.value })}
        />
      </div>
    </Card>
  );
}
