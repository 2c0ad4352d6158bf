import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** Paths whose values never reach a log line, wherever they appear in a request or an error. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.totp',
  '*.sessionKey',
  '*.fieldKey',
  'keys',
  'smtpUrl',
  '*.smtpUrl',
];

/** The process logger: JSON lines on stdout, secrets redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino(
    { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination,
  );
}
