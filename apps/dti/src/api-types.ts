// Types of the `dti.*` API the app uses, inferred from @skhcn/api.
import type { RouterInputs, RouterOutputs } from '@skhcn/api-client';

type Dti = RouterOutputs['dti'];
type DtiIn = RouterInputs['dti'];

export type Overview = Dti['overview'];
export type CycleListItem = Dti['cycles']['list'][number];
export type CycleDashboard = Dti['cycles']['get'];
export type UnitProgress = CycleDashboard['units'][number];
export type UnitOption = Dti['units']['list'][number];
export type EntryView = Dti['inputs']['forUnit'];
export type EntryComponent = EntryView['pillars'][number]['indicators'][number]['components'][number];
export type ItemView = NonNullable<EntryComponent['item']>;
export type EvidenceView = ItemView['evidence'][number];
export type InputSaveInput = DtiIn['inputs']['save'];
export type EvidenceInput = NonNullable<InputSaveInput['evidence']>[number];
export type ReviewQueue = Dti['review']['queue'];
export type ReviewItem = ReviewQueue['items'][number];
export type ReviewDecision = DtiIn['review']['decide']['decisions'][number];
export type ResultsView = Dti['results']['get'];
export type ResultRow = ResultsView['units'][number];
export type WhatIfView = Dti['results']['whatIf'];
export type SensitivityView = Dti['results']['sensitivity'];
export type Decomposition = Dti['results']['decomposition'];
export type FrameworkSummary = Dti['frameworks']['list'][number];
export type FrameworkDetail = Dti['frameworks']['get'];
export type CycleOpenInput = DtiIn['cycles']['open'];
