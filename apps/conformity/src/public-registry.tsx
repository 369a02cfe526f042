import './app.css';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoadingState } from '@skhcn/ui';

const RegistryPage = lazy(() => import('./pages/registry.page').then((m) => ({ default: m.RegistryPage })));
const NoticeVerificationPage = lazy(() =>
  import('./pages/notice-verification.page').then((m) => ({ default: m.NoticeVerificationPage })),
);

/**
 * The public pages (no sign-in), exposed as `conformity/PublicRegistry` and mounted by the shell at /tra-cuu/*:
 * the registry of receipt notices and the verification page their QR code opens.
 */
export default function PublicRegistry() {
  return (
    <Suspense fallback={<LoadingState label="Đang tải trang…" />}>
      <Routes>
        <Route path="cong-bo" element={<RegistryPage />} />
        <Route path="thong-bao/:noticeNumber" element={<NoticeVerificationPage />} />
        <Route path="*" element={<Navigate to="cong-bo" replace />} />
      </Routes>
    </Suspense>
  );
}
