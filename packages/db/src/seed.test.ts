import { describe, expect, it } from 'vitest';
import { checkTaxCode } from '@skhcn/domain';
import { DEMO_USERS } from './seed';

describe('demo data', () => {
  it('gives every demo applicant a tax code the intake form accepts (the field is read-only for them)', () => {
    const applicants = DEMO_USERS.flatMap((u) =>
      u.applicant ? [{ username: u.username, applicant: u.applicant }] : [],
    );
    expect(applicants.length).toBeGreaterThan(0);
    for (const u of applicants)
      expect(checkTaxCode(u.applicant.taxCode), u.username).toMatchObject({ valid: true });
  });
});
