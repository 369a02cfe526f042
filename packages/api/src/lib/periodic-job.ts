// A server's timer for a job that runs once at start and then every `intervalMs`: never two runs of it at once in
// the process (a run still going skips the tick; the jobs themselves take a database lock against other
// processes), unref'd so it never keeps the process alive, and `stop` waits for a running run.
import type { Logger } from '../context';

export interface PeriodicJob {
  stop(): Promise<void>;
}

export function startPeriodicJob<T>(options: {
  intervalMs: number;
  logger: Logger;
  /** one run of the job */
  run: () => Promise<T>;
  /** logs what a run did (called after each successful run) */
  report: (result: T) => void;
  /** the message logged when a run fails */
  failure: string;
}): PeriodicJob {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = options
      .run()
      .then(options.report)
      .catch((err: unknown) => options.logger.error({ err }, options.failure))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
