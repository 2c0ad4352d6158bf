import type { Actor, ActorGrant, UserActor } from '@/platform/context';
import { AppError, ForbiddenError } from '@/platform/errors';
import { permissionRule, type Permission } from './permissions';

/** The record a scoped permission is checked against. */
export interface AccessTarget {
  readonly organisationId: string | null;
  readonly countryCode: string | null;
}

/** Whether a grant's scope covers a record: each limit the grant sets must match the record. */
function covers(grant: ActorGrant, target: AccessTarget): boolean {
  return (
    (grant.organisationId === null || grant.organisationId === target.organisationId) &&
    (grant.countryCode === null || grant.countryCode === target.countryCode)
  );
}

/**
 * Whether the actor may use `permission`, on `target` when given. The system and the CLI (operators with
 * shell access to the server) may do everything; anonymous callers nothing that needs a permission.
 * Without a target this answers the vertical question: could any record be allowed?
 */
export function can(actor: Actor, permission: Permission, target?: AccessTarget): boolean {
  if (actor.type === 'system' || actor.type === 'cli') {
    return true;
  }
  if (actor.type !== 'user') {
    return false;
  }
  const rule = permissionRule(permission);
  if (
    rule.ownOrganisation === true &&
    (target === undefined || target.organisationId === actor.organisationId)
  ) {
    return true;
  }
  const grants = actor.grants.filter((grant) => (rule.roles as readonly string[]).includes(grant.role));
  switch (rule.scope) {
    case 'any':
      return grants.length > 0;
    case 'global':
      return grants.some((grant) => grant.organisationId === null && grant.countryCode === null);
    case 'target':
      return target === undefined ? grants.length > 0 : grants.some((grant) => covers(grant, target));
  }
}

/**
 * Throws unless the actor may use `permission` (on `target`).
 * @throws AppError `unauthenticated` for anonymous callers; ForbiddenError `forbidden` otherwise
 */
export function authorize(actor: Actor, permission: Permission, target?: AccessTarget): void {
  if (can(actor, permission, target)) {
    return;
  }
  throw actor.type === 'anonymous' ? new AppError('unauthenticated') : new ForbiddenError();
}

/** The signed-in user, for verbs that act on "my" account. @throws AppError `unauthenticated` */
export function requireUser(actor: Actor): UserActor {
  if (actor.type !== 'user') {
    throw new AppError('unauthenticated');
  }
  return actor;
}
