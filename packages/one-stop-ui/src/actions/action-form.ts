// One dialog per step, driven by a table: each step says what it asks (its fields), what it checks before
// sending, and which command it sends. The dialog around them (ActionDialog) is the same for every step.
import type { ComponentType } from 'react';
import type { useTRPCClient } from '@skhcn/api-client';
import type { DossierDetail } from '../api-types';

export type DossierClient = ReturnType<typeof useTRPCClient>['dossiers'];

/** What every command names: the dossier and the version the user saw. */
export interface CommandBase {
  dossierId: string;
  expectedVersion: number;
}

/** Messages by field id (the dialog moves focus to `action-<id>` of the first one). */
export type FieldErrors = Partial<Record<string, string>>;

export interface ActionFieldsProps<S> {
  state: S;
  set: (patch: Partial<S>) => void;
  errors: FieldErrors;
  detail: DossierDetail;
  today: string;
  /** Applicants read the applicant's wording */
  audience: 'staff' | 'applicant';
}

export interface ActionForm<S> {
  initial: (detail: DossierDetail, today: string) => S;
  Fields: ComponentType<ActionFieldsProps<S>>;
  validate: (state: S, detail: DossierDetail, today: string, audience: 'staff' | 'applicant') => FieldErrors;
  send: (client: DossierClient, base: CommandBase, state: S) => Promise<unknown>;
}

/** A step's form with its state type erased, for the table (each row keeps its own type where it is written). */
export type AnyActionForm = ActionForm<unknown>;

/** Declares a step's form; the state stays private to the form (the dialog only passes it back). */
export function defineAction<S>(form: ActionForm<S>): AnyActionForm {
  return form as unknown as AnyActionForm;
}

/** Lines of a text area, trimmed, empty ones dropped. */
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** undefined for an empty note. */
export const optional = (s: string): string | undefined => s.trim() || undefined;
