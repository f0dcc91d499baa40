// A small closed-loop HTTP load generator: N concurrent clients (Node's fetch keeps connections
// alive) for a fixed time. The same generator measures our routes and the bare Fastify route, so
// the ratio between them holds even though the generator itself costs CPU.

export async function requestsPerSecond(
  url: string,
  opts: { seconds: number; concurrency: number; headers?: Record<string, string> },
): Promise<number> {
  const until = Date.now() + opts.seconds * 1000;
  let done = 0;
  const worker = async () => {
    while (Date.now() < until) {
      const res = await fetch(url, { headers: opts.headers });
      await res.arrayBuffer();
      if (res.status < 400) done++;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return done / ((Date.now() - started) / 1000);
}
