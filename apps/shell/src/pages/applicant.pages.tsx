import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { ApplicantDossierPage, MyDossiersPage, NotForAccount } from '@skhcn/one-stop-ui';
import { Card, ErrorState, LoadingState, PageHeader } from '@skhcn/ui';
import { useSession } from '../auth/session.hooks';
import { FIELD_APPS, fieldApp } from '../field-apps';

/** The applicant's pages: staff who open one by URL are pointed to their inbox. */
function ApplicantOnly({ children }: { children: ReactNode }) {
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (user?.kind !== 'applicant')
    return (
      <NotForAccount
        forWhom="tổ chức, cá nhân nộp hồ sơ"
        goTo={{ to: '/', label: 'Về việc cần xử lý của bạn' }}
      />
    );
  return <>{children}</>;
}

export function MyDossiersRoute() {
  return (
    <ApplicantOnly>
      <MyDossiersPage
        dossierHref={(id) => `/ho-so-cua-toi/${encodeURIComponent(id)}`}
        newDossierHref="/nop-ho-so"
      />
    </ApplicantOnly>
  );
}

export function ApplicantDossierRoute() {
  return (
    <ApplicantOnly>
      <ApplicantDossierPage />
    </ApplicantOnly>
  );
}

/** /nop-ho-so — the applicant chooses a procedure (of the fields that take online dossiers) and files it there. */
export function NewDossierPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.procedures.list.queryOptions({}));
  useEffect(() => {
    document.title = 'Nộp hồ sơ trực tuyến – Sở Khoa học và Công nghệ';
  }, []);
  const byApp = new Map<string, { code: string; name: string }[]>();
  for (const p of list.data ?? []) {
    const app = fieldApp(p.app);
    if (!app) continue;
    byApp.set(app.path, [...(byApp.get(app.path) ?? []), { code: p.code, name: p.name }]);
  }
  return (
    <ApplicantOnly>
      <PageHeader title="Nộp hồ sơ trực tuyến" description="Chọn thủ tục hành chính cần nộp hồ sơ." />
      {list.isPending ? <LoadingState label="Đang tải danh sách thủ tục…" /> : null}
      {list.isError ? (
        <ErrorState
          title="Không tải được danh sách thủ tục"
          message={getErrorMessage(list.error)}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : null}
      {FIELD_APPS.filter((app) => byApp.has(app.path)).map((app) => (
        <Card key={app.path} title={app.title}>
          <ul>
            {(byApp.get(app.path) ?? []).map((p) => (
              <li key={p.code}>
                <Link to={`${app.path}/nop-ho-so?thu-tuc=${encodeURIComponent(p.code)}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </ApplicantOnly>
  );
}
