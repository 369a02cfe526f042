// Types of the API the science app uses, inferred from @skhcn/api (the `science.*` router, the `dossiers.*` engine).
import type { RouterInputs, RouterOutputs } from '@skhcn/api-client';

type Science = RouterOutputs['science'];
type ScienceIn = RouterInputs['science'];

export type SessionUser = NonNullable<RouterOutputs['auth']['me']>;
export type Board = Science['board'];
export type TasksInput = Exclude<ScienceIn['tasks'], void | undefined>;
export type TasksOutput = Science['tasks'];
export type TaskSummary = TasksOutput['items'][number];
export type TaskDetail = Science['task'];
export type TaskFull = TaskDetail['task'];
export type TaskPageAction = TaskDetail['allowedActions'][number];
export type ApplicationView = TaskDetail['applications'][number];
export type CouncilView = Science['council'];
export type MyCouncils = Science['myCouncils'];
export type MemberApplication = Science['memberApplication'];
export type OwnSheet = Science['saveSheet'];
export type Experts = Science['experts'];
export type ExpertView = Experts[number];
export type ResultsInput = Exclude<ScienceIn['results'], void | undefined>;
export type ResultsOutput = Science['results'];
export type ScienceReport = Science['report'];
export type OpenCalls = Science['openCalls'];
export type MyApplications = Science['myApplications'];
export type CertificateVerification = Science['certificate'];
export type ProposeInput = ScienceIn['propose'];
export type ContractInput = ScienceIn['signContract']['contract'];
export type AcceptanceInput = ScienceIn['recordAcceptance']['acceptance'];
export type FormCouncilInput = ScienceIn['formCouncil'];
export type DossierDetail = RouterOutputs['dossiers']['get'];
export type EngineAction = DossierDetail['allowedActions'][number];
