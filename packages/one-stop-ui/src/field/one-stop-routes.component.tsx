import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useParams } from 'react-router';
import { EmptyState, LoadingState, PageHeader } from '@skhcn/ui';
import { isApplicant, useSession } from '../session';
import { FieldProvider, fieldPath, useField, type OneStopField } from './field';
import { FieldNav } from './field-nav.component';
import { NotForAccount } from './not-for-account.component';

// Each screen is its own chunk: the shell loads only the page the user opens.
const ProceduresPage = lazy(() =>
  import('../procedures/procedures.page').then((m) => ({ default: m.ProceduresPage })),
);
const ProcedureDetailPage = lazy(() =>
  import('../procedures/procedure-detail.page').then((m) => ({ default: m.ProcedureDetailPage })),
);
const InboxPage = lazy(() => import('../inbox/inbox.page').then((m) => ({ default: m.InboxPage })));
const DossierPage = lazy(() => import('../dossier/dossier.page').then((m) => ({ default: m.DossierPage })));

/** Staff pages: an applicant who opens one by URL is told it is not for this account. */
function StaffOnly({ children }: { children: ReactNode }) {
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (isApplicant(user))
    return (
      <NotForAccount
        forWhom="cán bộ tiếp nhận, xử lý hồ sơ của Sở"
        goTo={{ to: '/ho-so-cua-toi', label: 'Xem hồ sơ của tôi' }}
      />
    );
  return <>{children}</>;
}

/** The online form is the applicant's; an officer receives paper dossiers at the counter instead. */
function ApplicantOnly({ children }: { children: ReactNode }) {
  const field = useField();
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (!isApplicant(user))
    return (
      <NotForAccount
        forWhom="tổ chức, cá nhân nộp hồ sơ trực tuyến"
        goTo={{ to: fieldPath(field, 'tiep-nhan'), label: 'Tiếp nhận hồ sơ tại quầy' }}
      />
    );
  return <>{children}</>;
}

/** An applicant following an old link to a staff dossier page lands on their own view of it. */
function DossierRoute() {
  const { id = '' } = useParams();
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (isApplicant(user)) return <Navigate to={`/ho-so-cua-toi/${encodeURIComponent(id)}`} replace />;
  return <DossierPage />;
}

function FieldNotFound() {
  const field = useField();
  useEffect(() => {
    document.title = `Không tìm thấy trang – ${field.title}`;
  }, [field.title]);
  return (
    <>
      <PageHeader title="Không tìm thấy trang" />
      <EmptyState
        title="Địa chỉ này không có trong phân hệ."
        description="Có thể đường dẫn đã cũ hoặc gõ nhầm."
        action={<Link to={field.basePath}>Về trang thủ tục của phân hệ</Link>}
      />
    </>
  );
}

export interface OneStopRoutesProps {
  field: OneStopField;
  /** The field's own pages (reports, registers…) as <Route> elements, relative to the field's base path */
  children?: ReactNode;
}

/**
 * The one-stop screens of a field, mounted by the shell at `field.basePath/*`: the field's menu, its procedures,
 * inbox, dossier page, counter intake and online form; the field adds its own pages as children.
 */
export function OneStopRoutes({ field, children }: OneStopRoutesProps) {
  const { IntakeForm } = field;
  return (
    <FieldProvider value={field}>
      <FieldNav />
      <Suspense fallback={<LoadingState label="Đang tải trang…" />}>
        <Routes>
          <Route index element={<ProceduresPage />} />
          <Route path="thu-tuc/:code" element={<ProcedureDetailPage />} />
          <Route
            path="ho-so"
            element={
              <StaffOnly>
                <InboxPage />
              </StaffOnly>
            }
          />
          <Route path="ho-so/:id" element={<DossierRoute />} />
          <Route
            path="tiep-nhan"
            element={
              <StaffOnly>
                <IntakeForm mode="counter" />
              </StaffOnly>
            }
          />
          <Route
            path="nop-ho-so"
            element={
              <ApplicantOnly>
                <IntakeForm mode="online" />
              </ApplicantOnly>
            }
          />
          <Route path="ho-so-cua-toi" element={<Navigate to="/ho-so-cua-toi" replace />} />
          {children}
          <Route path="*" element={<FieldNotFound />} />
        </Routes>
      </Suspense>
    </FieldProvider>
  );
}
