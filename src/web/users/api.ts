// Server calls of user administration (admin only on the server side too).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../lib/api";
import type { Id, Page, Role, User } from "../lib/types";

export const USERS_KEY = ["users"] as const;
export const USERS_PAGE_SIZE = 50;

export interface GrantInput {
  role: Role;
  orgUnitId: Id;
}

export function useUserList(q: string, page: number) {
  return useQuery({
    queryKey: [...USERS_KEY, q, page],
    queryFn: ({ signal }) => api.get<Page<User>>("/users", { q, page, pageSize: USERS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

function useUserWrite<TInput, TResult>(run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export interface CreateUserInput {
  username: string;
  fullName: string;
  email?: string;
  password: string;
  grants: GrantInput[];
}

export function useCreateUser() {
  return useUserWrite((input: CreateUserInput) => api.post<{ item: User }>("/users", input));
}

export interface UpdateUserInput {
  id: Id;
  fullName?: string;
  email?: string | null;
  disabled?: boolean;
  grants?: GrantInput[];
}

export function useUpdateUser() {
  return useUserWrite(({ id, ...body }: UpdateUserInput) => api.patch<{ item: User }>(`/users/${id}`, body));
}

export function useResetPassword() {
  return useUserWrite(({ id, newPassword }: { id: Id; newPassword: string }) =>
    api.post<void>(`/users/${id}/reset-password`, { newPassword }),
  );
}

export function useUnlockUser() {
  return useUserWrite((id: Id) => api.post<void>(`/users/${id}/unlock`));
}
