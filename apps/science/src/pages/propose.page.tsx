import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  PROPOSER_KINDS,
  proposalSchema,
  proposerKindLabels,
  SCIENCE_FIELDS,
  scienceFieldLabels,
  URGENCIES,
  urgencyLabels,
} from '@skhcn/domain';
import {
  Alert,
  Button,
  Card,
  ErrorSummary,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '@skhcn/ui';
import { issuesOf, serverIssues, summaryOf, type FieldErrors } from '../components/form-issues';
import { parseVnd } from '@skhcn/one-stop-ui';

const P = 'de-xuat-';

/** /khcn/de-xuat — the office records a proposal for an order (đề xuất đặt hàng) from a department, commune or organisation. */
export function ProposePage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    title: '',
    field: '',
    proposerKind: '',
    proposerName: '',
    urgency: 'normal',
    urgencyReason: '',
    objectives: '',
    expectedProducts: '',
    durationMonths: '',
    indicativeBudget: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const propose = useMutation(trpc.science.propose.mutationOptions());

  useEffect(() => {
    document.title = 'Ghi nhận đề xuất đặt hàng – Khoa học và công nghệ';
  }, []);

  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const draft = {
      ...form,
      expectedProducts: form.expectedProducts
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      durationMonths: form.durationMonths.trim() === '' ? undefined : Number(form.durationMonths),
      indicativeBudget: form.indicativeBudget.trim() === '' ? undefined : parseVnd(form.indicativeBudget),
    };
    const parsed = proposalSchema.safeParse(draft);
    if (!parsed.success) {
      const found = issuesOf(parsed.error, 1);
      if (Number.isNaN(draft.indicativeBudget))
        found.indicativeBudget = 'Kinh phí dự kiến phải là số tiền (đồng), ví dụ 1.500.000.000.';
      setErrors(found);
      return;
    }
    setErrors({});
    propose.mutate(parsed.data, {
      onSuccess: (r) => void navigate(`../nhiem-vu/${r.task.id}`, { relative: 'path' }),
      onError: (err) => setErrors(serverIssues(err)),
    });
  };

  const field = (k: string) => ({ id: `${P}${k}`, error: errors[k] });

  return (
    <>
      <PageHeader
        title="Ghi nhận đề xuất đặt hàng"
        description="Đề xuất nhiệm vụ khoa học và công nghệ của sở, ngành, xã, phường hoặc tổ chức gửi Sở."
        actions={<Link to="..">Về bảng theo dõi</Link>}
      />
      <ErrorSummary items={summaryOf(errors, P)} />
      {propose.isError && Object.keys(errors).length === 0 ? (
        <Alert tone="error" title="Chưa ghi nhận được đề xuất">
          {getErrorMessage(propose.error)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <Card title="Nhiệm vụ đề xuất">
          <TextField
            label="Tên nhiệm vụ"
            required
            value={form.title}
            onChange={set('title')}
            {...field('title')}
          />
          <div className="khcn-grid">
            <SelectField
              label="Lĩnh vực khoa học"
              required
              placeholder="Chọn lĩnh vực"
              options={SCIENCE_FIELDS.map((f) => ({ value: f, label: scienceFieldLabels[f] }))}
              value={form.field}
              onChange={set('field')}
              {...field('field')}
            />
            <SelectField
              label="Mức độ cấp thiết"
              required
              options={URGENCIES.map((u) => ({ value: u, label: urgencyLabels[u] }))}
              value={form.urgency}
              onChange={set('urgency')}
              {...field('urgency')}
            />
          </div>
          <TextAreaField
            label="Tính cấp thiết"
            required
            value={form.urgencyReason}
            onChange={set('urgencyReason')}
            {...field('urgencyReason')}
          />
          <TextAreaField
            label="Mục tiêu"
            required
            value={form.objectives}
            onChange={set('objectives')}
            {...field('objectives')}
          />
          <TextAreaField
            label="Sản phẩm dự kiến"
            hint="Mỗi sản phẩm một dòng"
            required
            value={form.expectedProducts}
            onChange={set('expectedProducts')}
            {...field('expectedProducts')}
          />
          <div className="khcn-grid">
            <TextField
              label="Thời gian thực hiện (tháng)"
              required
              inputMode="numeric"
              value={form.durationMonths}
              onChange={set('durationMonths')}
              {...field('durationMonths')}
            />
            <TextField
              label="Kinh phí dự kiến (đồng)"
              hint="Ví dụ: 1.500.000.000"
              required
              inputMode="numeric"
              value={form.indicativeBudget}
              onChange={set('indicativeBudget')}
              {...field('indicativeBudget')}
            />
          </div>
        </Card>
        <Card title="Đơn vị đề xuất">
          <div className="khcn-grid">
            <SelectField
              label="Loại đơn vị đề xuất"
              required
              placeholder="Chọn loại đơn vị"
              options={PROPOSER_KINDS.map((k) => ({ value: k, label: proposerKindLabels[k] }))}
              value={form.proposerKind}
              onChange={set('proposerKind')}
              {...field('proposerKind')}
            />
            <TextField
              label="Tên đơn vị đề xuất"
              required
              value={form.proposerName}
              onChange={set('proposerName')}
              {...field('proposerName')}
            />
          </div>
        </Card>
        <div className="skh-actions">
          <Button type="submit" loading={propose.isPending}>
            Ghi nhận đề xuất
          </Button>
        </div>
      </form>
    </>
  );
}
