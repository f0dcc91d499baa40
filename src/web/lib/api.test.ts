import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, apiRequest, buildUrl, onUnauthorized, setCsrfToken } from "./api";

type FetchArgs = [string, RequestInit];
let calls: FetchArgs[];

function answer(status: number, body?: unknown) {
  const text = body === undefined ? "" : JSON.stringify(body);
  return new Response(status === 204 ? null : text, {
    status,
    headers: { "content-type": "application/json" },
  });
}

function mockFetch(response: () => Response | Promise<Response>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return response();
    }),
  );
}

beforeEach(() => {
  calls = [];
  setCsrfToken("csrf-123");
});
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("api", () => {
  it("builds URLs under /api/v1 and drops empty query values", () => {
    expect(buildUrl("/org-units", { asOf: "2025-07-01", q: "", includeInactive: undefined, page: 2 })).toBe(
      "/api/v1/org-units?asOf=2025-07-01&page=2",
    );
    expect(buildUrl("/users")).toBe("/api/v1/users");
  });

  it("sends the session cookie but no CSRF token on reads", async () => {
    mockFetch(() => answer(200, { items: [] }));
    await expect(api.get("/org-units")).resolves.toEqual({ items: [] });
    const [, init] = calls[0];
    expect(init.credentials).toBe("same-origin");
    expect((init.headers as Record<string, string>)["x-csrf-token"]).toBeUndefined();
  });

  it("sends JSON and the CSRF token on writes", async () => {
    mockFetch(() => answer(201, { item: { id: 1 } }));
    await api.post("/org-units", { code: "X" });
    const [url, init] = calls[0];
    const headers = init.headers as Record<string, string>;
    expect(url).toBe("/api/v1/org-units");
    expect(init.method).toBe("POST");
    expect(headers["x-csrf-token"]).toBe("csrf-123");
    expect(headers["content-type"]).toBe("application/json");
    expect(init.body).toBe('{"code":"X"}');
  });

  it("leaves the content type of multipart uploads to the browser", async () => {
    mockFetch(() => answer(200, { dryRun: true, created: 0, updated: 0, errors: [] }));
    const form = new FormData();
    form.append("file", new Blob(["code,name\n"]), "units.csv");
    await apiRequest("/org-units/import", { method: "POST", body: form, query: { dryRun: "true" } });
    const [url, init] = calls[0];
    expect(url).toBe("/api/v1/org-units/import?dryRun=true");
    expect(init.body).toBe(form);
    expect((init.headers as Record<string, string>)["content-type"]).toBeUndefined();
    expect((init.headers as Record<string, string>)["x-csrf-token"]).toBe("csrf-123");
  });

  it("returns undefined for 204", async () => {
    mockFetch(() => answer(204));
    await expect(api.post("/auth/logout")).resolves.toBeUndefined();
  });

  it("turns error answers into ApiError with code, message and details", async () => {
    const details = [{ path: "code", message: "Đã dùng" }];
    mockFetch(() => answer(409, { error: { code: "ORG_UNIT_CODE_TAKEN", message: "Mã đã dùng", details } }));
    const error = await api.post("/org-units", {}).catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: "ORG_UNIT_CODE_TAKEN", message: "Mã đã dùng", details });
  });

  it("gives a code to answers that are not JSON errors", async () => {
    mockFetch(() => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    await expect(api.get("/meta")).rejects.toMatchObject({ status: 502, code: "INTERNAL" });
    mockFetch(() => new Response("", { status: 404 }));
    await expect(api.get("/nope")).rejects.toMatchObject({ status: 404, code: "HTTP_404" });
  });

  it("reports network failures as NETWORK", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(api.get("/meta")).rejects.toMatchObject({ status: 0, code: "NETWORK" });
  });

  it("announces a lost session, except where 401 is an expected answer", async () => {
    const seen: string[] = [];
    const stop = onUnauthorized((error) => seen.push(error.code));
    mockFetch(() => answer(401, { error: { code: "AUTH_REQUIRED", message: "Hết phiên" } }));
    await api.get("/org-units").catch(() => undefined);
    await apiRequest("/auth/me", { noAuthRedirect: true }).catch(() => undefined);
    mockFetch(() => answer(401, { error: { code: "AUTH_INVALID_CREDENTIALS", message: "Sai" } }));
    await api.post("/auth/password", {}).catch(() => undefined);
    stop();
    mockFetch(() => answer(401, { error: { code: "AUTH_REQUIRED", message: "Hết phiên" } }));
    await api.get("/org-units").catch(() => undefined);
    expect(seen).toEqual(["AUTH_REQUIRED"]);
  });
});
