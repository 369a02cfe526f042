// The digital-transformation index (DTI, khoản 18 điểm h Điều 2): frameworks as versioned data with their sources,
// scoring per method, imputation, competition ranking, what-if, sensitivity, decomposition, the cycle's workflow
// rules and the CĐS team's rights. Pure functions, no I/O.
export * from './framework.schema';
export * from './scoring';
export * from './results';
export * from './imputation';
export * from './analysis';
export * from './framework-tools';
export * from './dti-workflow';
export * from './dti-rights';
export * from './frameworks/shipped-frameworks.data';
