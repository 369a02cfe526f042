import { taskStageLabels, type TaskStage } from '@skhcn/domain';
import { Badge } from '@skhcn/ui';
import { stageTone } from '../format/science-format';

export function StageBadge({ stage }: { stage: TaskStage }) {
  return <Badge tone={stageTone[stage]}>{taskStageLabels[stage]}</Badge>;
}
