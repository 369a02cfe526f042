// Test helper (not exported from the package): the DomainError a call throws, to match its code and details.
import { DomainError } from './errors';

export function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}
