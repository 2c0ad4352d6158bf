export {
  CreateUserInput,
  GrantInput,
  SetGrantsInput,
  UpdateUserInput,
  UserOutput,
  GrantOutput,
} from './user.schemas';
export { CreateTokenInput, CreatedTokenOutput, TokenOutput } from './token.schemas';
export { createUser } from './create-user';
export { listUsers, ListUsersQuery } from './list-users';
export { getUser } from './get-user';
export { updateUser } from './update-user';
export { setUserGrants } from './set-user-grants';
export { findUserIdByEmail } from './find-user-by-email';
export { createApiToken, listApiTokens, revokeApiToken } from './api-tokens';
export { authenticateToken } from './authenticate-token';
export { authenticateSession, type AuthenticatedSession } from './authenticate-session';
export { signIn, SignInInput } from './sign-in';
export { isMfaRequired } from './session-state';
export { signOut } from './sign-out';
export { startMfaEnrolment, verifyMfaCode, MfaCodeInput } from './mfa';
export { changePassword, ChangePasswordInput } from './change-password';
export {
  requestPasswordReset,
  completePasswordReset,
  RequestPasswordResetInput,
  CompletePasswordResetInput,
} from './password-reset';
export { isSetupNeeded, issueSetupLink, completeSetup, CompleteSetupInput } from './first-setup';
export { passwordProblem, PASSWORD_MIN_LENGTH } from './password-policy';
export { totpCode } from './totp';
export { SESSION_LIFETIME_MS, type StartedSession } from './sessions';
export { describeSession, SessionOutput } from './describe-session';
export { reauthenticate, ReauthenticateInput } from './reauthenticate';
export { CreateSsoRuleInput, SsoRuleOutput } from './sso-rule.schemas';
export { createSsoRule } from './create-sso-rule';
export { listSsoRules } from './list-sso-rules';
export { deleteSsoRule } from './delete-sso-rule';
export { startSsoSignIn, type SsoStart } from './start-sso-sign-in';
export { completeSsoSignIn, type SsoCompletion } from './complete-sso-sign-in';
export { SSO_FLOW_LIFETIME_MS } from './sso-flow';
