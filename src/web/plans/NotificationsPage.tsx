// My notifications: reminders (due soon, overdue), escalations, extension requests and decisions.
import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { Pager } from "../components/Pager";
import { api } from "../lib/api";
import { formatDateTime } from "../lib/format";
import { useNotifications, usePlansWrite } from "./api";

const KIND_COLOR: Record<string, string> = {
  due_soon: "orange",
  overdue: "red",
  escalation: "red",
  extension_request: "blue",
};

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications(unreadOnly, page);
  const markAll = usePlansWrite(() => api.post("/notifications/read", { all: true }));
  const markOne = usePlansWrite((id: number) => api.post("/notifications/read", { ids: [id] }));
  return (
    <>
      <PageHeader
        title={t("plans.notif.title")}
        description={list.data ? t("plans.notif.unread", { count: list.data.unread }) : undefined}
        actions={
          <Button
            variant="light"
            onClick={() => markAll.mutate(undefined)}
            disabled={!list.data?.unread}
            loading={markAll.isPending}
          >
            {t("plans.notif.markAll")}
          </Button>
        }
      />
      <Switch
        label={t("plans.notif.unreadOnly")}
        checked={unreadOnly}
        onChange={(e) => {
          setUnreadOnly(e.currentTarget.checked);
          setPage(1);
        }}
        mb="sm"
      />
      <ErrorAlert error={list.error ?? markAll.error} focus={false} />
      <Stack gap="xs">
        {list.data?.items.map((n) => (
          <Paper
            key={n.id}
            withBorder
            p="sm"
            style={{ borderLeft: n.readAt ? undefined : "4px solid var(--mantine-color-blue-6)" }}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Group gap="xs">
                  <Badge size="xs" color={KIND_COLOR[n.kind] ?? "gray"} variant="light">
                    {t(`plans.notif.kind.${n.kind}`, { defaultValue: n.kind })}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.createdAt)}
                  </Text>
                </Group>
                {n.link ? (
                  <Anchor
                    component={Link}
                    to={withScope(n.link, unitId)}
                    fw={n.readAt ? 400 : 600}
                    size="sm"
                    onClick={() => !n.readAt && markOne.mutate(n.id)}
                  >
                    {n.title}
                  </Anchor>
                ) : (
                  <Text size="sm" fw={n.readAt ? 400 : 600}>
                    {n.title}
                  </Text>
                )}
                {n.body && (
                  <Text size="sm" c="dimmed">
                    {n.body}
                  </Text>
                )}
              </div>
              {!n.readAt && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => markOne.mutate(n.id)}
                  aria-label={t("plans.notif.markRead")}
                  title={t("plans.notif.markRead")}
                >
                  ✓
                </Button>
              )}
            </Group>
          </Paper>
        ))}
        {list.data?.items.length === 0 && <Text c="dimmed">{t("plans.notif.empty")}</Text>}
      </Stack>
      <Pager total={list.data?.total ?? 0} pageSize={30} page={page} onChange={setPage} />
    </>
  );
}
