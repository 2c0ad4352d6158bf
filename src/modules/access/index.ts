export { ROLES, ROLE_LABELS, MFA_REQUIRED_ROLES, idleTimeoutMinutes, type Role } from './roles';
export { PERMISSIONS, permissionRule, type Permission, type PermissionRule } from './permissions';
export { authorize, can, requireUser, type AccessTarget } from './authorize';
export { requireRecentAuthentication, REAUTH_WINDOW_MS } from './recent-auth';
