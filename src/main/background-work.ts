/**
 * Work the server does on its own while it runs: held leads are retried after
 * `holdRetryMinutes`, and owners who miss the SLA's first touch lose the lead. Due times come
 * from the database, so a restart loses nothing.
 */
import type { AppDeps } from '../app/ports.ts';
import { runDueRoutingWork } from '../app/routing/run-due-routing-work.ts';

export const BACKGROUND_INTERVAL_MS = 60_000;

export function startBackgroundWork(
  deps: AppDeps,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(async () => runDueRoutingWork(deps, await deps.stores.workspaces.ids()))
      .catch(onError);
  };
  const timer = setInterval(tick, BACKGROUND_INTERVAL_MS);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
