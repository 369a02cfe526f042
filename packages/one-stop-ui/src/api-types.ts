// Types of the API the one-stop screens use, inferred from @skhcn/api through the typed client.
import type { RouterInputs, RouterOutputs } from '@skhcn/api-client';

export type DossierDetail = RouterOutputs['dossiers']['get'];
export type DossierView = DossierDetail['dossier'];
export type DossierEvent = DossierDetail['events'][number];
export type DossierFile = DossierDetail['files'][number];
export type DossierDocument = DossierDetail['documents'][number];
export type EngineAction = DossierDetail['allowedActions'][number];
export type InboxInput = Exclude<RouterInputs['dossiers']['inbox'], void | undefined>;
export type InboxOutput = RouterOutputs['dossiers']['inbox'];
export type MineOutput = RouterOutputs['dossiers']['mine'];
export type MyDossier = MineOutput['items'][number];
export type DossierLookup = RouterOutputs['dossiers']['lookup'];
export type SessionUser = NonNullable<RouterOutputs['auth']['me']>;
export type ProcedureView = RouterOutputs['procedures']['list'][number];
