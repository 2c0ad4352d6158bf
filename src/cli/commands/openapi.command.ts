import fs from 'node:fs';
import type { Command } from 'commander';
import { buildApp } from '@/http/app';
import { loadConfig } from '@/platform/config';
import { connect } from '@/platform/db/connect';
import { ephemeralKeys } from '@/platform/keys';
import { createLogger } from '@/platform/logger';

/** Renders the OpenAPI document from the route schemas, without a database file or a port. */
export async function renderOpenApi(): Promise<string> {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' });
  const db = connect(config.database);
  const app = await buildApp({
    config,
    db,
    logger: createLogger({ logLevel: 'silent' }),
    security: { keys: ephemeralKeys(), requireMfa: config.requireMfa, publicUrl: 'http://127.0.0.1' },
    webDir: '/nonexistent',
  });
  try {
    return `${JSON.stringify(withSortedComponents(app.swagger()), null, 2)}\n`;
  } finally {
    await app.close();
    await db.close();
  }
}

export function registerOpenApiCommand(program: Command): void {
  program
    .command('openapi')
    .description('print the OpenAPI 3 document of the API (or write it with --out)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: { out?: string }) => {
      const document = await renderOpenApi();
      if (options.out === undefined) {
        process.stdout.write(document);
      } else {
        fs.writeFileSync(options.out, document);
      }
    });
}

/** Components are listed in the order modules happened to load; sorting makes the document reproducible. */
function withSortedComponents(document: object): object {
  const { components } = document as { components?: { schemas?: Record<string, unknown> } };
  if (components?.schemas === undefined) {
    return document;
  }
  const schemas = Object.fromEntries(
    Object.entries(components.schemas).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { ...document, components: { ...components, schemas } };
}
