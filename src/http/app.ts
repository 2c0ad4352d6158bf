import crypto from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from '@/platform/config';
import type { SecuritySettings } from '@/platform/context';
import type { Db } from '@/platform/db/connect';
import { syncSettingsOf } from '@/modules/iati';
import { WEB_DIST_DIR } from '@/platform/paths';
import { registerAuth } from './plugins/auth';
import { registerErrorHandler } from './plugins/error-handler';
import { registerOpenApi } from './plugins/openapi';
import { registerRequestContext } from './plugins/request-context';
import { registerSecurity } from './plugins/security';
import { registerWebApp } from './plugins/web-app';
import { accountRoutes } from './routes/account.routes';
import { activitiesRoutes } from './routes/activities.routes';
import { activityFundingRoutes } from './routes/activity-funding.routes';
import { fundingRoutes } from './routes/funding.routes';
import { fundingSettingsRoutes } from './routes/funding-settings.routes';
import { iatiRoutes } from './routes/iati.routes';
import { iatiSourcesRoutes } from './routes/iati-sources.routes';
import { auditRoutes } from './routes/audit.routes';
import { authRoutes } from './routes/auth.routes';
import { oidcRoutes } from './routes/oidc.routes';
import { ssoRulesRoutes } from './routes/sso-rules.routes';
import { codelistsRoutes } from './routes/codelists.routes';
import { organisationsRoutes } from './routes/organisations.routes';
import { usersRoutes } from './routes/users.routes';
import { contextRoutes } from './routes/context.routes';
import { frameworksRoutes } from './routes/frameworks.routes';
import { partnersRoutes } from './routes/partners.routes';
import { systemRoutes } from './routes/system.routes';

export interface AppDependencies {
  readonly config: Config;
  readonly db: Db;
  readonly logger: Logger;
  readonly security: SecuritySettings;
  readonly now?: () => Date;
  /** Where the built web app is; tests point it elsewhere or at nothing. */
  readonly webDir?: string;
}

/** Builds the HTTP app (API + web app). Never listens: main.ts does, tests use `inject`. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const baseLogger: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance: baseLogger,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    requestTimeout: 30_000,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  registerRequestContext(app, deps.db, deps.now ?? (() => new Date()), deps.security);
  await registerSecurity(app, deps.config);
  await registerAuth(app);
  await registerOpenApi(app);

  await app.register(systemRoutes);
  await app.register(frameworksRoutes);
  await app.register(partnersRoutes);
  await app.register(codelistsRoutes);
  await app.register(contextRoutes);
  await app.register(authRoutes);
  await app.register(oidcRoutes);
  await app.register(ssoRulesRoutes);
  await app.register(accountRoutes);
  await app.register(organisationsRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(activitiesRoutes);
  await app.register(activityFundingRoutes);
  await app.register(fundingRoutes);
  await app.register(fundingSettingsRoutes);
  await app.register(iatiRoutes, { importLimitBytes: deps.config.importLimitBytes });
  await app.register(iatiSourcesRoutes, { settings: syncSettingsOf(deps.config) });
  await registerWebApp(app, deps.webDir ?? WEB_DIST_DIR);

  await app.ready();
  return app;
}
