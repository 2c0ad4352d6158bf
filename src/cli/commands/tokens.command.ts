import type { Command } from 'commander';
import { createApiToken, findUserIdByEmail, listApiTokens, revokeApiToken } from '@/modules/identity';
import { runCommand } from '../run-command';

export function registerTokensCommand(program: Command): void {
  const tokens = program.command('tokens').description("users' API bearer tokens");

  tokens
    .command('create')
    .description('create a token for a user and print it once')
    .requiredOption('--email <email>', 'the user')
    .option('--name <name>', 'what the token is for', 'CLI')
    .option('--expires-days <days>', 'days until it expires (default 90; 0: never)', '90')
    .action(async (options: { email: string; name: string; expiresDays: string }) =>
      runCommand('tokens create', async (ctx) => {
        const userId = await findUserIdByEmail({ ctx, input: { email: options.email } });
        const days = Number(options.expiresDays);
        const token = await createApiToken({
          ctx,
          input: { userId, body: { name: options.name, expiresInDays: days === 0 ? null : days } },
        });
        process.stdout.write(`${token.token}\n`);
        process.stderr.write(
          `Token ${token.id} (${token.prefix}…) for ${options.email}, expires ${token.expiresAt ?? 'never'}. It is not shown again.\n`,
        );
      }),
    );

  tokens
    .command('list')
    .description("list a user's tokens (never their secrets)")
    .requiredOption('--email <email>', 'the user')
    .action(async (options: { email: string }) =>
      runCommand('tokens list', async (ctx) => {
        const userId = await findUserIdByEmail({ ctx, input: { email: options.email } });
        for (const token of await listApiTokens({ ctx, input: { userId } })) {
          const state =
            token.revokedAt !== null ? `revoked ${token.revokedAt}` : `expires ${token.expiresAt ?? 'never'}`;
          process.stdout.write(
            `${token.id}  ${token.prefix}…  ${token.name}  ${state}  last used ${token.lastUsedAt ?? 'never'}\n`,
          );
        }
      }),
    );

  tokens
    .command('revoke')
    .description('revoke a token at once')
    .requiredOption('--email <email>', 'the user')
    .requiredOption('--id <tokenId>', 'the token id (see `carsi tokens list`)')
    .action(async (options: { email: string; id: string }) =>
      runCommand('tokens revoke', async (ctx) => {
        const userId = await findUserIdByEmail({ ctx, input: { email: options.email } });
        const token = await revokeApiToken({ ctx, input: { userId, tokenId: options.id } });
        process.stdout.write(`Revoked ${token.id} (${token.prefix}…).\n`);
      }),
    );
}
