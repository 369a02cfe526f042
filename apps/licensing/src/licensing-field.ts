// The licensing field (khoản 12 radiation safety and khoản 14 postal of Điều 2) on the shared one-stop screens: its
// procedures, its record panel (holder, devices, fee, issued document), its intake form, and its own pages.
import { LICENSING_PROCEDURE_CODES } from '@skhcn/domain';
import type { OneStopField } from '@skhcn/one-stop-ui';
import { LicensingPanel } from './components/licensing-panel.component';
import { RemindersHomePanel } from './components/reminders.component';
import { IntakePage } from './intake/intake.page';

export const LICENSING_TITLE = 'An toàn bức xạ và bưu chính';

export const licensingField: OneStopField = {
  title: LICENSING_TITLE,
  khoan: [12, 14],
  basePath: '/cap-phep',
  procedureCodes: LICENSING_PROCEDURE_CODES,
  RecordPanel: LicensingPanel,
  IntakeForm: IntakePage,
  HomePanel: RemindersHomePanel,
  extraNav: [
    { to: 'khai-bao', label: 'Khai báo thiết bị', roles: ['officer', 'unit_head', 'leader'] },
    { to: 'co-so', label: 'Cơ sở, doanh nghiệp', roles: ['officer', 'unit_head', 'leader'] },
    { to: 'thiet-bi', label: 'Thiết bị bức xạ', roles: ['officer', 'unit_head', 'leader'] },
    { to: 'so-dang-ky', label: 'Sổ đăng ký', roles: ['officer', 'unit_head', 'leader'] },
    { to: 'bao-cao', label: 'Báo cáo', roles: ['officer', 'unit_head', 'leader'] },
  ],
};
