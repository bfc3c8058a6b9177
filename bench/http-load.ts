/**
 * A bounded load loop over loopback: `concurrency` clients issue requests back to back for
 * `durationMs`; the figures are completed requests per second and the 99th percentile latency.
 */
export type LoadOptions = {
  headers?: Record<string, string>;
  /** A request body per request number (JSON, POST); absent = GET. */
  body?: (n: number) => unknown;
  /** The status every answer must have. */
  status?: number;
  concurrency?: number;
  durationMs?: number;
  warmupMs?: number;
};

export async function load(
  url: string,
  options: LoadOptions = {},
): Promise<{ perSecond: number; p99Ms: number }> {
  const { headers = {}, body, status = 200 } = options;
  const { concurrency = 8, durationMs = 5_000, warmupMs = 1_000 } = options;
  let n = 0;
  const request = async () => {
    const init: RequestInit = body
      ? {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body(n++)),
        }
      : { headers };
    const res = await fetch(url, init);
    if (res.status !== status)
      throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const run = async (ms: number) => {
    const until = performance.now() + ms;
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const started = performance.now();
          await request();
          latencies.push(performance.now() - started);
        }
      }),
    );
    return latencies;
  };
  await run(warmupMs);
  const started = performance.now();
  const latencies = await run(durationMs);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p99Ms = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
  return { perSecond: latencies.length / seconds, p99Ms };
}

export async function requestsPerSecond(url: string, options: LoadOptions = {}): Promise<number> {
  return (await load(url, options)).perSecond;
}
