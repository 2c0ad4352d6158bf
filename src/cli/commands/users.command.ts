import type { Command } from 'commander';
import { createUser } from '@/modules/identity';
import { resolveOrganisation } from '@/modules/partners';
import { withTransaction } from '@/platform/context';
import { readStdin } from '../read-stdin';
import { runCommand } from '../run-command';

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
    .requiredOption(
      '--role <role>',
      'admin, donor_officer, government_planner, sica_coordinator, implementer, vetting_officer, auditor or viewer',
    )
    .option(
      '--org <organisation>',
      'organisation id or IATI identifier: the user belongs to it and the grant is limited to it',
    )
    .option('--country <code>', 'limit the grant to one partner country (ISO alpha-2)')
    .option('--language <es|en>', 'language of the user', 'es')
    .option(
      '--password-stdin',
      'read the password from standard input (otherwise the user sets it by reset link)',
    )
    .action(async (options: CreateOptions) =>
      runCommand('users create', async (ctx) => {
        const password =
          options.passwordStdin === true ? (await readStdin()).replace(/\r?\n$/, '') : undefined;
        const user = await withTransaction(ctx, async (trx) => {
          const trxCtx = { ...ctx, db: trx };
          const organisationId = await resolveOrganisation({
            ctx: trxCtx,
            input: { reference: options.org },
          });
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
      }),
    );
}
