// Licensing (khoản 12 radiation safety, khoản 14 postal): device types, the appraisal fee, the filing windows,
// licence terms and register status.
export * from './licensing-sources.data';
export * from './radiation-devices.data';
export * from './radiation-fee.data';
export * from './radiation-fee';
export * from './licence-rules';
export * from './licensing-documents.data';
export * from './licensing-reminders.data';
export * from './licensing-reminders';
export * from './inspection-rules';
export * from './postal-conditions.data';
export * from './postal-conditions';
