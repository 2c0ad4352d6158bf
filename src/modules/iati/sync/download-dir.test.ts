import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDownloadDir, removeDownload } from './download-dir';

describe('download folders', () => {
  it('removes this user’s folders left over by a process that died a day ago, and nothing else', async () => {
    const dayAgo = new Date(Date.now() - 25 * 60 * 60_000);
    const leftover = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-download-'));
    fs.writeFileSync(path.join(leftover, 'download.xml'), '<iati-activities/>');
    fs.utimesSync(leftover, dayAgo, dayAgo);
    const recent = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-download-'));
    const unrelated = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-other-'));
    fs.utimesSync(unrelated, dayAgo, dayAgo);

    const dir = await createDownloadDir();
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(unrelated)).toBe(true);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);

    // Only download folders are removed with their file.
    const outside = path.join(unrelated, 'kept.xml');
    fs.writeFileSync(outside, 'x');
    await removeDownload(outside);
    expect(fs.existsSync(outside)).toBe(true);
    await removeDownload(path.join(dir, 'download.xml'));
    await removeDownload(path.join(recent, 'download.xml'));
    expect([fs.existsSync(dir), fs.existsSync(recent)]).toEqual([false, false]);
    fs.rmSync(unrelated, { recursive: true });
  });
});
