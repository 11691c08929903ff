// bench/api: CPU per call of two versions of one answer, measured alternately in one process, so a
// shared machine's load falls on both alike (the reply-path scripts compare an old tree with this one).

/** Mean CPU µs (user + system) of `calls` sequential calls of f. */
async function cpuPerCall(f: () => Promise<string>, calls: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median CPU µs per call of before and after over 7 alternating rounds, after 3 warm-up calls of each. */
export async function alternatingCpu(
  before: () => Promise<string>,
  after: () => Promise<string>,
  calls: number,
): Promise<readonly [number, number]> {
  for (let i = 0; i < 3; i++) await Promise.all([before(), after()]);
  const olds: number[] = [];
  const news: number[] = [];
  for (let round = 0; round < 7; round++) {
    olds.push(await cpuPerCall(before, calls));
    news.push(await cpuPerCall(after, calls));
  }
  return [median(olds), median(news)];
}
