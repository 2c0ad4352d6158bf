import { Command } from 'commander';
import { API_VERSION } from '@/http/plugins/openapi';
import { ConfigError } from '@/platform/config';
import { registerActivitiesCommand } from './commands/activities.command';
import { registerAuditCommand } from './commands/audit.command';
import { registerDemoCommand } from './commands/demo.command';
import { registerFundingCommand } from './commands/funding.command';
import { registerIatiCommands } from './commands/iati.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerOpenApiCommand } from './commands/openapi.command';
import { registerSeedCommand } from './commands/seed.command';
import { registerServeCommand } from './commands/serve.command';
import { registerSourcesCommand } from './commands/sources.command';
import { registerSyncCommand } from './commands/sync.command';
import { registerTokensCommand } from './commands/tokens.command';
import { registerUsersCommand } from './commands/users.command';

/** The `carsi` command line. Operators' commands call module verbs in-process as the `cli` actor. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command()
    .name('carsi')
    .description('CARSI Coordination Platform: server and operator commands')
    .version(API_VERSION)
    .showHelpAfterError();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerSeedCommand(program);
  registerOpenApiCommand(program);
  registerAuditCommand(program);
  registerUsersCommand(program);
  registerTokensCommand(program);
  registerDemoCommand(program);
  registerActivitiesCommand(program);
  registerFundingCommand(program);
  registerIatiCommands(program);
  registerSourcesCommand(program);
  registerSyncCommand(program);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    process.stderr.write(`carsi: ${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
