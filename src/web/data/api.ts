// Server calls of data entry. Writes of figures answer 422 with a full result (errors by row
// and column, warnings) rather than the usual error body, so they are read here directly.
import { useQuery } from "@tanstack/react-query";
import { ApiError, api, buildUrl, getCsrfToken } from "../lib/api";
import type { Id } from "../lib/types";
import type { GridResponse, PendingRow } from "./grid-model";
import type { RowProblem } from "./ImportErrorsTable";

export interface WriteResult {
  dryRun: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: RowProblem[];
  warnings: RowProblem[];
}

export const DATA_KEY = ["data-entry"] as const;

export function useEntryGrid(period: string | null, orgUnit: Id | null, group: string | null) {
  return useQuery({
    queryKey: [...DATA_KEY, "grid", period, orgUnit, group ?? ""],
    queryFn: ({ signal }) =>
      api.get<GridResponse>("/data-entry/grid", { period, orgUnit, group: group ?? undefined }, signal),
    enabled: period !== null && orgUnit !== null,
    staleTime: 0,
  });
}

/** POST a JSON or multipart body and accept a WriteResult on 200 and on 422/409. */
async function postWrite(path: string, body: unknown, query?: Record<string, string>): Promise<WriteResult> {
  const headers: Record<string, string> = { accept: "application/json" };
  const token = getCsrfToken();
  if (token) headers["x-csrf-token"] = token;
  let payload: BodyInit;
  if (body instanceof FormData) payload = body;
  else {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method: "POST",
      headers,
      body: payload,
      credentials: "same-origin",
    });
  } catch (cause) {
    throw new ApiError(0, "NETWORK", (cause as Error)?.message ?? "Network error");
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: handled below as a generic failure.
  }
  const result = json as Partial<WriteResult> & {
    error?: { code?: string; message?: string; details?: unknown };
  };
  if (result && Array.isArray(result.errors) && Array.isArray(result.warnings)) return result as WriteResult;
  const error = result?.error;
  if (error && typeof error.code === "string")
    throw new ApiError(
      response.status,
      error.code,
      error.message ?? "",
      Array.isArray(error.details) ? error.details : [],
    );
  throw new ApiError(
    response.status,
    response.status >= 500 ? "INTERNAL" : `HTTP_${response.status}`,
    response.statusText,
  );
}

export function writeValues(rows: PendingRow[], dryRun = false): Promise<WriteResult> {
  return postWrite("/data-values/bulk", { rows, dryRun });
}

export function importValues(file: File, dryRun: boolean): Promise<WriteResult> {
  const form = new FormData();
  form.append("file", file);
  return postWrite("/data-values/import", form, { dryRun: dryRun ? "true" : "false" });
}

export type StatusAction = "submit" | "approve" | "unapprove";

export interface StatusKey {
  indicator: string;
  orgUnit: string;
  period: string;
  disagg: string;
}

export function changeStatus(action: StatusAction, keys: StatusKey[]): Promise<{ changed: number }> {
  return api.post<{ changed: number }>("/data-values/status", { action, keys });
}

export interface HistoryEntry {
  version: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  comment: string | null;
  action: string;
  changedAt: string;
  changedBy: string | null;
}

export function useCellHistory(
  key: { indicator: string; orgUnit: Id; period: string; disagg: string } | null,
) {
  return useQuery({
    queryKey: [...DATA_KEY, "history", key],
    queryFn: ({ signal }) =>
      api
        .get<{ items: HistoryEntry[] }>(
          "/data-values/history",
          {
            indicator: key?.indicator,
            orgUnit: key?.orgUnit,
            period: key?.period,
            disagg: key?.disagg || undefined,
          },
          signal,
        )
        .then((r) => r.items),
    enabled: key !== null,
  });
}
