import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSsoFlow, sealSsoFlow } from './sso-flow';

const key = crypto.randomBytes(32);
const now = new Date('2026-11-25T12:00:00.000Z');
const flow = { state: 's', nonce: 'n', codeVerifier: 'v', expiresAt: now.getTime() + 60_000 };

describe('the sealed SSO flow state', () => {
  it('opens with the key that sealed it, before it expires', () => {
    const sealed = sealSsoFlow(key, flow);
    expect(sealed).not.toContain('"v"');
    expect(openSsoFlow(key, sealed, now)).toEqual(flow);
    expect(openSsoFlow(key, sealed, new Date(flow.expiresAt))).toBeUndefined();
  });

  it('does not open when missing, altered or sealed with another key', () => {
    const sealed = sealSsoFlow(key, flow);
    const parts = sealed.split('.');
    const altered = [...parts.slice(0, 3), `A${parts[3]?.slice(1) ?? ''}`].join('.');
    expect(openSsoFlow(key, undefined, now)).toBeUndefined();
    expect(openSsoFlow(key, 'garbage', now)).toBeUndefined();
    expect(openSsoFlow(key, altered === sealed ? `${sealed}x` : altered, now)).toBeUndefined();
    expect(openSsoFlow(crypto.randomBytes(32), sealed, now)).toBeUndefined();
  });
});
