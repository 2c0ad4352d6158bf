import { loadConfig } from '@/platform/config';
import type { ServiceContext } from '@/platform/context';
import type { Db } from '@/platform/db/connect';
import { createLogger } from '@/platform/logger';
import { cliContext } from './cli-context';
import { describeCliError } from './describe-error';
import { prepareDatabase } from './prepare-database';

/**
 * Runs an operator's command as the `cli` actor on the configured, prepared database, and reports a
 * failure — with its error code and every field problem — on stderr with exit code 1.
 */
export async function runCommand(
  command: string,
  work: (ctx: ServiceContext) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ logLevel: 'warn' });
  let db: Db | undefined;
  try {
    db = await prepareDatabase(config, logger);
    await work(cliContext(db, logger, command, config));
  } catch (error) {
    process.stderr.write(`carsi ${command}: ${describeCliError(error)}\n`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
