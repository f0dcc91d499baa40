// Người dùng (administrators): find users, create and edit them with their grants, reset a
// password, unlock an account locked after failed sign-ins.
import { Badge, Button, Group, Paper, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { Pager } from "../components/Pager";
import { formatDateTime, formatNumber } from "../lib/format";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import type { User } from "../lib/types";
import { USERS_PAGE_SIZE, useUnlockUser, useUserList } from "./api";
import { ResetPasswordDialog } from "./ResetPasswordDialog";
import { UserFormDialog } from "./UserFormDialog";

type Dialog = { kind: "create" } | { kind: "edit"; user: User } | { kind: "reset"; user: User } | null;

function StatusBadges({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {user.disabled && (
        <Badge color="gray" variant="light" size="sm">
          {t("users.statusDisabled")}
        </Badge>
      )}
      {user.locked && (
        <Badge color="red" variant="light" size="sm">
          {t("users.statusLocked")}
        </Badge>
      )}
      {!user.disabled && !user.locked && (
        <Badge color="green" variant="light" size="sm">
          {t("users.statusActive")}
        </Badge>
      )}
      {user.totpEnabled && (
        <Badge color="navy" variant="outline" size="sm">
          TOTP
        </Badge>
      )}
    </Group>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [query, setQuery] = useState("");
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useUserList(debouncedQuery, page);
  const units = useOrgUnitList().data ?? [];
  const unlock = useUnlockUser();
  const total = list.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t("nav.users")}
        description={t("users.description")}
        actions={<Button onClick={() => setDialog({ kind: "create" })}>{t("users.create")}</Button>}
      />
      <Paper withBorder p="sm" mb="md">
        <Group align="flex-end" justify="space-between">
          <TextInput
            label={t("users.search")}
            placeholder={t("users.searchPlaceholder")}
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.currentTarget.value);
              setPage(1);
            }}
            w={340}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("common.totalItems", { count: total, formatted: formatNumber(total) })}
          </Text>
        </Group>
      </Paper>
      <ErrorAlert error={list.error ?? unlock.error} focus={!!unlock.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("users.username")}</Table.Th>
                <Table.Th>{t("users.fullName")}</Table.Th>
                <Table.Th>{t("users.grants")}</Table.Th>
                <Table.Th>{t("users.status")}</Table.Th>
                <Table.Th>{t("users.lastLogin")}</Table.Th>
                <Table.Th>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td className="dh-mono">{user.username}</Table.Td>
                  <Table.Td>
                    {user.fullName}
                    {user.email && (
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {user.grants.map((grant) => (
                      <Text size="xs" key={`${grant.role}-${grant.orgUnitId}`}>
                        <b>{t(`roles.${grant.role}`)}</b> · {grant.orgUnitName}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadges user={user} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(user.lastLoginAt) || "—"}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: "edit", user })}
                      >
                        {t("common.edit")}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: "reset", user })}
                      >
                        {t("users.resetPassword")}
                      </Button>
                      {user.locked && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          loading={unlock.isPending && unlock.variables === user.id}
                          onClick={() =>
                            unlock.mutate(user.id, {
                              onSuccess: () => notify(t("users.unlocked", { name: user.username })),
                            })
                          }
                        >
                          {t("users.unlock")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {list.data && list.data.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      {t("common.noData")}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Pager total={total} pageSize={USERS_PAGE_SIZE} page={page} onChange={setPage} />
      {dialog?.kind === "create" && <UserFormDialog units={units} onClose={() => setDialog(null)} />}
      {dialog?.kind === "edit" && (
        <UserFormDialog user={dialog.user} units={units} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "reset" && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
