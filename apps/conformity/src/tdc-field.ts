// The TĐC field (khoản 11 Điều 2) on the shared one-stop screens: its procedures, its record panel (the
// declaration and its notice), its intake form, and its report.
import { CONFORMITY_PROCEDURE_CODES } from '@skhcn/domain';
import type { OneStopField } from '@skhcn/one-stop-ui';
import { DeclarationPanel } from './components/declaration-panel.component';
import { IntakePage } from './intake/intake.page';

export const TDC_TITLE = 'Tiêu chuẩn, đo lường, chất lượng';

export const tdcField: OneStopField = {
  title: TDC_TITLE,
  khoan: [11],
  basePath: '/tdc',
  procedureCodes: CONFORMITY_PROCEDURE_CODES,
  RecordPanel: DeclarationPanel,
  IntakeForm: IntakePage,
  extraNav: [{ to: 'bao-cao', label: 'Báo cáo', roles: ['unit_head', 'leader', 'admin'] }],
};
