// Server calls of the org-units capability. Every write invalidates the whole org-units cache:
// a move or a merge changes the list, the details and the scope selector at once.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "../lib/api";
import { ORG_UNITS_KEY } from "../lib/orgUnitsQuery";
import type { Id, ImportResult, OrgUnit, OrgUnitDetail, OrgUnitKind } from "../lib/types";

export function useOrgUnitDetail(id: Id | null) {
  return useQuery({
    queryKey: [...ORG_UNITS_KEY, "detail", id],
    queryFn: ({ signal }) => api.get<OrgUnitDetail>(`/org-units/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

function useOrgUnitWrite<TInput, TResult>(run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
  });
}

export interface CreateOrgUnitInput {
  code: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  parentId: Id;
  validFrom?: string;
}

export function useCreateOrgUnit() {
  return useOrgUnitWrite((input: CreateOrgUnitInput) => api.post<{ item: OrgUnit }>("/org-units", input));
}

export interface UpdateOrgUnitInput {
  id: Id;
  version: number;
  code?: string;
  name?: string;
  shortName?: string | null;
  kind?: OrgUnitKind;
}

export function useUpdateOrgUnit() {
  return useOrgUnitWrite(({ id, ...body }: UpdateOrgUnitInput) =>
    api.patch<{ item: OrgUnit }>(`/org-units/${id}`, body),
  );
}

export function useMoveOrgUnit() {
  return useOrgUnitWrite(({ id, parentId, version }: { id: Id; parentId: Id; version: number }) =>
    api.post<{ item: OrgUnit }>(`/org-units/${id}/move`, { parentId, version }),
  );
}

export type MergeTarget =
  | { id: Id }
  | { code: string; name: string; shortName?: string; kind: OrgUnitKind; parentId: Id };

export interface MergeInput {
  sourceIds: Id[];
  date: string;
  target: MergeTarget;
}

export function useMergeOrgUnits() {
  return useOrgUnitWrite((input: MergeInput) => api.post<{ item: OrgUnit }>("/org-units/merge", input));
}

export function useImportOrgUnits() {
  return useOrgUnitWrite(({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const form = new FormData();
    form.append("file", file);
    return apiRequest<ImportResult>("/org-units/import", {
      method: "POST",
      query: { dryRun: dryRun ? "true" : "false" },
      body: form,
    });
  });
}

export function exportUrl(format: "csv" | "xlsx", asOf?: string): string {
  const params = new URLSearchParams({ format });
  if (asOf) params.set("asOf", asOf);
  return `/api/v1/org-units/export?${params.toString()}`;
}
