// The signed-in user's own account: who they are and what they may do, password, two-step sign-in.
import { Badge, Button, Grid, Group, Paper, PasswordInput, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { api } from "../lib/api";
import { isAdmin, ME_KEY, useMe } from "../lib/auth";
import { TotpSetup } from "./TotpSetup";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [confirm, setConfirm] = useState("");
  const [localError, setLocalError] = useState<Error | null>(null);
  const change = useMutation({
    mutationFn: () => api.post<void>("/auth/password", { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent("");
      setNew("");
      setConfirm("");
      notify(t("account.passwordChanged"));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (newPassword !== confirm) {
      setLocalError(new Error(t("account.passwordMismatch")));
      return;
    }
    setLocalError(null);
    change.mutate();
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={380}>
        <ErrorAlert error={localError ?? change.error} />
        <PasswordInput
          label={t("account.currentPassword")}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrent(event.currentTarget.value)}
        />
        <PasswordInput
          label={t("account.newPassword")}
          description={t("account.passwordHint")}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(event) => setNew(event.currentTarget.value)}
        />
        <PasswordInput
          label={t("account.confirmPassword")}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(event) => setConfirm(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={change.isPending} disabled={!currentPassword || !newPassword}>
            {t("account.changePassword")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisableTotpForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [password, setPassword] = useState("");
  const disable = useMutation({
    mutationFn: () => api.post<void>("/auth/totp/disable", { password }),
    onSuccess: async () => {
      setPassword("");
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      notify(t("totp.disabled"));
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        disable.mutate();
      }}
    >
      <Stack gap="sm" maw={380}>
        <ErrorAlert error={disable.error} />
        <PasswordInput
          label={t("login.password")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" color="red" variant="light" loading={disable.isPending} disabled={!password}>
            {t("totp.disable")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t("nav.account")} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="md">
            <Section title={t("account.profile")}>
              <Table withRowBorders={false} verticalSpacing={4}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={160}>{t("users.username")}</Table.Th>
                    <Table.Td>{me.username}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t("users.fullName")}</Table.Th>
                    <Table.Td>{me.fullName}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t("users.email")}</Table.Th>
                    <Table.Td>{me.email || "—"}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t("users.grants")}</Table.Th>
                    <Table.Td>
                      <Stack gap={4}>
                        {me.grants.map((grant) => (
                          <Group gap={6} key={`${grant.role}-${grant.orgUnitId}`} wrap="nowrap">
                            <Badge size="sm" variant="light">
                              {t(`roles.${grant.role}`)}
                            </Badge>
                            <Text size="sm">{grant.orgUnitName}</Text>
                          </Group>
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Section>
            <Section title={t("account.changePassword")}>
              <ChangePasswordForm />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Section title={t("totp.title")}>
            {me.totpEnabled ? (
              <Stack gap="sm">
                <Group gap="xs">
                  <Badge color="green" variant="light">
                    {t("totp.statusOn")}
                  </Badge>
                </Group>
                {isAdmin(me) ? (
                  <Text size="sm" c="dimmed">
                    {t("totp.adminCannotDisable")}
                  </Text>
                ) : (
                  <DisableTotpForm />
                )}
              </Stack>
            ) : (
              <TotpSetup />
            )}
          </Section>
        </Grid.Col>
      </Grid>
    </>
  );
}
