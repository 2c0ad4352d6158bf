import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const PERIOD_SECONDS = 30;
const ISSUER = 'CARSI';

function totpFor(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** A new TOTP secret (160 bits, base32), its otpauth:// URI and a QR code (SVG data URL) for authenticator apps. */
export async function newTotpEnrolment(
  label: string,
): Promise<{ secret: string; uri: string; qrSvgDataUrl: string }> {
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  const uri = totpFor(secret, label).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step of a valid code, allowing one step of clock drift either way; null when invalid or when the
 * step is not after `lastAcceptedStep` (a code is single-use: SECURITY.md A5).
 */
export function acceptTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastAcceptedStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) {
    return null;
  }
  const delta = totpFor(secretBase32, 'check').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) {
    return null;
  }
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastAcceptedStep !== null && step <= lastAcceptedStep ? null : step;
}

/** The current code, for tests and for operators checking a clock. */
export function totpCode(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, 'check').generate({ timestamp: now.getTime() });
}
