import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Badge,
  Button,
  Card,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  formatDate,
  formatDateTime,
  formatNumber,
  formatVnd,
} from '@skhcn/ui';
import type { TaskDetail } from '../api-types';
import { StageBadge } from '../components/stage-badge.component';
import { TaskActionDialog, type DialogAction } from '../components/task-action-dialog.component';
import { useSession } from '../components/use-session.hook';
import { actionButtonLabels, DANGER_ACTIONS } from '../format/science-format';

function Applications({ detail }: { detail: TaskDetail }) {
  if (detail.applications.length === 0) return <p>Chưa có hồ sơ đăng ký.</p>;
  return (
    <div className="khcn-rows">
      <div className="skh-table-wrap">
        <table className="skh-table">
          <caption className="skh-visually-hidden">Hồ sơ đăng ký tuyển chọn, giao trực tiếp</caption>
          <thead>
            <tr>
              <th scope="col">Tổ chức đăng ký chủ trì</th>
              <th scope="col">Chủ nhiệm</th>
              <th scope="col">Kinh phí đề nghị</th>
              <th scope="col">Nộp</th>
            </tr>
          </thead>
          <tbody>
            {detail.applications.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.organisationName}
                  {detail.task.host?.applicationId === a.id ? (
                    <div>
                      <Badge tone="success">Được chọn chủ trì</Badge>
                    </div>
                  ) : null}
                </th>
                <td>{a.principalInvestigator}</td>
                <td>{formatVnd(a.totalBudget)}</td>
                <td>
                  {formatDate(a.submittedAt)}
                  <div className="khcn-muted">{a.channel === 'online' ? 'Trực tuyến' : 'Hồ sơ giấy'}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {detail.applications.map((a) => (
        <details key={a.id}>
          <summary>Thuyết minh, nhân lực và dự toán: {a.organisationName}</summary>
          <p className="khcn-pre">{a.researchPlan}</p>
          <h4>Thành viên thực hiện</h4>
          <ul>
            {a.team.map((m, i) => (
              <li key={i}>
                {m.fullName} — {m.role}
                {m.organisation ? `, ${m.organisation}` : ''}
              </li>
            ))}
          </ul>
          {a.partners.length > 0 ? <p>Đơn vị phối hợp: {a.partners.join('; ')}</p> : null}
          <h4>Dự toán theo khoản chi</h4>
          <ul>
            {a.budgetItems.map((b, i) => (
              <li key={i}>
                {b.item}: {formatVnd(b.amount)}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

/** /khcn/nhiem-vu/:id — one task: plan, team, budget, contract, milestones, reports, documents, timeline, steps. */
export function TaskPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: user } = useSession();
  const detail = useQuery(trpc.science.task.queryOptions({ taskId: id }));
  const [action, setAction] = useState<DialogAction | null>(null);
  const [saved, setSaved] = useState('');
  const code = detail.data?.task.code;

  useEffect(() => {
    if (code) document.title = `Nhiệm vụ ${code} – Khoa học và công nghệ`;
  }, [code]);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.science.task.queryKey({ taskId: id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.science.board.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.science.tasks.queryKey() }),
    ]);

  const back = user?.kind === 'applicant' ? '../../cua-toi' : '../..';
  if (detail.isPending) return <LoadingState label="Đang tải nhiệm vụ…" />;
  if (detail.isError) {
    return (
      <>
        <PageHeader title="Nhiệm vụ" />
        <ErrorState
          title="Không tải được nhiệm vụ"
          message={getErrorMessage(detail.error)}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
        <Link to={back} relative="path">
          Quay lại
        </Link>
      </>
    );
  }

  const d = detail.data;
  const t = d.task;
  const reg = d.registration;
  return (
    <>
      <PageHeader
        title={`Nhiệm vụ ${t.code}`}
        description={t.title}
        actions={
          <Link to={back} relative="path">
            {user?.kind === 'applicant' ? 'Về hồ sơ và nhiệm vụ của tôi' : 'Về bảng theo dõi'}
          </Link>
        }
      />
      <LiveMessage message={saved} />

      <Card title="Tình trạng nhiệm vụ">
        <dl className="skh-facts">
          <dt>Giai đoạn</dt>
          <dd>
            <StageBadge stage={t.stage} />
          </dd>
          <dt>Lĩnh vực</dt>
          <dd>{t.fieldLabel}</dd>
          <dt>Đơn vị đề xuất</dt>
          <dd>
            {t.proposerName} ({t.proposal.proposerKindLabel})
          </dd>
          <dt>Tổ chức chủ trì</dt>
          <dd>
            {t.host
              ? `${t.host.name}${t.host.principalInvestigator ? ` — chủ nhiệm ${t.host.principalInvestigator}` : ''}`
              : 'Chưa chọn'}
          </dd>
          <dt>Kinh phí</dt>
          <dd>
            {t.approvedBudget !== null
              ? `${formatVnd(t.approvedBudget)} (được phê duyệt; dự kiến ${formatVnd(t.indicativeBudget)})`
              : `${formatVnd(t.indicativeBudget)} (dự kiến)`}
          </dd>
          <dt>Thời gian thực hiện</dt>
          <dd>
            {formatNumber(t.proposal.durationMonths)} tháng
            {t.contract ? ` · từ ${formatDate(t.contract.startsOn)} đến ${formatDate(t.endsOn)}` : ''}
          </dd>
          {t.acceptance ? (
            <>
              <dt>Kết quả nghiệm thu</dt>
              <dd>
                <Badge tone={t.acceptance.overall === 'fail' ? 'danger' : 'success'}>
                  {t.acceptance.overallLabel}
                </Badge>{' '}
                ngày {formatDate(t.acceptance.acceptedOn)}
              </dd>
            </>
          ) : null}
        </dl>
      </Card>

      <Card title="Thao tác">
        {d.allowedActions.length === 0 && !d.canFormCouncil ? (
          <p>Bạn không có thao tác nào với nhiệm vụ ở giai đoạn này.</p>
        ) : (
          <div className="skh-actions">
            {d.canFormCouncil ? (
              <Button onClick={() => setAction('form_council')}>Thành lập hội đồng</Button>
            ) : null}
            {d.allowedActions.map((a) => (
              <Button
                key={a}
                variant={DANGER_ACTIONS.includes(a) ? 'danger' : 'primary'}
                onClick={() => setAction(a)}
              >
                {actionButtonLabels[a]}
              </Button>
            ))}
          </div>
        )}
      </Card>

      <Card title="Đề xuất đặt hàng">
        <dl className="skh-facts">
          <dt>Mức độ cấp thiết</dt>
          <dd>
            {t.proposal.urgencyLabel}: {t.proposal.urgencyReason}
          </dd>
          <dt>Mục tiêu</dt>
          <dd className="khcn-pre">{t.proposal.objectives}</dd>
          <dt>Sản phẩm dự kiến</dt>
          <dd>
            <ul>
              {t.proposal.expectedProducts.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </dd>
          {t.identification ? (
            <>
              <dt>Hội đồng xác định nhiệm vụ</dt>
              <dd>
                Họp ngày {formatDate(t.identification.meetingOn)}: {t.identification.conclusion}
              </dd>
            </>
          ) : null}
        </dl>
      </Card>

      {t.call || d.applications.length > 0 ? (
        <Card title="Tuyển chọn, giao trực tiếp">
          {t.call ? (
            <p>
              {t.call.modeLabel}: nhận hồ sơ từ {formatDate(t.call.opensOn)} đến hết{' '}
              {formatDate(t.call.closesOn)}.
            </p>
          ) : null}
          <Applications detail={d} />
          {d.councils.length > 0 ? (
            <>
              <h3>Hội đồng</h3>
              <ul>
                {d.councils.map((c) => (
                  <li key={c.id}>
                    <Link to={`../../hoi-dong/${c.id}`} relative="path">
                      {c.name}
                    </Link>{' '}
                    <Badge tone={c.status === 'closed' ? 'success' : 'info'}>{c.statusLabel}</Badge>
                    {c.minutesUrl ? (
                      <>
                        {' · '}
                        <a href={c.minutesUrl} target="_blank" rel="noreferrer">
                          Biên bản họp hội đồng (PDF)
                        </a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}

      {t.appraisal || t.approval || t.contract ? (
        <Card title="Thẩm định, phê duyệt và hợp đồng">
          <dl className="skh-facts">
            {t.appraisal ? (
              <>
                <dt>Thẩm định</dt>
                <dd>
                  Ngày {formatDate(t.appraisal.appraisedOn)}: {t.appraisal.notes} (kinh phí{' '}
                  {formatVnd(t.appraisal.approvedBudget)})
                </dd>
              </>
            ) : null}
            {t.approval ? (
              <>
                <dt>Quyết định phê duyệt</dt>
                <dd>
                  Số {t.approval.decisionNumber} ngày {formatDate(t.approval.approvedOn)}
                </dd>
              </>
            ) : null}
            {t.contract ? (
              <>
                <dt>Hợp đồng</dt>
                <dd>
                  Số {t.contract.number} ký ngày {formatDate(t.contract.signedOn)}
                </dd>
              </>
            ) : null}
          </dl>
          {d.milestones.length > 0 ? (
            <div className="skh-table-wrap">
              <table className="skh-table">
                <caption>Các mốc của hợp đồng</caption>
                <thead>
                  <tr>
                    <th scope="col">Mốc</th>
                    <th scope="col">Loại</th>
                    <th scope="col">Hạn</th>
                    <th scope="col">Số tiền</th>
                    <th scope="col">Tình trạng</th>
                  </tr>
                </thead>
                <tbody>
                  {d.milestones.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">{m.title}</th>
                      <td>{m.kindLabel}</td>
                      <td>{formatDate(m.dueOn)}</td>
                      <td>{m.amount !== null ? formatVnd(m.amount) : '—'}</td>
                      <td>
                        {m.overdue ? (
                          <Badge tone="danger">Quá hạn báo cáo</Badge>
                        ) : m.reported ? (
                          <Badge tone="success">Đã báo cáo</Badge>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Card>
      ) : null}

      {d.progressReports.length > 0 || d.inspections.length > 0 || d.adjustments.length > 0 ? (
        <Card title="Báo cáo, kiểm tra và điều chỉnh">
          {d.progressReports.length > 0 ? (
            <>
              <h3>Báo cáo định kỳ</h3>
              <ul>
                {d.progressReports.map((r) => (
                  <li key={r.id}>
                    <strong>{r.period}</strong> ({formatDate(r.submittedAt)}, tiến độ {r.progressPercent}%):{' '}
                    {r.summary}
                    {r.issues ? <div className="khcn-muted">Kiến nghị: {r.issues}</div> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {d.inspections.length > 0 ? (
            <>
              <h3>Kiểm tra</h3>
              <ul>
                {d.inspections.map((i) => (
                  <li key={i.id}>
                    {formatDate(i.inspectedOn)}: {i.findings} — {i.conclusion}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {d.adjustments.length > 0 ? (
            <>
              <h3>Điều chỉnh</h3>
              <ul>
                {d.adjustments.map((a) => (
                  <li key={a.id}>
                    {a.kindLabel}: {a.details} — lý do: {a.reason}{' '}
                    <Badge
                      tone={
                        a.status === 'approved' ? 'success' : a.status === 'rejected' ? 'danger' : 'warning'
                      }
                    >
                      {a.statusLabel}
                    </Badge>
                    {a.decisionReason ? (
                      <div className="khcn-muted">Quyết định: {a.decisionReason}</div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}

      {t.acceptance ? (
        <Card title="Đánh giá, nghiệm thu">
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption>Xếp loại sản phẩm (ngày {formatDate(t.acceptance.acceptedOn)})</caption>
              <thead>
                <tr>
                  <th scope="col">Sản phẩm</th>
                  <th scope="col">Xếp loại</th>
                </tr>
              </thead>
              <tbody>
                {t.acceptance.products.map((p) => (
                  <tr key={p.name}>
                    <th scope="row">{p.name}</th>
                    <td>{p.gradeLabel}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Báo cáo tổng hợp</th>
                  <td>{t.acceptance.reportLabel}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>
            Xếp loại chung: <strong>{t.acceptance.overallLabel}</strong>. {t.acceptance.conclusion}
          </p>
        </Card>
      ) : null}

      {reg.latestFilingDate || reg.dossier || reg.certificate ? (
        <Card title="Đăng ký kết quả (thủ tục 1.004473)">
          <dl className="skh-facts">
            {reg.latestFilingDate ? (
              <>
                <dt>Hạn nộp hồ sơ đăng ký</dt>
                <dd>{formatDate(reg.latestFilingDate)} (30 ngày kể từ ngày nghiệm thu)</dd>
              </>
            ) : null}
            <dt>Hồ sơ một cửa</dt>
            <dd>
              {reg.dossier ? (
                <>
                  <Link to={`../../ho-so/${reg.dossier.id}`} relative="path">
                    {reg.dossier.code}
                  </Link>{' '}
                  — {reg.dossier.statusLabel}
                  {reg.dossier.deadline ? `, hẹn trả ${formatDate(reg.dossier.deadline)}` : ''}
                </>
              ) : (
                'Chưa nộp'
              )}
            </dd>
            {reg.certificate ? (
              <>
                <dt>Giấy chứng nhận</dt>
                <dd>
                  Số <strong>{reg.certificate.number}</strong> ngày {formatDate(reg.certificate.issuedOn)} ·{' '}
                  <a
                    href={`/api/public/science-certificates/${encodeURIComponent(reg.certificate.number)}.pdf`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    Giấy chứng nhận (PDF)
                  </a>{' '}
                  · <a href={reg.certificate.verificationPath}>Trang xác minh công khai</a>
                </dd>
              </>
            ) : null}
          </dl>
          {d.followUps.length > 0 ? (
            <>
              <h3>Lưu trữ, giao quyền và ứng dụng kết quả</h3>
              <ul>
                {d.followUps.map((x) => (
                  <li key={x.id}>
                    {formatDate(x.happenedOn)} — {x.kindLabel}: {x.description}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}

      <Card title="Lịch sử xử lý">
        <ol className="skh-timeline">
          {d.events.map((e) => (
            <li key={e.seq}>
              <strong>{e.label}</strong>
              <div className="khcn-muted">
                {formatDateTime(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''} · {e.toStageLabel}
              </div>
              {e.reason ? <div>{e.reason}</div> : null}
            </li>
          ))}
        </ol>
      </Card>

      {action ? (
        <TaskActionDialog
          action={action}
          detail={d}
          onClose={() => setAction(null)}
          onReload={() => {
            setAction(null);
            void refresh();
          }}
          onDone={(message) => {
            setAction(null);
            setSaved(message);
            void refresh();
          }}
        />
      ) : null}
    </>
  );
}
