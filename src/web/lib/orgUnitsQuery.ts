// The org-unit list is read by the scope selector, unit pickers and the org-units page; one
// query key family keeps them in one cache and lets a write invalidate them all.
import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import type { OrgUnit } from "./types";

export interface OrgUnitListParams {
  asOf?: string;
  includeInactive?: boolean;
}

export const ORG_UNITS_KEY = ["org-units"] as const;

export function orgUnitListKey(params: OrgUnitListParams) {
  return [...ORG_UNITS_KEY, "list", params.asOf ?? "", params.includeInactive ?? false] as const;
}

export function useOrgUnitList(params: OrgUnitListParams = {}, enabled = true) {
  return useQuery({
    queryKey: orgUnitListKey(params),
    queryFn: ({ signal }) =>
      api
        .get<{ items: OrgUnit[] }>(
          "/org-units",
          { asOf: params.asOf, includeInactive: params.includeInactive ? "true" : undefined },
          signal,
        )
        .then((response) => response.items),
    staleTime: 60_000,
    enabled,
  });
}
