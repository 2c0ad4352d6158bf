import type { Command } from 'commander';
import { startServer } from '@/http/server';
import { loadConfig } from '@/platform/config';
import { createLogger } from '@/platform/logger';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('migrate, load reference data and serve the API and web app (HOST, PORT)')
    .action(async () => {
      const config = loadConfig();
      const server = await startServer(config, createLogger(config));
      process.stdout.write(
        `\nCARSI platform is running at ${server.url}  (${server.db.dialect}; Ctrl+C to stop)\n\n`,
      );
      if (server.demoLoaded) {
        process.stdout.write(
          'A fictional demo portfolio was loaded (every record is marked demo; CARSI_DEMO_ON_FIRST_START=false to skip).\n\n',
        );
      }
      if (server.setupUrl !== null) {
        process.stdout.write(
          `No administrator exists yet. Create the first one, once, at this private link (valid 24 h):\n` +
            `  ${server.setupUrl}\n` +
            `or from a shell: carsi users create --email … --name … --role admin --password-stdin\n\n`,
        );
      }
    });
}
