import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Each download gets a folder of its own, made by mkdtemp (mode 0700): `<tmp>/carsi-download-XXXXXX`. */
const PREFIX = 'carsi-download-';
/** mkdtemp's names: the prefix and six characters; nothing else in the temporary folder is taken for ours. */
const OURS = /^carsi-download-[A-Za-z0-9]{6}$/;
/** A folder of ours this old is a leftover of a process that died: no download lasts a day. */
const LEFTOVER_AFTER_MS = 24 * 60 * 60_000;

let swept: Promise<void> | undefined;

/**
 * A new private folder for one download. A shared, fixed folder could be made beforehand by another user
 * of the machine (who would then read, or swap, what we import); mkdtemp's folder is new, ours and 0700.
 * The first call of a process also removes this user's leftovers of processes that died mid-download.
 */
export async function createDownloadDir(): Promise<string> {
  swept ??= sweepLeftovers();
  await swept;
  return mkdtemp(path.join(os.tmpdir(), PREFIX));
}

/** Deletes a downloaded file with its folder; a path outside our download folders is left alone. */
export async function removeDownload(file: string | undefined): Promise<void> {
  const dir = file === undefined ? undefined : path.dirname(file);
  if (dir !== undefined && isDownloadDir(dir)) {
    await rm(dir, { recursive: true, force: true });
  }
}

function isDownloadDir(dir: string): boolean {
  return path.dirname(dir) === os.tmpdir() && OURS.test(path.basename(dir));
}

/** Removes this user's download folders older than a day (never following links, never others' folders). */
async function sweepLeftovers(): Promise<void> {
  const tmp = os.tmpdir();
  const names = await readdir(tmp).catch(() => [] as string[]);
  const cutoff = Date.now() - LEFTOVER_AFTER_MS;
  for (const name of names.filter((entry) => OURS.test(entry))) {
    const dir = path.join(tmp, name);
    const stats = await lstat(dir).catch(() => undefined);
    if (stats?.isDirectory() === true && stats.uid === process.getuid?.() && stats.mtimeMs < cutoff) {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
