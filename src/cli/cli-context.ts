import type { Logger } from 'pino';
import type { ServiceContext } from '@/platform/context';
import type { Db } from '@/platform/db/connect';

/** The context of a verb run from the command line: the operator acts as the `cli` actor. */
export function cliContext(db: Db, logger: Logger, command: string): ServiceContext {
  return {
    actor: { type: 'cli', command },
    db: db.kysely,
    dialect: db.dialect,
    now: () => new Date(),
    log: logger,
    requestId: `cli-${command}`,
  };
}
