import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const OIDC = {
  CARSI_OIDC_ISSUER: 'https://login.example.org/realms/carsi',
  CARSI_OIDC_CLIENT_ID: 'carsi',
  CARSI_OIDC_CLIENT_SECRET: 's3cret',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems.map((problem) => problem.split(':')[0] ?? '');
    }
    throw error;
  }
  return [];
}

describe('single sign-on configuration', () => {
  it('is off without the CARSI_OIDC_* variables', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('takes issuer, client id and secret together, with a default button label', () => {
    expect(loadConfig(OIDC).oidc).toEqual({
      issuer: 'https://login.example.org/realms/carsi',
      clientId: 'carsi',
      clientSecret: 's3cret',
      label: 'SSO',
    });
    expect(loadConfig({ ...OIDC, CARSI_OIDC_LABEL: 'Cuenta institucional' }).oidc?.label).toBe(
      'Cuenta institucional',
    );
  });

  it('lists every missing variable when only some are set', () => {
    expect(problemsOf({ CARSI_OIDC_ISSUER: OIDC.CARSI_OIDC_ISSUER })).toEqual([
      'CARSI_OIDC_CLIENT_ID',
      'CARSI_OIDC_CLIENT_SECRET',
    ]);
    expect(problemsOf({ CARSI_OIDC_LABEL: 'SSO' })).toEqual([
      'CARSI_OIDC_ISSUER',
      'CARSI_OIDC_CLIENT_ID',
      'CARSI_OIDC_CLIENT_SECRET',
    ]);
  });

  it('requires https, except for a provider on loopback', () => {
    expect(problemsOf({ ...OIDC, CARSI_OIDC_ISSUER: 'http://login.example.org' })).toEqual([
      'CARSI_OIDC_ISSUER',
    ]);
    expect(problemsOf({ ...OIDC, CARSI_OIDC_ISSUER: 'not a url' })).toEqual(['CARSI_OIDC_ISSUER']);
    expect(loadConfig({ ...OIDC, CARSI_OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
  });
});
