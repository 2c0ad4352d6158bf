import type { FetchOptions } from './fetch-to-file';

/** What stopped a request: no data for too long, or too long in all. */
export type Stop = 'inactivity' | 'deadline';

/**
 * The request's two clocks and its abort signal: an inactivity timer re-armed by every answer and chunk (a
 * large file may take long, a silent server may not), and a deadline (a server trickling a byte now and then
 * may not hold a run for hours). The caller's signal (shutdown, Ctrl-C) aborts it too.
 */
export function guardRequest(options: Pick<FetchOptions, 'timeoutMs' | 'deadlineMs' | 'signal'>) {
  const controller = new AbortController();
  let stoppedBy: Stop | undefined;
  const stop = (reason: Stop) => {
    stoppedBy ??= reason;
    controller.abort();
  };
  let idle: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop('inactivity'), options.timeoutMs);
  };
  const deadline = setTimeout(() => stop('deadline'), options.deadlineMs);
  arm();
  return {
    signal:
      options.signal === undefined ? controller.signal : AbortSignal.any([controller.signal, options.signal]),
    arm,
    stoppedBy: () => stoppedBy,
    dispose: () => {
      clearTimeout(idle);
      clearTimeout(deadline);
    },
  };
}
