// The session as the web app sees it: GET /auth/me cached by TanStack Query under ME_KEY.
// `null` data means "not logged in" (a 401 from /auth/me is an answer, not an error).
import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { ApiError, api, apiRequest, setCsrfToken } from "./api";
import type { Me, MeResponse, Role } from "./types";

export const ME_KEY = ["auth", "me"] as const;

export async function fetchMe(): Promise<Me | null> {
  try {
    const response = await apiRequest<MeResponse>("/auth/me", { noAuthRedirect: true });
    setCsrfToken(response.csrfToken);
    return response.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** The logged-in user. Only for components rendered behind RequireAuth. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error("useMe() used outside an authenticated route");
  return data;
}

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string;
}

export async function login(queryClient: QueryClient, input: LoginInput): Promise<Me> {
  const response = await apiRequest<MeResponse>("/auth/login", {
    method: "POST",
    body: input,
    noAuthRedirect: true,
  });
  setCsrfToken(response.csrfToken);
  queryClient.setQueryData(ME_KEY, response.user);
  return response.user;
}

export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await api.post("/auth/logout");
    } catch {
      // The session may already be gone; logging out locally is what matters.
    }
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
  }, [queryClient]);
}

export function hasRole(me: Me | null | undefined, roles: readonly Role[]): boolean {
  return !!me && me.grants.some((grant) => roles.includes(grant.role));
}

export function isAdmin(me: Me | null | undefined): boolean {
  return hasRole(me, ["admin"]);
}

/** The highest role a user holds anywhere, for display. */
export function primaryRole(me: Me): Role | null {
  const order: Role[] = ["admin", "leader", "office", "officer", "viewer"];
  return order.find((role) => me.grants.some((grant) => grant.role === role)) ?? null;
}
