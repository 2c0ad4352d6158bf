import type { Config } from '@/platform/config';
import { REFERENCE_DIR } from '@/platform/paths';

/** How often a running sync writes its heartbeat (claim-source-run.ts judges abandoned runs by it). */
export const HEARTBEAT_MS = 5_000;

/** What fetching sources needs from the configuration (docs/SOURCES.md, README "Configuration"). */
export interface SyncSettings {
  /** Where the shipped public files are (`reference/`). */
  readonly referenceDir: string;
  readonly registryUrl: string;
  readonly datastoreUrl: string;
  readonly datastoreKey: string | undefined;
  /** The largest file a fetch may bring (the upload limit: the import treats both alike). */
  readonly limitBytes: number;
  /** A request is abandoned after this long without data. */
  readonly timeoutMs: number;
  /** A request, its redirects included, is abandoned after this long in all. */
  readonly deadlineMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  /** Loopback, private, link-local and unique-local destinations are refused unless this is true. */
  readonly allowPrivateAddresses: boolean;
  /** How often a running sync marks itself alive. */
  readonly heartbeatMs: number;
}

/** What registering or changing a source needs: where shipped folders are, and which addresses to refuse. */
export type SourceCheckSettings = Pick<SyncSettings, 'referenceDir' | 'allowPrivateAddresses'>;

/** The defaults of a verb called without settings: the installed reference data, private addresses refused. */
export const DEFAULT_CHECK_SETTINGS: SourceCheckSettings = {
  referenceDir: REFERENCE_DIR,
  allowPrivateAddresses: false,
};

/** The sync settings of a configuration. */
export function syncSettingsOf(config: Config, referenceDir = REFERENCE_DIR): SyncSettings {
  return {
    referenceDir,
    registryUrl: config.sync.registryUrl,
    datastoreUrl: config.sync.datastoreUrl,
    datastoreKey: config.sync.datastoreKey,
    limitBytes: config.importLimitBytes,
    timeoutMs: config.sync.timeoutMs,
    deadlineMs: config.sync.deadlineMs,
    retries: config.sync.retries,
    retryDelayMs: config.sync.retryDelayMs,
    allowPrivateAddresses: config.sync.allowPrivateAddresses,
    heartbeatMs: HEARTBEAT_MS,
  };
}
