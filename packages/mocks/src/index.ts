// @skhcn/mocks: msw handlers for the tRPC API and fixture factories, for component tests and standalone apps.
export { createMockApi, handlers, type MockApi, type MockApiOptions, type MockApiState } from './handlers';
export {
  MockTrpcError,
  errorEnvelope,
  trpcHandlers,
  trpcOverride,
  type MockProcedure,
  type MockProcedures,
  type MockResolver,
  type ProcedureType,
  type TrpcErrorEnvelope,
} from './trpc-envelope';
export {
  DEMO_PASSWORD,
  demoApplicant,
  demoExperts,
  demoDtiAssignments,
  demoUser,
  demoUsers,
  findDemoUser,
  makeProcedureView,
  makeUser,
  type MockUser,
} from './fixtures';
export {
  buildFieldsMap,
  fieldBySlug,
  listProcedures,
  proceduresInForce,
  toProcedureView,
  unitViews,
  versionsOf,
  vnToday,
  type FieldMapEntry,
  type ProcedureView,
} from './domain-views';
export * from './conformity-contract';
export {
  mockEnterprises,
  validTaxCode,
  dossierSeeds,
  registrySeeds,
  type MockEnterprise,
} from './conformity-fixtures';
export {
  conformityReport,
  createDossier,
  createMockStore,
  mockPublicKey,
  runCommand,
  toView as toDossierView,
  type MockDossier,
  type MockStore,
} from './dossier-store';
export { createScienceStore, scienceResolvers, SCIENCE_IDS, type MockScienceStore } from './science-store';
export {
  createDtiMockStore,
  dtiMockUnits,
  dtiProcedures,
  DTI_MOCK_CLOSED_CYCLE,
  DTI_MOCK_OPEN_CYCLE,
  type DtiMockOptions,
  type DtiMockStore,
  type MockDtiUnit,
} from './dti-store';
