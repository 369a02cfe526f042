import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { applicationSchema } from '@skhcn/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  ErrorSummary,
  LoadingState,
  PageHeader,
  TextAreaField,
  TextField,
  formatDate,
  formatVnd,
} from '@skhcn/ui';
import { issuesOf, serverIssues, summaryOf, type FieldErrors } from '../components/form-issues';
import { useSession } from '../components/use-session.hook';
import { parseVnd } from '@skhcn/one-stop-ui';

/** /khcn/dot-tuyen-chon — the calls open today, for organisations to apply. */
export function OpenCallsPage() {
  const trpc = useTRPC();
  const calls = useQuery(trpc.science.openCalls.queryOptions());
  useEffect(() => {
    document.title = 'Đợt tuyển chọn đang mở – Khoa học và công nghệ';
  }, []);
  return (
    <>
      <PageHeader
        title="Đợt tuyển chọn đang mở"
        description="Nhiệm vụ khoa học và công nghệ cấp tỉnh đang nhận hồ sơ đăng ký chủ trì."
      />
      {calls.isPending ? <LoadingState label="Đang tải các đợt tuyển chọn…" /> : null}
      {calls.isError ? (
        <ErrorState
          title="Không tải được danh sách"
          message={getErrorMessage(calls.error)}
          onRetry={() => void calls.refetch()}
        />
      ) : null}
      {calls.data?.length === 0 ? <EmptyState title="Hiện không có đợt tuyển chọn nào đang mở" /> : null}
      {calls.data?.map((c) => (
        <Card key={c.taskId} title={`${c.code}: ${c.title}`}>
          <dl className="skh-facts">
            <dt>Hình thức</dt>
            <dd>{c.modeLabel}</dd>
            <dt>Lĩnh vực</dt>
            <dd>{c.fieldLabel}</dd>
            <dt>Mục tiêu</dt>
            <dd>{c.objectives}</dd>
            <dt>Sản phẩm dự kiến</dt>
            <dd>{c.expectedProducts.join('; ')}</dd>
            <dt>Thời gian, kinh phí dự kiến</dt>
            <dd>
              {c.durationMonths} tháng · {formatVnd(c.indicativeBudget)}
            </dd>
            <dt>Nhận hồ sơ</dt>
            <dd>
              Từ {formatDate(c.opensOn)} đến hết {formatDate(c.closesOn)}
            </dd>
          </dl>
          {c.applied ? (
            <Badge tone="success">Tổ chức của bạn đã nộp hồ sơ</Badge>
          ) : (
            <Link to={c.taskId}>Đăng ký chủ trì nhiệm vụ {c.code}</Link>
          )}
        </Card>
      ))}
    </>
  );
}

const P = 'hs-';

