// Types of the licensing contract (the `licensing.*` router), inferred from @skhcn/api.
import type { RouterInputs, RouterOutputs } from '@skhcn/api-client';

type Licensing = RouterOutputs['licensing'];
type LicensingIn = RouterInputs['licensing'];

export type LicensingSubmitInput = LicensingIn['submit'];
export type LicensingSubmitOutput = Licensing['submit'];
export type FeeOutput = Licensing['fee'];
export type LicensingDossierView = Licensing['dossier'];
export type HolderDetail = Licensing['holders']['get'];
export type HoldersOutput = Licensing['holders']['list'];
export type DevicesOutput = Licensing['devices']['list'];
export type DeviceView = DevicesOutput['items'][number];
export type RegisterOutput = Licensing['register']['list'];
export type RegisterItem = RegisterOutput['items'][number];
export type RegisterEntry = Licensing['verify'];
export type RegisterStatus = RegisterItem['status'];
export type ReminderView = Licensing['reminders']['list']['items'][number];
export type InspectionView = HolderDetail['inspections'][number];
export type CorrectionView = InspectionView['corrections'][number];
export type RecordInspectionInput = LicensingIn['inspections']['record'];
export type PostalConditionsView = Licensing['postalConditions']['get'];
export type RecordPostalConditionsInput = LicensingIn['postalConditions']['record'];
