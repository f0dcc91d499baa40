// An administrator sets a new password for a user who lost theirs.
import { Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import type { User } from "../lib/types";
import { useResetPassword } from "./api";

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const reset = useResetPassword();
  const [password, setPassword] = useState("");
  return (
    <Modal opened onClose={onClose} title={t("users.resetTitle", { name: user.username })} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!password) return;
          reset.mutate(
            { id: user.id, newPassword: password },
            {
              onSuccess: () => {
                notify(t("users.passwordReset"));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t("users.resetHint")}</Text>
          <ErrorAlert error={reset.error} />
          <PasswordInput
            label={t("account.newPassword")}
            description={t("account.passwordHint")}
            required
            data-autofocus
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={reset.isPending} disabled={!password}>
              {t("users.resetPassword")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