/** /khcn/dot-tuyen-chon/:taskId — an organisation's application: thuyết minh, team, partners, budget by item. */
export function ApplyPage() {
  const { taskId = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: user } = useSession();
  const calls = useQuery(trpc.science.openCalls.queryOptions());
  const submit = useMutation(trpc.science.submitApplication.mutationOptions());
  const call = calls.data?.find((c) => c.taskId === taskId);
  const [form, setForm] = useState({ principalInvestigator: '', researchPlan: '', partners: '' });
  const [team, setTeam] = useState([{ fullName: '', role: 'Chủ nhiệm', organisation: '' }]);
  const [budget, setBudget] = useState([{ item: '', amount: '' }]);
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    document.title = 'Đăng ký chủ trì nhiệm vụ – Khoa học và công nghệ';
  }, []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const draft = {
      organisationName: user?.applicant?.organisationName ?? '',
      principalInvestigator: form.principalInvestigator,
      researchPlan: form.researchPlan,
      team: team.map((m) => ({
        fullName: m.fullName,
        role: m.role,
        ...(m.organisation.trim() ? { organisation: m.organisation } : {}),
      })),
      partners: form.partners
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      budgetItems: budget.map((b) => ({ item: b.item, amount: parseVnd(b.amount) })),
    };
    const parsed = applicationSchema.safeParse(draft);
    if (!parsed.success) return setErrors(issuesOf(parsed.error));
    setErrors({});
    const { organisationName: _o, taxCode: _t, ...application } = parsed.data;
    submit.mutate(
      { taskId, application },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.science.openCalls.queryKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.science.myApplications.queryKey() });
          void navigate('../../cua-toi', {
            relative: 'path',
            state: { saved: 'Đã nộp hồ sơ đăng ký chủ trì nhiệm vụ.' },
          });
        },
        onError: (err) => setErrors(serverIssues(err)),
      },
    );
  };
  const err = (path: string) => errors[path] ?? errors[`application.${path}`];

  if (calls.isPending) return <LoadingState label="Đang tải đợt tuyển chọn…" />;
  if (!call)
    return (
      <>
        <PageHeader title="Đăng ký chủ trì nhiệm vụ" />
        <ErrorState
          title="Nhiệm vụ này không còn nhận hồ sơ"
          message="Đợt tuyển chọn đã kết thúc hoặc không tồn tại."
        />
        <Link to=".." relative="path">
          Về các đợt tuyển chọn
        </Link>
      </>
    );
  return (
    <>
      <PageHeader
        title={`Đăng ký chủ trì nhiệm vụ ${call.code}`}
        description={`${call.title} · nhận hồ sơ đến hết ${formatDate(call.closesOn)}`}
        actions={
          <Link to=".." relative="path">
            Về các đợt tuyển chọn
          </Link>
        }
      />
      <ErrorSummary items={summaryOf(errors, P)} />
      {submit.isError && Object.keys(errors).length === 0 ? (
        <Alert tone="error" title="Chưa nộp được hồ sơ">
          {getErrorMessage(submit.error)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <Card title="Tổ chức đăng ký chủ trì">
          <p>
            {user?.applicant?.organisationName} · mã số thuế {user?.applicant?.taxCode}
          </p>
          <TextField
            id={`${P}principalInvestigator`}
            label="Chủ nhiệm nhiệm vụ"
            hint="Học hàm, học vị và họ tên, ví dụ: TS. Trần Minh Đức"
            required
            value={form.principalInvestigator}
            error={err('principalInvestigator')}
            onChange={(e) => setForm((f) => ({ ...f, principalInvestigator: e.target.value }))}
          />
        </Card>
        <Card title="Thuyết minh nhiệm vụ">
          <TextAreaField
            id={`${P}researchPlan`}
            label="Thuyết minh (mục tiêu, nội dung, phương pháp, tiến độ, sản phẩm)"
            required
            rows={8}
            value={form.researchPlan}
            error={err('researchPlan')}
            onChange={(e) => setForm((f) => ({ ...f, researchPlan: e.target.value }))}
          />
        </Card>
        <Card title="Nhân lực thực hiện">
          {team.map((m, i) => (
            <div className="khcn-row" key={i} role="group" aria-label={`Dòng thành viên ${i + 1}`}>
              <TextField
                id={`${P}team.${i}.fullName`}
                label={`Họ và tên thành viên ${i + 1}`}
                value={m.fullName}
                error={err(`team.${i}.fullName`)}
                onChange={(e) =>
                  setTeam((x) => x.map((r, j) => (j === i ? { ...r, fullName: e.target.value } : r)))
                }
              />
              <TextField
                id={`${P}team.${i}.role`}
                label={`Vai trò thành viên ${i + 1}`}
                value={m.role}
                error={err(`team.${i}.role`)}
                onChange={(e) =>
                  setTeam((x) => x.map((r, j) => (j === i ? { ...r, role: e.target.value } : r)))
                }
              />
              <TextField
                label={`Cơ quan thành viên ${i + 1}`}
                value={m.organisation}
                onChange={(e) =>
                  setTeam((x) => x.map((r, j) => (j === i ? { ...r, organisation: e.target.value } : r)))
                }
              />
              <Button
                variant="link"
                size="small"
                disabled={team.length === 1}
                onClick={() => setTeam((x) => x.filter((_, j) => j !== i))}
              >
                Bỏ<span className="skh-visually-hidden"> thành viên {i + 1}</span>
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="small"
            onClick={() => setTeam((x) => [...x, { fullName: '', role: '', organisation: '' }])}
          >
            Thêm thành viên
          </Button>
          <TextAreaField
            id={`${P}partners`}
            label="Đơn vị phối hợp"
            hint="Mỗi đơn vị một dòng (có thể để trống)"
            value={form.partners}
            error={err('partners')}
            onChange={(e) => setForm((f) => ({ ...f, partners: e.target.value }))}
          />
        </Card>
        <Card title="Dự toán kinh phí theo khoản chi">
          {budget.map((b, i) => (
            <div className="khcn-row" key={i} role="group" aria-label={`Dòng khoản chi ${i + 1}`}>
              <TextField
                id={`${P}budgetItems.${i}.item`}
                label={`Khoản chi ${i + 1}`}
                value={b.item}
                error={err(`budgetItems.${i}.item`)}
                onChange={(e) =>
                  setBudget((x) => x.map((r, j) => (j === i ? { ...r, item: e.target.value } : r)))
                }
              />
              <TextField
                id={`${P}budgetItems.${i}.amount`}
                label={`Số tiền khoản chi ${i + 1} (đồng)`}
                inputMode="numeric"
                value={b.amount}
                error={err(`budgetItems.${i}.amount`)}
                onChange={(e) =>
                  setBudget((x) => x.map((r, j) => (j === i ? { ...r, amount: e.target.value } : r)))
                }
              />
              <Button
                variant="link"
                size="small"
                disabled={budget.length === 1}
                onClick={() => setBudget((x) => x.filter((_, j) => j !== i))}
              >
                Bỏ<span className="skh-visually-hidden"> khoản chi {i + 1}</span>
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="small"
            onClick={() => setBudget((x) => [...x, { item: '', amount: '' }])}
          >
            Thêm khoản chi
          </Button>
          <p>
            Tổng kinh phí đề nghị:{' '}
            <strong>
              {formatVnd(
                budget.reduce((s, b) => s + (Number.isNaN(parseVnd(b.amount)) ? 0 : parseVnd(b.amount)), 0),
              )}
            </strong>
          </p>
        </Card>
        <div className="skh-actions">
          <Button type="submit" loading={submit.isPending}>
            Nộp hồ sơ đăng ký
          </Button>
        </div>
      </form>
    </>
  );
}
