import '@skhcn/one-stop-ui/one-stop.css';
import { Route, Routes } from 'react-router';
import { VerificationPage } from './pages/verification.page';

/**
 * Public pages of the licensing field, mounted by the shell at /tra-cuu/giay-phep/*: verify a licence, confirmation
 * or certificate by its number, or straight from the QR code printed on it (/tra-cuu/giay-phep/<number>).
 */
export default function PublicRegistry(_props: { segment?: string }) {
  return (
    <Routes>
      <Route index element={<VerificationPage />} />
      <Route path=":number" element={<VerificationPage />} />
    </Routes>
  );
}
