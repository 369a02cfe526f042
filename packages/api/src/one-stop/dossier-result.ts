import type { CommandResult } from './dossier-engine';
import { toDossierView, toEventItem, type DossierEventItem, type DossierView } from './dossier-view';

/** What every command answers: the dossier as it is now (with its new version) and the step just recorded. */
export interface DossierCommandOutput {
  dossier: DossierView;
  event: DossierEventItem;
}

export function commandOutput(result: CommandResult, now: Date): DossierCommandOutput {
  return {
    dossier: toDossierView(result.dossier, now),
    event: toEventItem({ ...result.event, actorName: null, actorUsername: null }),
  };
}
