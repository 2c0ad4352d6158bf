import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { startIatiSync } from '@/jobs/iati-sync.job';
import { startMailSender } from '@/jobs/mail-sender.job';
import { hasDemoEverLoaded, loadDemoPortfolio } from '@/modules/demo';
import { syncSettingsOf } from '@/modules/iati';
import { issueSetupLink } from '@/modules/identity';
import { seedReferenceData } from '@/modules/reference-data';
import type { Config } from '@/platform/config';
import type { ServiceContext } from '@/platform/context';
import { connect, type Db } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';
import { securitySettings } from '@/platform/keys';
import { REFERENCE_DIR } from '@/platform/paths';
import { buildApp } from './app';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly url: string;
  /** The one-time link to create the first administrator, while there is none. */
  readonly setupUrl: string | null;
  /** Whether this start loaded the fictional demo portfolio (the first start of an empty platform). */
  readonly demoLoaded: boolean;
  stop(): Promise<void>;
}

/**
 * Prepares everything and listens: keys, database, migrations, reference data, HTTP.
 * Stops gracefully on SIGINT/SIGTERM: in-flight requests finish, then the database closes.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const security = securitySettings(config);
  const db = connect(config.database);
  const ctx: ServiceContext = {
    actor: { type: 'system', name: 'startup' },
    db: db.kysely,
    dialect: db.dialect,
    now: () => new Date(),
    log: logger,
    requestId: 'startup',
    security,
  };
  let setupUrl: string | null;
  let demoLoaded = false;
  try {
    const applied = await migrateToLatest(db.kysely);
    logger.info({ applied, dialect: db.dialect }, 'database ready');
    await seedReferenceData({ ctx, input: { referenceDir: REFERENCE_DIR } });
    if (config.demoOnFirstStart && !(await hasDemoEverLoaded(db.kysely))) {
      const demo = await loadDemoPortfolio({ ctx: { ...ctx, actor: { type: 'system', name: 'demo' } } });
      logger.info({ ...demo }, 'demo portfolio loaded on first start (fictional records, marked demo)');
      demoLoaded = demo.status === 'loaded';
    }
    setupUrl = await issueSetupLink({ ctx });
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = await buildApp({ config, db, logger, security });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  const mailSender =
    config.smtpUrl === undefined
      ? undefined
      : startMailSender({
          ctx: { ...ctx, actor: { type: 'system', name: 'mail' } },
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
        });
  const iatiSync = config.sync.schedule
    ? startIatiSync({
        ctx: { ...ctx, actor: { type: 'system', name: 'iati-sync' }, requestId: 'iati-sync' },
        settings: syncSettingsOf(config),
      })
    : undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      await app.close();
      await mailSender?.stop();
      await iatiSync?.stop();
      await db.close();
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
  return { app, db, url, setupUrl, demoLoaded, stop };
}
