import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import type { CalendarYearView } from '@skhcn/api';
import {
  CALENDAR_ANNOUNCEMENT_KIND_LABELS,
  calendarAnnouncementSchema,
  formatVietnameseDate,
  MAX_CALENDAR_YEAR,
  type CalendarAnnouncementKind,
} from '@skhcn/domain';
import {
  Alert,
  Button,
  Card,
  DateField,
  EmptyState,
  ErrorState,
  ErrorSummary,
  formatDateTime,
  LoadingState,
  PageHeader,
  SelectField,
  TextField,
  type ErrorSummaryItem,
} from '@skhcn/ui';
import { useSession } from '../auth/session.hooks';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
const KIND_OF_DAY: Record<string, string> = {
  holiday: 'Ngày lễ, tết',
  compensatory: 'Nghỉ bù',
  swapped: 'Nghỉ hoán đổi',
};

type Day = CalendarYearView['daysOff'][number];

function DaysTable({ caption, days, empty }: { caption: string; days: readonly Day[]; empty: string }) {
  if (days.length === 0) return <p>{empty}</p>;
  return (
    <table className="skh-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ngày</th>
          <th scope="col">Tên</th>
          <th scope="col">Loại</th>
          <th scope="col">Nguồn riêng</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.date}>
            <td>
              {weekday(d.date)}, {formatVietnameseDate(d.date)}
            </td>
            <td>{d.name}</td>
            <td>{d.kind ? (KIND_OF_DAY[d.kind] ?? d.kind) : 'Ngày làm bù'}</td>
            <td>{d.source?.document ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const EMPTY_FORM = {
  date: '',
  kind: 'day_off' as CalendarAnnouncementKind,
  name: '',
  sourceDocument: '',
  sourceDate: '',
};

/** The administrator's form: records the Government's announcement of a day off or a make-up working day. */
function AnnounceForm({ year, onRecorded }: { year: number; onRecorded: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY_FORM);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const announce = useMutation(
    trpc.calendar.announce.mutationOptions({
      onSuccess: async (_r, input) => {
        setForm(EMPTY_FORM);
        setProblems([]);
        onRecorded(`Đã ghi nhận ${formatVietnameseDate(input.date)}: ${input.name}.`);
        await queryClient.invalidateQueries({ queryKey: trpc.calendar.year.queryKey() });
      },
    }),
  );
  const fieldId = (key: string) => `announce-${key}`;
  const messageFor = (key: string) => problems.find((p) => p.fieldId === fieldId(key))?.message;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = calendarAnnouncementSchema.safeParse({
      ...form,
      sourceDate: form.sourceDate || undefined,
    });
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map((i) => ({
          fieldId: fieldId(String(i.path[0] ?? 'date')),
          message: i.message,
        })),
      );
      return;
    }
    setProblems([]);
    announce.mutate(parsed.data);
  };

  return (
    <Card title="Ghi nhận thông báo nghỉ, làm bù">
      <p>
        Chính phủ thông báo hằng năm ngày nghỉ lễ, nghỉ bù, hoán đổi và ngày làm bù. Mỗi thông báo ghi nhận ở
        đây được lưu lại (ai ghi, khi nào) và áp dụng ngay cho mọi thời hạn giải quyết hồ sơ.
      </p>
      <form onSubmit={submit} noValidate className="skh-form">
        {problems.length > 0 ? <ErrorSummary items={problems} /> : null}
        {announce.isError ? (
          <Alert tone="error" title="Chưa ghi nhận được">
            {getErrorMessage(announce.error)}
          </Alert>
        ) : null}
        <DateField
          id={fieldId('date')}
          label="Ngày"
          value={form.date}
          min={`${year - 1}-01-01`}
          max={`${MAX_CALENDAR_YEAR}-12-31`}
          onChange={(date) => setForm({ ...form, date })}
          error={messageFor('date')}
          required
        />
        <SelectField
          id={fieldId('kind')}
          label="Loại"
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as CalendarAnnouncementKind })}
          options={Object.entries(CALENDAR_ANNOUNCEMENT_KIND_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
          error={messageFor('kind')}
        />
        <TextField
          id={fieldId('name')}
          label="Tên ngày"
          hint="Ví dụ: Ngày Văn hóa Việt Nam (24/11); Làm bù cho thứ Sáu 02/01/2027."
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={messageFor('name')}
          required
        />
        <TextField
          id={fieldId('sourceDocument')}
          label="Văn bản thông báo"
          hint="Số hiệu văn bản, ví dụ Thông báo 6150/TB-LĐTBXH."
          value={form.sourceDocument}
          onChange={(e) => setForm({ ...form, sourceDocument: e.target.value })}
          error={messageFor('sourceDocument')}
          required
        />
        <DateField
          id={fieldId('sourceDate')}
          label="Ngày ban hành văn bản (không bắt buộc)"
          value={form.sourceDate}
          onChange={(sourceDate) => setForm({ ...form, sourceDate })}
          error={messageFor('sourceDate')}
        />
        <Button type="submit" disabled={announce.isPending}>
          {announce.isPending ? 'Đang ghi nhận…' : 'Ghi nhận'}
        </Button>
      </form>
    </Card>
  );
}

