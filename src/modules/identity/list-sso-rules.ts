import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { findAllSsoRules } from './sso-rule.repository';
import { toSsoRuleOutput } from './sso-rule.mapper';
import type { SsoRuleOutput } from './sso-rule.schemas';

/** Every single sign-on rule, by e-mail domain. @throws ForbiddenError; AppError `unauthenticated` */
export async function listSsoRules({ ctx }: { ctx: ServiceContext }): Promise<SsoRuleOutput[]> {
  authorize(ctx.actor, 'sso.manage');
  return (await findAllSsoRules(ctx.db)).map(toSsoRuleOutput);
}
