import type { Config } from '@/platform/config';
import { REFERENCE_DIR } from '@/platform/paths';

/** What fetching sources needs from the configuration (docs/SOURCES.md, README "Configuration"). */
export interface SyncSettings {
  /** Where the shipped public files are (`reference/`). */
  readonly referenceDir: string;
  readonly registryUrl: string;
  readonly datastoreUrl: string;
  readonly datastoreKey: string | undefined;
  /** The largest file a fetch may bring (the upload limit: the import treats both alike). */
  readonly limitBytes: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
}

/** The sync settings of a configuration. */
export function syncSettingsOf(config: Config, referenceDir = REFERENCE_DIR): SyncSettings {
  return {
    referenceDir,
    registryUrl: config.sync.registryUrl,
    datastoreUrl: config.sync.datastoreUrl,
    datastoreKey: config.sync.datastoreKey,
    limitBytes: config.importLimitBytes,
    timeoutMs: config.sync.timeoutMs,
    retries: config.sync.retries,
    retryDelayMs: config.sync.retryDelayMs,
  };
}
