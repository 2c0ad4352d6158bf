import type { Command } from 'commander';
import { createUser } from '@/modules/identity';
import { resolveOrganisation } from '@/modules/partners';
import { withTransaction } from '@/platform/context';
import { loadConfig } from '@/platform/config';
import { connect } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';
import { createLogger } from '@/platform/logger';
import { cliContext } from '../cli-context';
import { describeCliError } from '../describe-error';
import { readStdin } from '../read-stdin';

interface CreateOptions {
  email: string;
  name: string;
  role: string;
  org?: string;
  country?: string;
  language?: string;
  passwordStdin?: boolean;
}

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('people who sign in');
  users
    .command('create')
    .description('create a user with one role grant (scoped by --org and/or --country)')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', 'admin, donor_officer, government_planner, sica_coordinator, implementer, vetting_officer, auditor or viewer')
    .option('--org <organisation>', 'organisation id or IATI identifier: the user belongs to it and the grant is limited to it')
    .option('--country <code>', 'limit the grant to one partner country (ISO alpha-2)')
    .option('--language <es|en>', 'language of the user', 'es')
    .option('--password-stdin', 'read the password from standard input (otherwise the user sets it by reset link)')
    .action(async (options: CreateOptions) => {
      const config = loadConfig();
      const db = connect(config.database);
      try {
        await migrateToLatest(db.kysely);
        const password = options.passwordStdin === true ? (await readStdin()).replace(/\r?\n$/, '') : undefined;
        const ctx = cliContext(db, createLogger({ logLevel: 'warn' }), 'users create', config);
        const user = await withTransaction(ctx, async (trx) => {
          const trxCtx = { ...ctx, db: trx };
          const organisationId = await resolveOrganisation({ ctx: trxCtx, input: { reference: options.org } });
          return createUser({
            ctx: trxCtx,
            input: {
              email: options.email,
              name: options.name,
              organisationId,
              language: options.language as 'es' | 'en',
              password,
              grants: [
                {
                  role: options.role as 'viewer',
                  organisationId: options.org === undefined ? null : organisationId,
                  countryCode: options.country ?? null,
                },
              ],
            },
          });
        });
        process.stdout.write(`Created user ${user.email} (${user.id}) with role ${options.role}.\n`);
      } catch (error) {
        process.stderr.write(`carsi users create: ${describeCliError(error)}\n`);
        process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
