// Test helpers of the api, for other packages' tests (the mocks' parity test drives the real engine).
export { callerFor, httpCall, signedInCaller, type Harness } from './api-harness';
export {
  appCodeOf,
  appErrorOf,
  as,
  clearDossiers,
  requiredAttachments,
  seedStoryPeople,
  sessionUser,
  uploadedFile,
  vn,
} from './one-stop.test-kit';
