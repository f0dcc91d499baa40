// Calls and shapes of the exchange API (server: src/server/exchange). One query-key family so a
// write refreshes every list that shows it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, buildUrl, getCsrfToken } from "../lib/api";

export const EXCHANGE_KEY = ["exchange"] as const;

export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

export interface ApiClient {
  id: number;
  name: string;
  description: string | null;
  keyPrefix: string;
  access: "read" | "write";
  units: UnitRef[];
  indicators: string[];
  rateLimitPerMinute: number;
  federation: boolean;
  downGroups: string[];
  disabled: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  requests24h: number;
  version: number;
}

export interface ClientInput {
  name: string;
  description?: string | null;
  access: "read" | "write";
  units: string[];
  indicators: string[];
  rateLimitPerMinute?: number;
  federation?: boolean;
  downGroups?: string[];
  disabled?: boolean;
  version?: number;
}

export interface UsageRow {
  id: number;
  at: string;
  method: string;
  route: string;
  statusCode: number;
  durationMs: number;
  ip: string | null;
}

export interface SyncLink {
  id: number;
  uid: string;
  name: string;
  upperUrl: string;
  apiKeyPrefix: string;
  ownedUnits: UnitRef[];
  groups: string[];
  paused: boolean;
  state: "paused" | "ok" | "failing" | "new";
  up: {
    cursor: number;
    queueDepth: number;
    lagSeconds: number;
    pushedValues: number;
    lastPushAt: string | null;
  };
  down: { cursor: number; pending: number; pulledValues: number; lastPullAt: string | null };
  lastError: string | null;
  lastErrorAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  nextAttemptAt: string;
  inboundTasks: number;
  version: number;
}

export interface LinkInput {
  name: string;
  upperUrl: string;
  apiKey?: string;
  ownedUnits: string[];
  groups: string[];
  notifySecret?: string | null;
  version?: number;
}

export interface Peer {
  id: number;
  name: string;
  disabled: boolean;
  units: string[];
  lastBatchAt: string | null;
  batches24h: number;
  values24h: number;
  lastRejectedAt: string | null;
}

export interface InboundTask {
  remoteId: number;
  payload: {
    title: string;
    code: string | null;
    leadUnit: string;
    dueTo: string | null;
    deadlineText: string | null;
    planNumber: string | null;
    progress: number;
  };
  receivedAt: string;
  updatedAt: string;
}

export interface Webhook {
  id: number;
  name: string;
  url: string;
  events: string[];
  active: boolean;
  units: UnitRef[];
  pending: number;
  failed: number;
  lastDeliveredAt: string | null;
  createdAt: string;
  version: number;
}

export interface WebhookInput {
  name: string;
  url: string;
  events: string[];
  units: string[];
  active?: boolean;
  version?: number;
}

export interface Delivery {
  id: number;
  eventId: string;
  eventType: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface ImportSummary {
  status: "SUCCESS" | "WARNING" | "ERROR";
  description: string;
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts: { object: string; value: string }[];
}

export interface IndicatorGroup {
  code: string;
  name: string;
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: EXCHANGE_KEY });
}

export const useClients = () =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "clients"],
    queryFn: ({ signal }) => api.get<{ items: ApiClient[] }>("/exchange/clients", undefined, signal),
  });

export const useClientUsage = (id: number | null) =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "usage", id],
    queryFn: ({ signal }) =>
      api.get<{ items: UsageRow[]; total: number }>(
        `/exchange/clients/${id}/usage`,
        { pageSize: 100 },
        signal,
      ),
    enabled: id !== null,
  });

export function useSaveClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: {
      id?: number;
      input: ClientInput;
    }): Promise<{ item: ApiClient; apiKey?: string }> =>
      id
        ? api.put<{ item: ApiClient }>(`/exchange/clients/${id}`, input)
        : api.post<{ item: ApiClient; apiKey: string }>("/exchange/clients", input),
    onSuccess: invalidate,
  });
}

