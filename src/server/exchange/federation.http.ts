// Calls from a lower instance to its upper one: JSON over HTTP with the upper-issued API key, a
// timeout, and errors worded for the sync status screen.

export class SyncCallError extends Error {
  constructor(
    message: string,
    readonly status = 0,
    readonly conflicts: { object: string; value: string }[] = [],
  ) {
    super(message);
  }
}

export interface UpperCall {
  url: string;
  apiKey: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export async function callUpper<T>(
  c: UpperCall,
  path: string,
  init: { method?: "GET" | "POST"; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T | undefined; headers: Headers }> {
  const url = `${c.url.replace(/\/+$/, "")}/api/v1/exchange${path}`;
  let res: Response;
  try {
    res = await (c.fetchImpl ?? fetch)(url, {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${c.apiKey}`,
        accept: "application/json",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
        ...(init.headers ?? {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(c.timeoutMs ?? 60_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why =
      (e as Error).name === "TimeoutError"
        ? "hết thời gian chờ"
        : (cause?.code ?? cause?.message ?? (e as Error).message);
    throw new SyncCallError(`Không kết nối được hệ thống cấp trên (${c.url}): ${why}.`);
  }
  if (res.status === 304) return { status: 304, body: undefined, headers: res.headers };
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new SyncCallError(`Hệ thống cấp trên trả lời không phải JSON (HTTP ${res.status}).`, res.status);
  }
  if (res.ok) return { status: res.status, body: body as T, headers: res.headers };
  const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const conflicts =
    (body as { conflicts?: { object: string; value: string }[] } | undefined)?.conflicts ?? [];
  if (conflicts.length) {
    const shown = conflicts
      .slice(0, 5)
      .map((c) => `${c.object}: ${c.value}`)
      .join("; ");
    throw new SyncCallError(
      `Cấp trên từ chối lô dữ liệu (${conflicts.length} xung đột): ${shown}`,
      res.status,
      conflicts,
    );
  }
  throw new SyncCallError(
    `Cấp trên trả lỗi HTTP ${res.status}${err ? ` ${err.code}: ${err.message}` : ""}.`,
    res.status,
  );
}
