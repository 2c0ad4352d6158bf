import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { authorize } from '@/modules/access';
import { createImportJob, exportIatiActivities, runImportJob, type ImportReport } from '@/modules/iati';
import { runCommand } from '../run-command';

const split = (text: string | undefined) =>
  text
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function describeReport(report: ImportReport): string {
  if (report.status === 'refused') {
    return `${report.fileName}: REFUSED — ${report.refusal?.message.en ?? ''}\n`;
  }
  const { activities, transactions, budgets, findings } = report;
  return (
    `${report.fileName}${report.dryRun ? ' (dry run: nothing changed)' : ''}: ` +
    `${activities.inFile} activities — ${activities.created} created, ${activities.updated} updated, ` +
    `${activities.unchanged} unchanged, ${activities.rejected} rejected; ` +
    `transactions ${transactions.stored} stored / ${transactions.rejected} rejected; ` +
    `budgets ${budgets.stored} stored / ${budgets.rejected} rejected; ` +
    `findings: ${findings.error} errors, ${findings.warning} warnings, ${findings.info} notes ` +
    `(${(report.durationMs / 1000).toFixed(1)} s)\n`
  );
}

export function registerIatiCommands(program: Command): void {
  program
    .command('import')
    .description('import data files')
    .command('iati')
    .description('import IATI activity files (1.0x–2.03); exit 1 when any file was refused')
    .argument('<files...>', 'IATI XML files')
    .option('--dry-run', 'report what would change, change nothing')
    .option('--validate', 'check each file against the official IATI 2.03 schema first; refuse invalid files')
    .option('--json', 'print one JSON report per file (with its findings), one per line')
    .action(async (files: string[], options: { dryRun?: boolean; validate?: boolean; json?: boolean }) => {
      await runCommand('import iati', async (ctx) => {
        authorize(ctx.actor, 'iati.import');
        for (const file of files) {
          const sizeBytes = (await stat(file)).size;
          const job = await createImportJob({
            ctx,
            input: {
              fileName: path.basename(file),
              sizeBytes,
              dryRun: options.dryRun === true,
              validate: options.validate === true,
            },
          });
          const bar =
            options.json === true || process.stderr.isTTY !== true
              ? undefined
              : new SingleBar({
                  format: `${path.basename(file)} [{bar}] {percentage}% | {value}/{total} bytes`,
                  stream: process.stderr,
                });
          bar?.start(sizeBytes, 0);
          const result = await runImportJob({
            ctx,
            jobId: job.id,
            path: file,
            onProgress: (bytesRead) => bar?.update(bytesRead),
          });
          bar?.update(sizeBytes);
          bar?.stop();
          if (result === undefined) {
            throw new Error(`${file}: the import failed; see the log above (job ${job.id})`);
          }
          if (result.report.status === 'refused') {
            process.exitCode = 1;
          }
          process.stdout.write(
            options.json === true
              ? `${JSON.stringify({ jobId: job.id, ...result.report, findingList: result.findings })}\n`
              : describeReport(result.report),
          );
        }
      });
    });

  program
    .command('export')
    .description('export data files')
    .command('iati')
    .description('write the selected activities as IATI 2.03 XML (default: published activities)')
    .requiredOption('--out <file>', 'where to write the XML')
    .option(
      '--workflow-state <states>',
      'comma-separated: draft, submitted, approved, published',
      'published',
    )
    .option('--country <codes>', 'comma-separated ISO 3166-1 codes')
    .option('--reporting-org <ids>', 'comma-separated organisation ids')
    .option('--no-demo', 'leave out the fictional demo portfolio')
    .action(
      async (options: {
        out: string;
        workflowState: string;
        country?: string;
        reportingOrg?: string;
        demo: boolean;
      }) => {
        await runCommand('export iati', async (ctx) => {
          authorize(ctx.actor, 'activity.read');
          const out = createWriteStream(options.out);
          const result = await exportIatiActivities({
            db: ctx.db,
            filter: {
              workflowStates: split(options.workflowState) as ('draft' | 'published')[],
              countries: split(options.country)?.map((code) => code.toUpperCase()),
              reportingOrgIds: split(options.reportingOrg),
              includeDemo: options.demo,
            },
            out,
            now: ctx.now(),
          });
          out.end();
          await finished(out);
          process.stdout.write(
            `${result.activities} activities written to ${options.out}` +
              (result.skippedWithoutDates.length > 0
                ? `; ${result.skippedWithoutDates.length} left out for having no date (IATI requires one)`
                : '') +
              '\n',
          );
        });
      },
    );
}
