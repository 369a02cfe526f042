export * from './organisation.schema';
export * from './auth.schema';
export * from './dossier.schema';
export * from './conformity.schema';
export * from './calendar.schema';
export * from './licensing.schema';
export * from './science.schema';
export * from './dti.schema';
