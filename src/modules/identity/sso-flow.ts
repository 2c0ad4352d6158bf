import crypto from 'node:crypto';
import { z } from 'zod';
import { decryptField, encryptField } from '@/platform/crypto/field-cipher';

/** How long the browser has between leaving for the provider and coming back. */
export const SSO_FLOW_LIFETIME_MS = 10 * 60_000;

const AAD = 'sso_flow';

/** What the callback must check against: the values sent to the provider with this browser's request. */
const SsoFlow = z.strictObject({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  expiresAt: z.number(),
});
export type SsoFlow = z.infer<typeof SsoFlow>;

/**
 * The flow state travels in the browser's own cookie rather than in a table: nothing is stored for people
 * who never come back, and one browser's flow cannot be completed from another. It is encrypted and
 * authenticated (AES-256-GCM), so the PKCE verifier stays secret and the state cannot be forged or edited.
 * The key is derived from the session key for this use only.
 */
export function sealSsoFlow(sessionKey: Buffer, flow: SsoFlow): string {
  return encryptField(flowKey(sessionKey), JSON.stringify(flow), AAD);
}

/** The flow sealed by `sealSsoFlow`, or undefined when it is missing, altered, foreign or expired. */
export function openSsoFlow(sessionKey: Buffer, sealed: string | undefined, now: Date): SsoFlow | undefined {
  if (sealed === undefined || sealed === '') {
    return undefined;
  }
  try {
    const flow = SsoFlow.parse(JSON.parse(decryptField(flowKey(sessionKey), sealed, AAD)));
    return flow.expiresAt > now.getTime() ? flow : undefined;
  } catch {
    return undefined;
  }
}

function flowKey(sessionKey: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', sessionKey, Buffer.alloc(0), 'carsi sso flow v1', 32));
}
