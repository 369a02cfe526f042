// @skhcn/domain: pure business rules of Sở KH&CN. No I/O, no React.
export * from './legal-source';
export * from './errors';
export * from './must';
export * from './dieu2';
export * from './organisation';
export * from './calendar';
export * from './procedures';
export * from './dossier';
export * from './conformity';
export * from './one-stop';
export * from './text';
export * from './licensing';
export * from './science';
export * from './dti';
export * from './uploads/upload-limits';
export * from './accounts/password-policy';
