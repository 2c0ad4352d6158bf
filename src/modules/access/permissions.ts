import { ROLES, type Role } from './roles';

/**
 * How far a permission reaches:
 * - `any`: the role is enough, whatever the record;
 * - `global`: only through a grant with no organisation or country limit;
 * - `target`: through a grant whose organisation and/or country covers the record's.
 */
export type PermissionScope = 'any' | 'global' | 'target';

export interface PermissionRule {
  readonly roles: readonly Role[];
  readonly scope: PermissionScope;
  /** Every signed-in user may also do this on records of their own organisation. */
  readonly ownOrganisation?: true;
  readonly description: string;
}

/** Roles that record the portfolio: activities and their money. */
const EDITORS: readonly Role[] = [
  'admin',
  'donor_officer',
  'government_planner',
  'sica_coordinator',
  'implementer',
];

/**
 * THE permission matrix: every permission, which roles have it, and over what. docs/PERMISSIONS.md shows
 * this table (a test keeps them equal). Anything not granted here is denied.
 */
export const PERMISSIONS = {
  'organisation.read': { roles: ROLES, scope: 'any', description: 'List and read organisations' },
  'organisation.create': { roles: ['admin'], scope: 'global', description: 'Register an organisation' },
  'organisation.update': { roles: ['admin'], scope: 'target', description: 'Change an organisation' },
  'user.read': {
    roles: ['admin'],
    scope: 'target',
    ownOrganisation: true,
    description: 'List and read users (everyone: of their own organisation)',
  },
  'user.create': { roles: ['admin'], scope: 'target', description: 'Create a user in an organisation' },
  'user.update': { roles: ['admin'], scope: 'target', description: 'Rename, disable or re-enable a user' },
  'user.grant': { roles: ['admin'], scope: 'target', description: "Set a user's roles and scopes" },
  'session.revoke': { roles: ['admin'], scope: 'target', description: "End another user's sessions" },
  'audit.read': { roles: ['admin'], scope: 'global', description: 'Read and export the audit log' },
  'mail.read': { roles: ['admin'], scope: 'global', description: 'Read the mail outbox' },
  'sso.manage': { roles: ['admin'], scope: 'global', description: 'Set single sign-on provisioning rules' },
  'activity.read': {
    roles: ROLES,
    scope: 'any',
    description: 'List, read and export activities and their history',
  },
  'activity.create': {
    roles: EDITORS,
    scope: 'target',
    description: 'Record a programme, project or activity (for the reporting organisation/country)',
  },
  'activity.update': {
    roles: EDITORS,
    scope: 'target',
    description: 'Change an activity and submit it for approval',
  },
  'activity.approve': {
    roles: ['admin', 'donor_officer'],
    scope: 'target',
    description: 'Return, approve, publish and unpublish activities',
  },
  'funding.read': {
    roles: ROLES,
    scope: 'any',
    description: 'Read transactions, budgets, summaries, rates, accounts',
  },
  'funding.write': {
    roles: EDITORS,
    scope: 'target',
    description: "Record, change and delete an activity's transactions and budgets",
  },
  'exchange_rate.create': {
    roles: ['admin', 'donor_officer'],
    scope: 'any',
    description: 'Enter an exchange rate with its source',
  },
  'account.manage': {
    roles: ['admin'],
    scope: 'global',
    description: 'Edit the list of appropriation accounts',
  },
  'period_lock.manage': {
    roles: ['admin', 'donor_officer'],
    scope: 'target',
    description: "Lock and unlock an organisation's fiscal year",
  },
  'funding_event.create': {
    roles: ['admin', 'donor_officer', 'government_planner', 'sica_coordinator'],
    scope: 'any',
    description: 'Record a funding event (suspension, reprogramming) and the activities it hits',
  },
  'demo.load': { roles: ['admin'], scope: 'global', description: 'Load the fictional demo portfolio' },
  'iati.import': {
    roles: ['admin', 'donor_officer', 'government_planner', 'sica_coordinator'],
    scope: 'global',
    description: "Import IATI files (creates and replaces any organisation's imported activities)",
  },
  'iati.source.manage': {
    roles: ['admin'],
    scope: 'global',
    description: 'Register and change public IATI sources, sync them, load the shipped public data',
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export function permissionRule(permission: Permission): PermissionRule {
  return PERMISSIONS[permission];
}
