// The science field (khoản 6 and 13 c of Điều 2) on the shared one-stop screens: its procedures (the registration
// of results, the transfer of rights, the evaluation of tasks not funded by the State), the record panel that ties a
// registration dossier to its task, and the intake (a registration is filed from the accepted task's page).
import { procedureCodes, procedureVersions } from '@skhcn/domain';
import type { OneStopField } from '@skhcn/one-stop-ui';
import { RegistrationIntake } from './components/registration-intake.component';
import { TaskRecordPanel } from './components/task-record-panel.component';

export const SCIENCE_TITLE = 'Khoa học và công nghệ';

export const scienceField: OneStopField = {
  title: SCIENCE_TITLE,
  khoan: [6, 13],
  basePath: '/khcn',
  procedureCodes: procedureCodes().filter((code) => procedureVersions(code)[0]?.app === 'science'),
  RecordPanel: TaskRecordPanel,
  IntakeForm: RegistrationIntake,
};
