import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_POLICY, passwordIssues, passwordRules, type PasswordRule } from './password-policy';

const rules = (password: string, username?: string): PasswordRule[] =>
  passwordIssues(password, username === undefined ? {} : { username }).map((i) => i.rule);

describe('password policy (TCVN 11930:2017, confidence M)', () => {
  it.each<[string, string | undefined, PasswordRule[]]>([
    ['Demo@2026', undefined, []],
    ['Hải.Phòng#1', undefined, []],
    // Vietnamese letters count by their case
    ['đường@SỐ9', undefined, []],
    ['ĐƯỜNG@SỐ9', undefined, ['lower']],
    ['Ab1@', undefined, ['min_length']],
    ['abcdefgh', undefined, ['upper', 'digit', 'symbol']],
    ['ABCDEFGH1!', undefined, ['lower']],
    ['Abcdefgh!', undefined, ['digit']],
    ['Abcdefgh1', undefined, ['symbol']],
    // a space is not a special character
    ['Abcd efgh1', undefined, ['symbol']],
    ['', undefined, ['min_length', 'upper', 'lower', 'digit', 'symbol']],
    // the username, in any case, is refused
    ['CanBo.TDC@2026', 'canbo.tdc', ['username']],
    ['Mat@khau2026', 'canbo.tdc', []],
  ])('%j (username %s) breaks %j', (password, username, expected) => {
    expect(rules(password, username)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units: eight accented letters are eight', () => {
    expect(rules('Đườ@1ngả', undefined)).not.toContain('min_length');
    expect(rules('Đ@1ả', undefined)).toContain('min_length');
  });

  it('refuses more than the maximum length', () => {
    expect(rules(`Aa1@${'x'.repeat(PASSWORD_POLICY.maxLength)}`)).toContain('max_length');
  });

  it('every issue has a Vietnamese message, and the form lists one line per rule', () => {
    for (const issue of passwordIssues('')) expect(issue.message).toMatch(/^Mật khẩu/);
    expect(passwordRules().map((r) => r.rule)).toEqual([
      'min_length',
      'upper',
      'lower',
      'digit',
      'symbol',
      'username',
    ]);
  });

  it('is configurable: a policy without the symbol rule accepts what it otherwise refuses', () => {
    expect(passwordIssues('Abcdefgh1', {}, { ...PASSWORD_POLICY, requireSymbol: false })).toEqual([]);
  });

  it('property: a password is accepted exactly when it meets every rule', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 24 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (pw, user) => {
          const accepted = passwordIssues(pw, { username: user }).length === 0;
          const meets =
            [...pw].length >= 8 &&
            /\p{Lu}/u.test(pw) &&
            /\p{Ll}/u.test(pw) &&
            /\p{Nd}/u.test(pw) &&
            /[^\p{L}\p{Nd}\s]/u.test(pw) &&
            (user.trim() === '' || !pw.toLocaleLowerCase('vi').includes(user.trim().toLocaleLowerCase('vi')));
          expect(accepted).toBe(meets);
        },
      ),
    );
  });

  it('property: adding characters never breaks the length minimum that was met', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }), fc.string(), (pw, more) => {
        expect(rules(pw + more)).not.toContain('min_length');
      }),
    );
  });
});
