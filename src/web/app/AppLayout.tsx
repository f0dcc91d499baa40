// The shell around every signed-in page: header (scope, language, user), navigation built from
// the registry in nav.ts, and the main region the skip link points to.
import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { Emblem, NavIcon } from "../components/icons";
import { api } from "../lib/api";
import { useMe } from "../lib/auth";
import type { Meta } from "../lib/types";
import { LanguageSwitch, ScopeSelect, UserMenu } from "./HeaderControls";
import { NAV_ENTRIES, type NavEntry, visibleEntries } from "./nav";
import { ScopeProvider, useScope, withScope } from "./scope";

function isActive(entry: NavEntry, pathname: string): boolean {
  if (entry.path === "/") return pathname === "/";
  return pathname === entry.path || pathname.startsWith(`${entry.path}/`);
}

/** After in-app navigation, put focus on the new page's heading (or the main region). */
function useFocusOnNavigate(pathname: string) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect must run on every navigation
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timers = [0, 150, 500].map((delay) =>
      setTimeout(() => {
        const active = document.activeElement;
        if (active && active !== document.body && document.getElementById("main-content")?.contains(active)) {
          return;
        }
        const target =
          document.querySelector<HTMLElement>("#main-content .dh-page-title") ??
          document.getElementById("main-content");
        target?.focus();
      }, delay),
    );
    return () => timers.forEach(clearTimeout);
  }, [pathname]);
}

function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { unitId } = useScope();
  const { pathname } = useLocation();
  const roles = useMemo(() => new Set(me.grants.map((grant) => grant.role)), [me.grants]);
  const entries = visibleEntries(NAV_ENTRIES, roles);
  const sections: { id: NavEntry["section"]; label: string }[] = [
    { id: "work", label: t("app.sectionWork") },
    { id: "admin", label: t("app.sectionAdmin") },
  ];
  return (
    <nav aria-label={t("app.mainNav")}>
      {sections.map((section) => {
        const items = entries.filter((entry) => entry.section === section.id);
        if (items.length === 0) return null;
        return (
          <div key={section.id}>
            <div className="dh-nav-section">{section.label}</div>
            {items.map((entry) => {
              const active = isActive(entry, pathname);
              return (
                <NavLink
                  key={entry.id}
                  component={Link}
                  to={withScope(entry.path, unitId)}
                  label={t(`nav.${entry.id}`)}
                  leftSection={<NavIcon name={entry.id} />}
                  active={active}
                  aria-current={active ? "page" : undefined}
                  onClick={onNavigate}
                  variant="light"
                  styles={{ root: { borderRadius: 4 }, label: { fontSize: 14 } }}
                />
              );
            })}
          </div>
        );
      })}
    </nav>
  );
}

function VersionLine() {
  const { t } = useTranslation();
  const meta = useQuery({ queryKey: ["meta"], queryFn: () => api.get<Meta>("/meta"), staleTime: Infinity });
  if (!meta.data) return null;
  return (
    <Text size="xs" c="dimmed" px="sm" py="xs">
      {t("app.version", { version: meta.data.version })} ·{" "}
      {meta.data.database === "postgres" ? "PostgreSQL" : "PGlite"}
      {meta.data.demo ? ` · ${t("app.demo")}` : ""}
    </Text>
  );
}

function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  useFocusOnNavigate(pathname);
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppShell
        header={{ height: 58 }}
        navbar={{ width: 248, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header className="dh-header">
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                color="white"
                aria-label={opened ? t("app.closeNav") : t("app.openNav")}
              />
              <Link to="/" style={{ textDecoration: "none", display: "flex", alignItems: "center", gap: 10 }}>
                <Emblem />
                <span>
                  <Text
                    component="span"
                    display="block"
                    fw={700}
                    size="md"
                    lh={1.1}
                    c="white"
                    style={{ whiteSpace: "nowrap" }}
                  >
                    {t("app.name")}
                  </Text>
                  <Text
                    component="span"
                    display="block"
                    size="xs"
                    lh={1.2}
                    c="rgba(255,255,255,0.75)"
                    visibleFrom="md"
                  >
                    {t("app.tagline")}
                  </Text>
                </span>
              </Link>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Group visibleFrom="sm">
                <ScopeSelect />
              </Group>
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar>
          <AppShell.Section hiddenFrom="sm" p="sm">
            <ScopeSelect width="100%" />
          </AppShell.Section>
          <AppShell.Section grow component={ScrollArea} px="xs" pb="sm">
            <Navigation onNavigate={close} />
          </AppShell.Section>
          <AppShell.Section>
            <VersionLine />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: "none" }}>
          <Stack gap={0} maw={1440}>
            <Outlet />
          </Stack>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

export function AppLayout() {
  return (
    <ScopeProvider>
      <Shell />
    </ScopeProvider>
  );
}