/** /lich-lam-viec — the working-day calendar every deadline counts with, and the announcements behind it. */
export function CalendarPage({ today }: { today?: string }) {
  const trpc = useTRPC();
  const { data: user } = useSession();
  const thisYear = Number((today ?? new Date().toISOString()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [recorded, setRecorded] = useState<string | null>(null);
  const cal = useQuery(trpc.calendar.year.queryOptions({ year }));
  const isAdmin = user?.memberships.some((m) => m.role === 'admin') ?? false;

  useEffect(() => {
    document.title = 'Lịch làm việc – Sở Khoa học và Công nghệ';
  }, []);

  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].filter((y) => y <= MAX_CALENDAR_YEAR);
  return (
    <>
      <PageHeader
        title="Lịch làm việc"
        description="Ngày nghỉ lễ, nghỉ bù và ngày làm bù mà mọi thời hạn giải quyết hồ sơ đều tính theo."
      />
      <SelectField
        label="Năm"
        value={String(year)}
        onChange={(e) => setYear(Number(e.target.value))}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      {recorded ? <Alert tone="success">{recorded}</Alert> : null}
      {cal.isPending ? (
        <LoadingState />
      ) : cal.isError ? (
        <ErrorState
          title="Không tải được lịch"
          message={getErrorMessage(cal.error)}
          onRetry={() => void cal.refetch()}
          retrying={cal.isFetching}
        />
      ) : (
        <>
          {cal.data.computed ? (
            <Alert tone="warning" title={`Lịch năm ${year} được tính theo quy tắc`}>
              Chưa có thông báo chính thức cho năm này: các ngày nghỉ được tính theo Bộ luật Lao động (Điều
              111, 112). Khi Chính phủ thông báo, quản trị viên ghi nhận để thời hạn tính đúng.
            </Alert>
          ) : null}
          <Card title={`Ngày nghỉ năm ${year} (${cal.data.daysOff.length} ngày)`}>
            <p>Nguồn: {cal.data.source.document}</p>
            <DaysTable
              caption={`Ngày nghỉ năm ${year}`}
              days={cal.data.daysOff}
              empty="Không có ngày nghỉ."
            />
          </Card>
          <Card title={`Ngày làm bù năm ${year}`}>
            <DaysTable
              caption={`Ngày làm bù năm ${year}`}
              days={cal.data.makeUpWorkingDays}
              empty="Năm này không có ngày làm bù."
            />
          </Card>
          <Card title="Thông báo đã ghi nhận">
            {cal.data.announcements.length === 0 ? (
              <EmptyState title="Chưa có thông báo nào cho năm này" />
            ) : (
              <table className="skh-table">
                <caption>Thông báo năm {year}, mới nhất trước</caption>
                <thead>
                  <tr>
                    <th scope="col">Ngày</th>
                    <th scope="col">Loại</th>
                    <th scope="col">Tên</th>
                    <th scope="col">Văn bản</th>
                    <th scope="col">Người ghi</th>
                  </tr>
                </thead>
                <tbody>
                  {cal.data.announcements.map((a) => (
                    <tr key={a.id}>
                      <td>{formatVietnameseDate(a.date)}</td>
                      <td>{CALENDAR_ANNOUNCEMENT_KIND_LABELS[a.kind]}</td>
                      <td>{a.name}</td>
                      <td>
                        {a.sourceDocument}
                        {a.sourceDate ? ` ngày ${formatVietnameseDate(a.sourceDate)}` : ''}
                      </td>
                      <td>
                        {a.recordedBy.fullName}, {formatDateTime(a.recordedAt)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        </>
      )}
      {isAdmin ? <AnnounceForm year={year} onRecorded={setRecorded} /> : null}
    </>
  );
}
