import type { DeclarationDraft, DeclarationKind } from './declaration-draft';

/** What every section of the intake form gets: the draft, a way to change it, and the messages by field id. */
export interface SectionProps {
  draft: DeclarationDraft;
  set: (changes: Partial<DeclarationDraft>) => void;
  errors: Record<string, string>;
  /** The kind of declaration the chosen procedure takes */
  kind: DeclarationKind | undefined;
  /** The receipt date the rules are checked for (today) */
  today: string;
}
