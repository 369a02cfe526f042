// A field for the one-stop screens' own tests: TĐC's procedures (the mocks' dossiers are TĐC's) without TĐC's
// screens, so these tests exercise only what every field shares.
import { Route, Routes } from 'react-router';
import { CONFORMITY_PROCEDURE_CODES } from '@skhcn/domain';
import { ApplicantDossierPage } from '../applicant/applicant-dossier.page';
import { MyDossiersPage } from '../applicant/my-dossiers.page';
import type { OneStopField } from '../field/field';
import { OneStopRoutes } from '../field/one-stop-routes.component';
import { DossierStatusPage } from '../public/dossier-status.page';
import { renderWithClients } from './index';

function TestIntakeForm({ mode }: { mode: 'counter' | 'online' }) {
  return (
    <h1>
      {mode === 'counter'
        ? 'Biểu mẫu tiếp nhận tại quầy của lĩnh vực'
        : 'Biểu mẫu nộp trực tuyến của lĩnh vực'}
    </h1>
  );
}

function TestRecordPanel() {
  return <p>Dữ liệu riêng của lĩnh vực</p>;
}

export const testField: OneStopField = {
  title: 'Tiêu chuẩn, đo lường, chất lượng',
  khoan: [11],
  basePath: '/tdc',
  procedureCodes: CONFORMITY_PROCEDURE_CODES,
  RecordPanel: TestRecordPanel,
  IntakeForm: TestIntakeForm,
  extraNav: [{ to: 'bao-cao', label: 'Báo cáo', roles: ['unit_head', 'leader'] }],
};

/** The field's one-stop screens at /tdc/…, and the applicant's and public pages as the shell mounts them. */
export function renderField(path = '/tdc') {
  return renderWithClients(
    <Routes>
      <Route path="/tdc/*" element={<OneStopRoutes field={testField} />} />
      <Route
        path="/ho-so-cua-toi"
        element={<MyDossiersPage dossierHref={(id) => `/ho-so-cua-toi/${id}`} newDossierHref="/nop-ho-so" />}
      />
      <Route path="/ho-so-cua-toi/:id" element={<ApplicantDossierPage />} />
      <Route path="/tra-cuu/ho-so" element={<DossierStatusPage />} />
    </Routes>,
    path,
  );
}
