import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Badge,
  Button,
  Card,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  TextAreaField,
  TextField,
  formatVnd,
} from '@skhcn/ui';
import type { MemberApplication } from '../api-types';
import { formatScore } from '../format/science-format';

/** "12,5" or "12.5" → 12.5; NaN when not a number. */
function parseScore(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' ? Number.NaN : /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

function Declaration({ view, onDone }: { view: MemberApplication; onDone: (m: string) => void }) {
  const trpc = useTRPC();
  const declare = useMutation(trpc.science.declareConflict.mutationOptions());
  const [choice, setChoice] = useState<'' | 'no' | 'yes'>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return setError('Vui lòng chọn có hay không có xung đột lợi ích.');
    if (choice === 'yes' && !note.trim())
      return setError('Vui lòng nêu rõ quan hệ có thể gây xung đột lợi ích.');
    setError('');
    declare.mutate(
      {
        councilId: view.council.id,
        applicationId: view.application.id,
        conflicted: choice === 'yes',
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () =>
          onDone(
            choice === 'yes' ? 'Đã khai báo có xung đột lợi ích.' : 'Đã khai báo không có xung đột lợi ích.',
          ),
      },
    );
  };
  return (
    <Card title="Khai báo xung đột lợi ích">
      <p>
        Trước khi xem nội dung hồ sơ, vui lòng cho biết bạn có quan hệ (công tác, hợp tác, gia đình, lợi ích
        tài chính) với tổ chức đăng ký hoặc chủ nhiệm có thể ảnh hưởng đến tính khách quan hay không. Khai báo
        chỉ thực hiện một lần.
      </p>
      {declare.isError ? (
        <Alert tone="error" title="Chưa khai báo được">
          {getErrorMessage(declare.error)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="skh-fieldset" aria-describedby={error ? 'declare-error' : undefined}>
          <legend>Bạn có xung đột lợi ích với hồ sơ của {view.application.organisationName}?</legend>
          {error ? (
            <p className="skh-field__error" id="declare-error" role="alert">
              {error}
            </p>
          ) : null}
          <label className="skh-checkbox">
            <input type="radio" name="conflict" checked={choice === 'no'} onChange={() => setChoice('no')} />{' '}
            Không có xung đột lợi ích
          </label>
          <label className="skh-checkbox">
            <input
              type="radio"
              name="conflict"
              checked={choice === 'yes'}
              onChange={() => setChoice('yes')}
            />{' '}
            Có xung đột lợi ích (tôi không chấm hồ sơ này)
          </label>
        </fieldset>
        {choice === 'yes' ? (
          <TextAreaField
            label="Quan hệ có thể gây xung đột lợi ích"
            required
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        ) : null}
        <Button type="submit" loading={declare.isPending}>
          Gửi khai báo
        </Button>
      </form>
    </Card>
  );
}

function Sheet({ view, onDone }: { view: MemberApplication; onDone: (m: string) => void }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.science.saveSheet.mutationOptions());
  const mine = view.mySheet;
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      view.criteria.map((c) => [c.id, mine?.scores[c.id] !== undefined ? String(mine.scores[c.id]) : '']),
    ),
  );
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submitted = mine?.status === 'submitted';
  const total = view.criteria.reduce(
    (s, c) => s + (Number.isNaN(parseScore(scores[c.id] ?? '')) ? 0 : parseScore(scores[c.id] ?? '')),
    0,
  );

  const send = (submit: boolean) => {
    const found: Record<string, string> = {};
    const parsed: Record<string, number> = {};
    for (const c of view.criteria) {
      const raw = scores[c.id] ?? '';
      if (raw.trim() === '') {
        if (submit) found[c.id] = `Vui lòng chấm tiêu chí “${c.label}”.`;
        continue;
      }
      const n = parseScore(raw);
      if (Number.isNaN(n)) found[c.id] = 'Điểm phải là số, ví dụ 12 hoặc 12,5.';
      else if (n > c.max) found[c.id] = `Điểm tối đa của tiêu chí này là ${formatScore(c.max)}.`;
      else parsed[c.id] = n;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      {
        councilId: view.council.id,
        applicationId: view.application.id,
        expectedVersion: mine?.version ?? 0,
        scores: parsed,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        submit,
      },
      { onSuccess: () => onDone(submit ? 'Đã nộp phiếu đánh giá.' : 'Đã lưu bản nháp phiếu đánh giá.') },
    );
  };

  return (
    <Card title="Phiếu đánh giá của bạn">
      {submitted ? (
        <p>
          <Badge tone="success">Đã nộp</Badge> Tổng điểm: <strong>{formatScore(mine.total)}</strong>. Phiếu đã
          nộp không sửa được.
        </p>
      ) : (
        <p className="khcn-muted">
          Chấm độc lập từng tiêu chí. Điểm của các thành viên khác chỉ hiển thị sau khi bạn nộp phiếu. Hồ sơ
          đạt khi điểm trung bình từ {formatScore(view.passAverage)}.
        </p>
      )}
      {save.isError ? (
        <Alert tone="error" title="Chưa lưu được phiếu">
          {getErrorMessage(save.error)}
        </Alert>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send(true);
        }}
        noValidate
      >
        {view.criteria.map((c) => (
          <TextField
            key={c.id}
            id={`diem-${c.id}`}
            label={`${c.label} (tối đa ${formatScore(c.max)})`}
            hint={c.guidance ?? undefined}
            inputMode="decimal"
            value={scores[c.id] ?? ''}
            error={errors[c.id]}
            disabled={submitted}
            onChange={(e) => setScores((x) => ({ ...x, [c.id]: e.target.value }))}
          />
        ))}
        <p aria-live="polite">
          Tổng điểm: <strong>{formatScore(total)}</strong>
        </p>
        <TextAreaField
          label="Nhận xét"
          value={comment}
          disabled={submitted}
          onChange={(e) => setComment(e.target.value)}
        />
        {!submitted ? (
          <div className="skh-actions">
            <Button variant="secondary" onClick={() => send(false)} loading={save.isPending}>
              Lưu bản nháp
            </Button>
            <Button type="submit" loading={save.isPending}>
              Nộp phiếu đánh giá
            </Button>
          </div>
        ) : null}
      </form>
    </Card>
  );
}

