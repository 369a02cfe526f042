import { describe, expect, it } from 'vitest';
import { EnvError, serverEnv } from '@skhcn/env';
import { oidcSettings } from './oidc-settings';

const provider = {
  OIDC_ISSUER: 'https://sso.dichvucong.gov.vn',
  OIDC_CLIENT_ID: 'skhcn-haiphong',
  OIDC_CLIENT_SECRET: 'bi-mat',
};

describe('OIDC settings from the environment', () => {
  it('is off when no OIDC variable is set (no identity button)', () => {
    expect(oidcSettings(serverEnv({}))).toBeUndefined();
  });

  it('derives the redirect URI from PUBLIC_ORIGIN unless given', () => {
    expect(oidcSettings(serverEnv({ ...provider, PUBLIC_ORIGIN: 'https://dvc.skhcn.vn/' }))).toEqual({
      issuer: 'https://sso.dichvucong.gov.vn',
      clientId: 'skhcn-haiphong',
      clientSecret: 'bi-mat',
      redirectUri: 'https://dvc.skhcn.vn/auth/oidc/callback',
    });
    expect(
      oidcSettings(serverEnv({ ...provider, OIDC_REDIRECT_URI: 'https://a.vn/auth/oidc/callback' }))
        ?.redirectUri,
    ).toBe('https://a.vn/auth/oidc/callback');
  });

  it('refuses a half configuration, naming what is missing', () => {
    const half = () => oidcSettings(serverEnv({ OIDC_ISSUER: provider.OIDC_ISSUER }));
    expect(half).toThrow(EnvError);
    expect(half).toThrow(/OIDC_CLIENT_ID[\s\S]*OIDC_CLIENT_SECRET/);
    expect(() => oidcSettings(serverEnv(provider))).toThrow(/OIDC_REDIRECT_URI/);
  });
});
