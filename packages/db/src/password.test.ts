import { describe, expect, it } from 'vitest';
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Demo@2026');
    expect(await verifyPassword('Demo@2026', hash)).toBe(true);
    expect(await verifyPassword('demo@2026', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('stores its parameters and a random salt with the hash, never the password', async () => {
    const a = await hashPassword('Demo@2026');
    const b = await hashPassword('Demo@2026');
    expect(a).not.toBe(b);
    expect(a).not.toContain('Demo@2026');
    expect(a.split('$').slice(0, 4)).toEqual([
      'scrypt',
      String(SCRYPT_PARAMS.N),
      String(SCRYPT_PARAMS.r),
      String(SCRYPT_PARAMS.p),
    ]);
  });

  it('treats Vietnamese passwords in NFC and NFD as the same', async () => {
    const hash = await hashPassword('Mật khẩu');
    expect(await verifyPassword('Mật khẩu'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$0$8$1$aa$bb')).toBe(false);
  });
});
