import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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
  formatDate,
} from '@skhcn/ui';
import { formatScore } from '../format/science-format';

const sheetLabel = { none: 'Chưa chấm', draft: 'Đang chấm (bản nháp)', submitted: 'Đã nộp phiếu' } as const;

/**
 * /khcn/hoi-dong/:id — a council: members, the scoring sheet, the progress (office and secretary: who declared and
 * who submitted, never scores), and once scoring closed the ranking, every sheet and the minutes.
 */
export function CouncilPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const council = useQuery(trpc.science.council.queryOptions({ councilId: id }));
  const close = useMutation(trpc.science.closeScoring.mutationOptions());
  const [saved, setSaved] = useState('');

  useEffect(() => {
    if (council.data) document.title = `${council.data.council.name} – Khoa học và công nghệ`;
  }, [council.data]);

  if (council.isPending) return <LoadingState label="Đang tải hội đồng…" />;
  if (council.isError)
    return (
      <>
        <PageHeader title="Hội đồng" />
        <ErrorState
          title="Không tải được hội đồng"
          message={getErrorMessage(council.error)}
          onRetry={() => void council.refetch()}
          retrying={council.isFetching}
        />
      </>
    );
  const c = council.data;
  const memberName = (userId: string) => c.members.find((m) => m.userId === userId)?.fullName ?? '';
  const appName = (appId: string) => c.applications.find((a) => a.id === appId)?.organisationName ?? '';
  const onClose = () =>
    close.mutate(
      { councilId: c.council.id, expectedVersion: c.council.version },
      {
        onSuccess: () => {
          setSaved('Đã kết thúc đánh giá; kết quả hội đồng đã được tổng hợp.');
          void queryClient.invalidateQueries({ queryKey: trpc.science.council.queryKey({ councilId: id }) });
          void queryClient.invalidateQueries({
            queryKey: trpc.science.task.queryKey({ taskId: c.task.id }),
          });
        },
      },
    );

  return (
    <>
      <PageHeader
        title={c.council.name}
        description={`${c.council.kindLabel} · nhiệm vụ ${c.task.code}: ${c.task.title}`}
        actions={
          c.viewer === 'office' ? (
            <Link to={`../nhiem-vu/${c.task.id}`} relative="path">
              Về nhiệm vụ {c.task.code}
            </Link>
          ) : (
            <Link to="../hoi-dong-cua-toi" relative="path">
              Về hội đồng của tôi
            </Link>
          )
        }
      />
      <LiveMessage message={saved} />

      <Card title="Thành phần hội đồng">
        <p>
          Trạng thái:{' '}
          <Badge tone={c.council.status === 'closed' ? 'success' : 'info'}>{c.council.statusLabel}</Badge>
          {c.council.meetingOn ? ` · họp ngày ${formatDate(c.council.meetingOn)}` : ''}
        </p>
        <p className="khcn-muted">
          Mô hình: {c.composition.label} (nguồn: {c.composition.source}
          {c.composition.confidence ? `, độ tin cậy ${c.composition.confidence}` : ''})
        </p>
        <ul>
          {c.members.map((m) => (
            <li key={m.userId}>
              {m.academicTitle ? `${m.academicTitle} ` : ''}
              {m.fullName} — {m.roleLabel}, {m.organisation}
            </li>
          ))}
        </ul>
      </Card>

      {c.sheet ? (
        <Card title="Phiếu đánh giá">
          <p>
            {c.sheet.label}. Đạt khi điểm trung bình từ {formatScore(c.sheet.passAverage)} và không tiêu chí
            nào bị quá {formatScore(c.sheet.maxZeroShare * 100)}% số thành viên có phiếu hợp lệ cho 0 điểm.
          </p>
          <ul>
            {c.sheet.criteria.map((cr) => (
              <li key={cr.id}>
                {cr.label}: tối đa {formatScore(cr.max)} điểm
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {c.progress ? (
        <Card title="Tiến độ đánh giá">
          <p className="khcn-muted">Điểm của từng thành viên chỉ hiển thị khi hội đồng kết thúc đánh giá.</p>
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">
                Khai báo và phiếu của từng thành viên theo hồ sơ
              </caption>
              <thead>
                <tr>
                  <th scope="col">Thành viên</th>
                  {c.applications.map((a) => (
                    <th scope="col" key={a.id}>
                      {a.organisationName}
                    </th>
                  ))}
                  <th scope="col">Hoàn thành</th>
                </tr>
              </thead>
              <tbody>
                {c.progress.map((p) => (
                  <tr key={p.memberUserId}>
                    <th scope="row">{memberName(p.memberUserId)}</th>
                    {p.byApplication.map((a) => (
                      <td key={a.applicationId}>
                        {!a.declared
                          ? 'Chưa khai báo xung đột lợi ích'
                          : a.conflicted
                            ? 'Có xung đột lợi ích (không chấm)'
                            : sheetLabel[a.sheet]}
                      </td>
                    ))}
                    <td>{p.present ? <Badge tone="success">Đã xong</Badge> : <Badge>Chưa xong</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {c.quorum ? (
            <p>
              Thành viên đã hoàn thành: {c.quorum.present}/{c.quorum.members} (cần ít nhất {c.quorum.needed}).{' '}
              {c.quorum.met ? 'Đủ điều kiện kết luận.' : c.quorum.problems.join(' ')}
            </p>
          ) : null}
          {c.viewer === 'office' && c.council.status === 'scoring' ? (
            <>
              {close.isError ? (
                <Alert tone="error" title="Chưa kết thúc được đánh giá">
                  {getErrorMessage(close.error)}
                </Alert>
              ) : null}
              <Button onClick={onClose} loading={close.isPending}>
                Kết thúc đánh giá và tổng hợp kết quả
              </Button>
            </>
          ) : null}
        </Card>
      ) : null}

      {c.outcome ? (
        <Card title="Kết quả của hội đồng">
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption>
                Điểm trung bình và xếp hạng (phiếu của thành viên có xung đột lợi ích không được tính)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Xếp hạng</th>
                  <th scope="col">Hồ sơ</th>
                  <th scope="col">Điểm trung bình</th>
                  <th scope="col">Số phiếu hợp lệ</th>
                  <th scope="col">Kết quả</th>
                </tr>
              </thead>
              <tbody>
                {c.outcome.map((o) => (
                  <tr key={o.applicationId}>
                    <td>{o.rank ?? '—'}</td>
                    <th scope="row">{o.organisationName}</th>
                    <td>{formatScore(o.average)}</td>
                    <td>{o.counted}</td>
                    <td>
                      {o.passed ? <Badge tone="success">Đạt</Badge> : <Badge tone="danger">Không đạt</Badge>}
                      {o.zeroCriteria.length > 0 ? (
                        <div className="khcn-muted">
                          Tiêu chí bị cho 0 điểm quá tỷ lệ: {o.zeroCriteria.join(', ')}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {c.minutesUrl ? (
            <p>
              <a href={c.minutesUrl} target="_blank" rel="noreferrer">
                Biên bản họp hội đồng (PDF)
              </a>
            </p>
          ) : null}
          {c.conflicts && c.conflicts.length > 0 ? (
            <p>
              Xung đột lợi ích:{' '}
              {c.conflicts
                .map((x) => `${memberName(x.memberUserId)} với hồ sơ của ${appName(x.applicationId)}`)
                .join('; ')}
              .
            </p>
          ) : null}
          {c.sheets && c.sheets.length > 0 ? (
            <details>
              <summary>Phiếu đánh giá của từng thành viên</summary>
              <ul>
                {c.sheets.map((s) => (
                  <li key={`${s.memberUserId}-${s.applicationId}`}>
                    {s.memberName} — {appName(s.applicationId)}: {formatScore(s.total)} điểm
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