export function useRotateKey() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: number) =>
      api.post<{ item: ApiClient; apiKey: string }>(`/exchange/clients/${id}/rotate-key`),
    onSuccess: invalidate,
  });
}

export const useLinks = () =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "links"],
    queryFn: ({ signal }) => api.get<{ items: SyncLink[] }>("/exchange/sync/links", undefined, signal),
    // The status screen follows the sync as it runs.
    refetchInterval: 5000,
  });

export const usePeers = () =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "peers"],
    queryFn: ({ signal }) => api.get<{ items: Peer[] }>("/exchange/sync/peers", undefined, signal),
    refetchInterval: 15_000,
  });

export const useInboundTasks = (id: number | null) =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "inbound", id],
    queryFn: ({ signal }) =>
      api.get<{ items: InboundTask[] }>(`/exchange/sync/links/${id}/tasks`, undefined, signal),
    enabled: id !== null,
  });

export function useSaveLink() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number; input: LinkInput }) =>
      id
        ? api.put<{ item: SyncLink }>(`/exchange/sync/links/${id}`, input)
        : api.post<{ item: SyncLink }>("/exchange/sync/links", input),
    onSuccess: invalidate,
  });
}

export function useLinkAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: "pause" | "resume" | "run" }) =>
      api.post<{ item: SyncLink }>(`/exchange/sync/links/${id}/${action}`),
    onSuccess: invalidate,
  });
}

export const useWebhooks = () =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "webhooks"],
    queryFn: ({ signal }) => api.get<{ items: Webhook[] }>("/exchange/webhooks", undefined, signal),
  });

export const useDeliveries = (id: number | null) =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "deliveries", id],
    queryFn: ({ signal }) =>
      api.get<{ items: Delivery[]; total: number }>(
        `/exchange/webhooks/${id}/deliveries`,
        { pageSize: 100 },
        signal,
      ),
    enabled: id !== null,
  });

export function useSaveWebhook() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: {
      id?: number;
      input: WebhookInput;
    }): Promise<{ item: Webhook; secret?: string }> =>
      id
        ? api.put<{ item: Webhook }>(`/exchange/webhooks/${id}`, input)
        : api.post<{ item: Webhook; secret: string }>("/exchange/webhooks", input),
    onSuccess: invalidate,
  });
}

export function useRedeliver() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, deliveryId }: { id: number; deliveryId: number }) =>
      api.post(`/exchange/webhooks/${id}/deliveries/${deliveryId}/redeliver`),
    onSuccess: invalidate,
  });
}

export const useGroups = () =>
  useQuery({
    queryKey: [...EXCHANGE_KEY, "groups"],
    queryFn: ({ signal }) => api.get<{ items: IndicatorGroup[] }>("/indicator-groups", undefined, signal),
    staleTime: 300_000,
  });

/** DHIS2 import: both 200 and 409 answer with a DHIS2 import summary, so read it either way. */
export function useDhis2Import() {
  return useMutation({
    mutationFn: async ({
      payload,
      dryRun,
    }: {
      payload: unknown;
      dryRun: boolean;
    }): Promise<ImportSummary> => {
      const csrf = getCsrfToken();
      const res = await fetch(
        buildUrl("/exchange/dhis2/dataValueSets", { dryRun: dryRun ? "true" : "false" }),
        {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "content-type": "application/json",
            accept: "application/json",
            ...(csrf ? { "x-csrf-token": csrf } : {}),
          },
          body: JSON.stringify(payload),
        },
      );
      const body = await res.json().catch(() => null);
      if ((res.ok || res.status === 409) && body?.responseType === "ImportSummary")
        return body as ImportSummary;
      const err = body?.error;
      throw new ApiError(
        res.status,
        err?.code ?? `HTTP_${res.status}`,
        err?.message ?? res.statusText,
        err?.details ?? [],
      );
    },
  });
}
