import type { Logger } from 'pino';
import type { Config } from '@/platform/config';
import type { ServiceContext } from '@/platform/context';
import type { Db } from '@/platform/db/connect';
import { securitySettings } from '@/platform/keys';

/** The context of a verb run from the command line: the operator acts as the `cli` actor. */
export function cliContext(db: Db, logger: Logger, command: string, config: Config): ServiceContext {
  return {
    actor: { type: 'cli', command },
    db: db.kysely,
    dialect: db.dialect,
    now: () => new Date(),
    log: logger,
    requestId: `cli-${command}`,
    security: securitySettings(config),
  };
}
