// The unit scope every capability page works in. It lives in the URL (?unit=<id>) so a link
// or a reload keeps it, with the last choice remembered in localStorage for new visits.
// Read it with useScope().
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useMe } from "../lib/auth";
import { unitsCoveredByGrants } from "../lib/orgTree";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import { type Id, type OrgUnit, parseId } from "../lib/types";

export interface Scope {
  /** The chosen unit's id; null while nothing is chosen (no grants, or still loading). */
  unitId: Id | null;
  unit: OrgUnit | null;
  /** Every unit the user's grants cover, in tree order. */
  units: OrgUnit[];
  setUnitId: (id: Id) => void;
  isLoading: boolean;
}

export const SCOPE_PARAM = "unit";
const STORAGE_KEY = "dh.scope";

const ScopeContext = createContext<Scope | null>(null);

function readStored(): Id | null {
  try {
    return parseId(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function ScopeProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const list = useOrgUnitList();
  const units = useMemo(
    () => (list.data ? unitsCoveredByGrants(list.data, me.grants) : []),
    [list.data, me.grants],
  );
  const requested = parseId(params.get(SCOPE_PARAM));

  const unitId = useMemo(() => {
    if (!list.data) return requested;
    const allowed = new Set(units.map((unit) => unit.id));
    const candidates = [requested, readStored(), ...me.grants.map((grant) => grant.orgUnitId)];
    return candidates.find((id): id is Id => id !== null && allowed.has(id)) ?? units[0]?.id ?? null;
  }, [list.data, units, requested, me.grants]);

  // Write the resolved scope back to the URL so every link built from it carries it.
  useEffect(() => {
    if (!list.data || !unitId || requested === unitId) return;
    setParams(
      (current) => {
        current.set(SCOPE_PARAM, String(unitId));
        return current;
      },
      { replace: true },
    );
  }, [list.data, unitId, requested, setParams]);

  const setUnitId = useCallback(
    (id: Id) => {
      try {
        localStorage.setItem(STORAGE_KEY, String(id));
      } catch {
        // Storage refused: the URL still carries the choice.
      }
      setParams((current) => {
        current.set(SCOPE_PARAM, String(id));
        return current;
      });
    },
    [setParams],
  );

  const value = useMemo<Scope>(
    () => ({
      unitId,
      unit: units.find((unit) => unit.id === unitId) ?? null,
      units,
      setUnitId,
      isLoading: list.isLoading,
    }),
    [unitId, units, setUnitId, list.isLoading],
  );
  return <ScopeContext.Provider value={value}>{children}</ScopeContext.Provider>;
}

export function useScope(): Scope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error("useScope() used outside ScopeProvider");
  return scope;
}

/** A path with the current scope attached, for links between capability pages. */
export function withScope(path: string, unitId: Id | null): string {
  if (unitId === null) return path;
  const separator = path.includes("?") ? "&" : "?";
  return `${path}${separator}${SCOPE_PARAM}=${unitId}`;
}
