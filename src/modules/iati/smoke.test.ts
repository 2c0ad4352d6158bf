import { it } from 'vitest';
import { createSeededTestDb, testContext } from '../../../test/db';
import { importIatiFile } from '@/modules/iati';
it('smoke', async () => {
  const db = await createSeededTestDb('sqlite');
  for (const f of process.env.FILES!.split(',')) {
    const t0 = Date.now();
    const r = await importIatiFile({
      ctx: testContext(db),
      path: f,
      options: { fileName: f.split('/').pop()!, dryRun: false, validate: false },
    });
    console.log(Date.now() - t0, 'ms', JSON.stringify(r.report).slice(0, 1500));
    const codes = new Map<string, number>();
    for (const x of r.findings)
      codes.set(x.severity + ' ' + x.code, (codes.get(x.severity + ' ' + x.code) ?? 0) + 1);
    console.log([...codes]);
  }
}, 600000);
