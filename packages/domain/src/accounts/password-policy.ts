import type { LegalSource } from '../legal-source';

/**
 * What a password chosen by a person must be (the temporary passwords the system draws are random and longer).
 *
 * TCVN 11930:2017 (the basic security requirements of information systems by level, applied to the department's
 * systems under Nghị định 85/2016/NĐ-CP) asks for passwords of a minimum complexity and for the default or issued
 * password to be changed at the first sign-in. The figures below are the ones commonly applied from it (at least 8
 * characters, with upper and lower case letters, digits and special characters): confidence M, configurable here.
 */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  requireLower: boolean;
  requireUpper: boolean;
  requireDigit: boolean;
  requireSymbol: boolean;
  /** The password may not contain the username (case-insensitive) */
  forbidUsername: boolean;
  source: LegalSource;
}

export const PASSWORD_POLICY: Readonly<PasswordPolicy> = {
  minLength: 8,
  maxLength: 200,
  requireLower: true,
  requireUpper: true,
  requireDigit: true,
  requireSymbol: true,
  forbidUsername: true,
  source: {
    document: 'TCVN 11930:2017',
    article: 'Yêu cầu quản lý xác thực (độ phức tạp mật khẩu; đổi mật khẩu được cấp khi đăng nhập lần đầu)',
    date: '2017-12-29',
    confidence: 'M',
    note: 'Áp dụng cho hệ thống thông tin theo cấp độ (Nghị định 85/2016/NĐ-CP); con số là lựa chọn vận hành phổ biến, có thể điều chỉnh.',
  },
};

export type PasswordRule = 'min_length' | 'max_length' | 'lower' | 'upper' | 'digit' | 'symbol' | 'username';

export interface PasswordIssue {
  rule: PasswordRule;
  message: string;
}

/** The policy's rules in the order a form lists them, each with what it asks, in Vietnamese. */
export function passwordRules(policy: Readonly<PasswordPolicy> = PASSWORD_POLICY): PasswordIssue[] {
  const rules: PasswordIssue[] = [{ rule: 'min_length', message: `Ít nhất ${policy.minLength} ký tự.` }];
  if (policy.requireUpper) rules.push({ rule: 'upper', message: 'Có chữ in hoa (A–Z).' });
  if (policy.requireLower) rules.push({ rule: 'lower', message: 'Có chữ thường (a–z).' });
  if (policy.requireDigit) rules.push({ rule: 'digit', message: 'Có chữ số (0–9).' });
  if (policy.requireSymbol) rules.push({ rule: 'symbol', message: 'Có ký tự đặc biệt (ví dụ @ # ! %).' });
  if (policy.forbidUsername) rules.push({ rule: 'username', message: 'Không chứa tên đăng nhập.' });
  return rules;
}

/**
 * The rules `password` breaks (empty: acceptable). Letters are judged by Unicode case, so “Đ” counts as upper case
 * and “ư” as lower case; anything neither letter, digit nor space counts as a special character.
 */
export function passwordIssues(
  password: string,
  context: { username?: string } = {},
  policy: Readonly<PasswordPolicy> = PASSWORD_POLICY,
): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const length = [...password].length;
  if (length < policy.minLength)
    issues.push({ rule: 'min_length', message: `Mật khẩu phải có ít nhất ${policy.minLength} ký tự.` });
  if (length > policy.maxLength)
    issues.push({ rule: 'max_length', message: `Mật khẩu dài quá ${policy.maxLength} ký tự.` });
  if (policy.requireUpper && !/\p{Lu}/u.test(password))
    issues.push({ rule: 'upper', message: 'Mật khẩu phải có chữ in hoa.' });
  if (policy.requireLower && !/\p{Ll}/u.test(password))
    issues.push({ rule: 'lower', message: 'Mật khẩu phải có chữ thường.' });
  if (policy.requireDigit && !/\p{Nd}/u.test(password))
    issues.push({ rule: 'digit', message: 'Mật khẩu phải có chữ số.' });
  if (policy.requireSymbol && !/[^\p{L}\p{Nd}\s]/u.test(password))
    issues.push({ rule: 'symbol', message: 'Mật khẩu phải có ký tự đặc biệt (ví dụ @ # ! %).' });
  const username = context.username?.trim().toLocaleLowerCase('vi');
  if (policy.forbidUsername && username && password.toLocaleLowerCase('vi').includes(username))
    issues.push({ rule: 'username', message: 'Mật khẩu không được chứa tên đăng nhập.' });
  return issues;
}
