/**
 * A bounded load loop over loopback: `concurrency` clients issue GETs back to back for
 * `durationMs`, and the figure is completed requests per second.
 */
export async function requestsPerSecond(
  url: string,
  options: {
    headers?: Record<string, string>;
    concurrency?: number;
    durationMs?: number;
    warmupMs?: number;
  } = {},
): Promise<number> {
  const { headers = {}, concurrency = 8, durationMs = 5_000, warmupMs = 1_000 } = options;
  const run = async (ms: number) => {
    const until = performance.now() + ms;
    let done = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const res = await fetch(url, { headers });
          if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
          await res.arrayBuffer();
          done += 1;
        }
      }),
    );
    return done;
  };
  await run(warmupMs);
  const started = performance.now();
  const done = await run(durationMs);
  return done / ((performance.now() - started) / 1000);
}
