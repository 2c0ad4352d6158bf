import fs from 'node:fs';
import crypto from 'node:crypto';
import type { Command } from 'commander';
import { anchorAuditHead, verifyAuditChain, type AuditAnchor } from '@/modules/audit';
import { loadConfig } from '@/platform/config';
import { connect } from '@/platform/db/connect';
import { loadOrCreateAuditSigningKey } from '@/platform/keys';
import { createLogger } from '@/platform/logger';
import { cliContext } from '../cli-context';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');

  audit
    .command('verify')
    .description('recompute the hash chain; exit 0 if intact, 1 naming the first broken entry')
    .option('--anchor <file>', 'also check against an anchor written earlier by `carsi audit anchor`')
    .action(async (options: { anchor?: string }) => {
      const config = loadConfig();
      const db = connect(config.database);
      try {
        const anchor =
          options.anchor === undefined
            ? undefined
            : (JSON.parse(fs.readFileSync(options.anchor, 'utf8')) as AuditAnchor);
        const publicKeyPem = crypto
          .createPublicKey(loadOrCreateAuditSigningKey(config))
          .export({ type: 'spki', format: 'pem' })
          .toString();
        const verdict = await verifyAuditChain({
          ctx: cliContext(db, createLogger({ logLevel: 'warn' }), 'audit verify', config),
          input: { anchor, publicKeyPem },
        });
        if (verdict.ok) {
          process.stdout.write(
            `Audit chain intact: ${verdict.entries} entries${verdict.head ? `, head ${verdict.head.seq} ${verdict.head.hash}` : ''}.\n`,
          );
        } else {
          process.stdout.write(`Audit chain BROKEN at entry ${verdict.firstBrokenSeq}: ${verdict.reason}.\n`);
          process.exitCode = 1;
        }
      } finally {
        await db.close();
      }
    });

  audit
    .command('anchor')
    .description('sign the current head of the chain (Ed25519) for safekeeping by a third party')
    .option('--out <file>', 'write the anchor here instead of stdout')
    .action(async (options: { out?: string }) => {
      const config = loadConfig();
      const db = connect(config.database);
      try {
        const anchor = await anchorAuditHead({
          ctx: cliContext(db, createLogger({ logLevel: 'warn' }), 'audit anchor', config),
          input: { privateKey: loadOrCreateAuditSigningKey(config) },
        });
        const text = `${JSON.stringify(anchor, null, 2)}\n`;
        if (options.out === undefined) {
          process.stdout.write(text);
        } else {
          fs.writeFileSync(options.out, text);
          process.stdout.write(`Anchored entry ${anchor.seq} in ${options.out}.\n`);
        }
      } finally {
        await db.close();
      }
    });
}
