import '@skhcn/one-stop-ui/one-stop.css';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '@skhcn/ui';
import { PublicNotFound } from './pages/public-not-found.page';

const RegistryPage = lazy(() => import('./pages/registry.page').then((m) => ({ default: m.RegistryPage })));
const NoticeVerificationPage = lazy(() =>
  import('./pages/notice-verification.page').then((m) => ({ default: m.NoticeVerificationPage })),
);

/** The public addresses of TĐC under /tra-cuu/: the registry, and the verification page a notice's QR opens. */
export const PUBLIC_SEGMENTS = ['cong-bo', 'thong-bao'] as const;
export type PublicSegment = (typeof PUBLIC_SEGMENTS)[number];

/**
 * The public pages (no sign-in), exposed as `conformity/PublicRegistry`. The shell mounts it at
 * /tra-cuu/<segment>/* for each of PUBLIC_SEGMENTS and says which; an unknown address below it is not found (never a
 * redirect that could loop).
 */
export default function PublicRegistry({ segment }: { segment: PublicSegment }) {
  return (
    <Suspense fallback={<LoadingState label="Đang tải trang…" />}>
      <Routes>
        {segment === 'cong-bo' ? (
          <Route index element={<RegistryPage />} />
        ) : (
          <Route path=":noticeNumber" element={<NoticeVerificationPage />} />
        )}
        <Route path="*" element={<PublicNotFound />} />
      </Routes>
    </Suspense>
  );
}
