/** A clock that stands still until moved. */
export function fixedClock(iso = '2026-03-02T01:00:00.000Z') {
  let now = new Date(iso);
  return {
    now: () => new Date(now.getTime()),
    set: (next: string) => {
      now = new Date(next);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
