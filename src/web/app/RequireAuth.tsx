// Route guards: signed in (else /login?next=…), TOTP enrolled where required, role allowed.
import { Button, Center, Loader, Paper, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { onUnauthorized } from "../lib/api";
import { hasRole, ME_KEY, useMeQuery } from "../lib/auth";
import type { Role } from "../lib/types";

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="60vh" aria-busy="true">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <Text size="sm" c="dimmed">
          {t("common.loading")}
        </Text>
      </Stack>
    </Center>
  );
}

/** Any request answered with AUTH_REQUIRED ends the session here; RequireAuth then redirects. */
export function SessionWatcher({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onUnauthorized(() => {
        queryClient.setQueryData(ME_KEY, null);
      }),
    [queryClient],
  );
  return <>{children}</>;
}

export function RequireAuth() {
  const { t } = useTranslation();
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    return (
      <Center h="60vh" p="md">
        <Paper withBorder p="lg" maw={480}>
          <ErrorAlert error={me.error} />
          <Button mt="md" onClick={() => void me.refetch()}>
            {t("common.retry")}
          </Button>
        </Paper>
      </Center>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const target = next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  if (me.data.mustEnrollTotp && location.pathname !== "/totp-setup") {
    return <Navigate to="/totp-setup" replace />;
  }
  return <Outlet />;
}

export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMeQuery();
  if (roles && !hasRole(me.data, roles)) {
    return (
      <>
        <PageHeader title={t("app.forbiddenTitle")} />
        <Text>{t("errors.FORBIDDEN")}</Text>
      </>
    );
  }
  return <>{children}</>;
}
