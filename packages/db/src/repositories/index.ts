export * from './units.repository';
export * from './users.repository';
export * from './sessions.repository';
export * from './login-attempts.repository';
export * from './denials.repository';
