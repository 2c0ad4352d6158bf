import type { Actor } from '@/platform/context';

/** Keys whose values never enter the audit trail, at any depth. */
const SECRET_KEY = /password|secret|token|totp|otp|api_?key|private_?key|session/i;

/** A copy of `value` with the values of secret-looking keys replaced by `[redacted]`. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(redactSecrets);
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => [
        key,
        SECRET_KEY.test(key) ? '[redacted]' : redactSecrets(member),
      ]),
    );
  }
  return value;
}

/** A stable, human-readable identifier of who acted. */
export function actorId(actor: Actor): string {
  switch (actor.type) {
    case 'anonymous':
      return 'anonymous';
    case 'system':
      return `system:${actor.name}`;
    case 'cli':
      return `cli:${actor.command}`;
    case 'user':
      return actor.userId;
  }
}