/**
 * /khcn/hoi-dong-cua-toi/:councilId/ho-so/:applicationId — the member's work on one application: the declaration of
 * conflicts first, then the content and their own sheet; the others' scores once theirs is submitted.
 */
export function MemberApplicationPage() {
  const { councilId = '', applicationId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { councilId, applicationId };
  const view = useQuery(trpc.science.memberApplication.queryOptions(input));
  const [saved, setSaved] = useState('');

  useEffect(() => {
    if (view.data)
      document.title = `Đánh giá hồ sơ ${view.data.application.organisationName} – Khoa học và công nghệ`;
  }, [view.data]);

  const done = async (message: string) => {
    setSaved(message);
    await queryClient.invalidateQueries({ queryKey: trpc.science.memberApplication.queryKey(input) });
    await queryClient.invalidateQueries({ queryKey: trpc.science.myCouncils.queryKey() });
  };

  if (view.isPending) return <LoadingState label="Đang tải hồ sơ…" />;
  if (view.isError)
    return (
      <>
        <PageHeader title="Đánh giá hồ sơ" />
        <ErrorState
          title="Không tải được hồ sơ"
          message={getErrorMessage(view.error)}
          onRetry={() => void view.refetch()}
        />
        <Link to="../../.." relative="path">
          Về hội đồng của tôi
        </Link>
      </>
    );
  const v = view.data;
  return (
    <>
      <PageHeader
        title={`Hồ sơ của ${v.application.organisationName}`}
        description={`${v.council.name} · nhiệm vụ ${v.task.code}: ${v.task.title}`}
        actions={
          <Link to="../../.." relative="path">
            Về hội đồng của tôi
          </Link>
        }
      />
      <LiveMessage message={saved} />
      <Card title="Hồ sơ">
        <dl className="skh-facts">
          <dt>Tổ chức đăng ký chủ trì</dt>
          <dd>{v.application.organisationName}</dd>
          <dt>Chủ nhiệm</dt>
          <dd>{v.application.principalInvestigator}</dd>
          <dt>Vai trò của bạn</dt>
          <dd>
            {v.role === 'chair'
              ? 'Chủ tịch hội đồng'
              : v.role === 'secretary'
                ? 'Ủy viên thư ký khoa học'
                : v.role === 'reviewer'
                  ? 'Ủy viên phản biện'
                  : v.role === 'vice_chair'
                    ? 'Phó Chủ tịch hội đồng'
                    : 'Ủy viên'}
          </dd>
        </dl>
      </Card>

      {!v.declaration && v.council.status === 'scoring' ? (
        <Declaration view={v} onDone={(m) => void done(m)} />
      ) : null}
      {v.declaration?.conflicted ? (
        <Alert tone="info" title="Bạn đã khai báo có xung đột lợi ích với hồ sơ này">
          Bạn không xem nội dung và không chấm hồ sơ này; ý kiến của bạn không được tính vào kết quả.
        </Alert>
      ) : null}

      {v.content ? (
        <Card title="Nội dung hồ sơ">
          <h3>Thuyết minh nhiệm vụ</h3>
          <p className="khcn-pre">{v.content.researchPlan}</p>
          <h3>Thành viên thực hiện</h3>
          <ul>
            {v.content.team.map((m, i) => (
              <li key={i}>
                {m.fullName} — {m.role}
                {m.organisation ? `, ${m.organisation}` : ''}
              </li>
            ))}
          </ul>
          {v.content.partners.length > 0 ? <p>Đơn vị phối hợp: {v.content.partners.join('; ')}</p> : null}
          <h3>Dự toán kinh phí ({formatVnd(v.content.totalBudget)})</h3>
          <ul>
            {v.content.budgetItems.map((b, i) => (
              <li key={i}>
                {b.item}: {formatVnd(b.amount)}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {v.content && (v.council.status === 'scoring' || v.mySheet) ? (
        <Sheet key={v.mySheet?.version ?? 0} view={v} onDone={(m) => void done(m)} />
      ) : null}

      {v.others ? (
        <Card title="Phiếu của các thành viên khác">
          {v.others.length === 0 ? (
            <p>Chưa có thành viên nào khác nộp phiếu.</p>
          ) : (
            <ul>
              {v.others.map((o, i) => (
                <li key={i}>
                  {o.memberName} ({o.roleLabel}): {formatScore(o.total)} điểm
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : v.declaration && !v.declaration.conflicted ? (
        <p className="khcn-muted">Điểm của các thành viên khác được hiển thị sau khi bạn nộp phiếu.</p>
      ) : null}

      {v.result ? (
        <Card title="Kết quả của hội đồng">
          <p>
            Điểm trung bình <strong>{formatScore(v.result.average)}</strong> ·{' '}
            {v.result.passed ? `Đạt, xếp thứ ${v.result.rank}` : 'Không đạt'}
          </p>
        </Card>
      ) : null}
    </>
  );
}
