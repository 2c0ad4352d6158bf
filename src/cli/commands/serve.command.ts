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
    });
}
