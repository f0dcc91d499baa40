// Providers and routes. Capability routes come from the registry in nav.ts.
import { Button, MantineProvider, Paper, Text, Title } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ComponentType, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { createBrowserRouter, Link, Outlet, type RouteObject, RouterProvider } from "react-router";
import { LoginPage } from "../auth/LoginPage";
import { NotifyProvider } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { Placeholder } from "../components/Placeholder";
import { ApiError } from "../lib/api";
import { AppLayout } from "./AppLayout";
import { NAV_ENTRIES, type NavEntry } from "./nav";
import { FullPageLoader, RequireAuth, RequireRole, SessionWatcher } from "./RequireAuth";
import { theme } from "./theme";

const AccountPage = lazy(() => import("../auth/AccountPage"));
const TotpEnrollPage = lazy(() => import("../auth/TotpEnrollPage"));
const OpenDataPage = lazy(() => import("../opendata/OpenDataPage"));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // Client errors (403, 404, 422…) will not change on retry; network and 5xx might.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
    },
  },
});

function CapabilityPlaceholder({ entry }: { entry: NavEntry }) {
  const { t } = useTranslation();
  return <Placeholder title={t(`nav.${entry.id}`)} />;
}

const lazyPages = new Map<string, ComponentType>(
  NAV_ENTRIES.filter((entry) => entry.load).map((entry) => [
    entry.id,
    lazy(entry.load as NonNullable<NavEntry["load"]>),
  ]),
);

function CapabilityRoute({ entry }: { entry: NavEntry }) {
  const Page = lazyPages.get(entry.id);
  return (
    <RequireRole roles={entry.roles}>
      <Suspense fallback={<FullPageLoader />}>
        {Page ? <Page /> : <CapabilityPlaceholder entry={entry} />}
      </Suspense>
    </RequireRole>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("app.notFoundTitle")} />
      <Text mb="md">{t("app.notFoundHint")}</Text>
      <Button component={Link} to="/" variant="light">
        {t("app.backHome")}
      </Button>
    </>
  );
}

function RouteError() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" m="xl" maw={560} role="alert">
      <Title order={1} size="h3" mb="sm">
        {t("errors.INTERNAL")}
      </Title>
      <Button onClick={() => window.location.reload()}>{t("common.reload")}</Button>
    </Paper>
  );
}

function Root() {
  return (
    <SessionWatcher>
      <Outlet />
    </SessionWatcher>
  );
}

const capabilityRoutes: RouteObject[] = NAV_ENTRIES.map((entry) =>
  entry.path === "/"
    ? { index: true, element: <CapabilityRoute entry={entry} /> }
    : { path: `${entry.path.replace(/^\//, "")}/*`, element: <CapabilityRoute entry={entry} /> },
);

const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: "/login", element: <LoginPage /> },
      // Public, outside the login: open data (exchange capability).
      {
        path: "/open-data/*",
        element: (
          <Suspense fallback={<FullPageLoader />}>
            <OpenDataPage />
          </Suspense>
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: "/totp-setup",
            element: (
              <Suspense fallback={<FullPageLoader />}>
                <TotpEnrollPage />
              </Suspense>
            ),
          },
          {
            path: "/",
            element: <AppLayout />,
            children: [
              ...capabilityRoutes,
              {
                path: "account",
                element: (
                  <Suspense fallback={<FullPageLoader />}>
                    <AccountPage />
                  </Suspense>
                ),
              },
              { path: "*", element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <NotifyProvider>
          <RouterProvider router={router} />
        </NotifyProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
