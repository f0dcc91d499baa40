// Create a user (with a first password) or edit one: names, e-mail, disabled, grants.
import { Button, Group, Modal, PasswordInput, SimpleGrid, Stack, Switch, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import type { OrgUnit, Role, User } from "../lib/types";
import { type GrantInput, useCreateUser, useUpdateUser } from "./api";
import { type GrantDraft, GrantsEditor, newGrantDraft } from "./GrantsEditor";

export interface UserFormDialogProps {
  user?: User;
  units: readonly OrgUnit[];
  onClose: () => void;
}

function completeGrants(drafts: GrantDraft[]): GrantInput[] | null {
  const grants: GrantInput[] = [];
  for (const draft of drafts) {
    if (!draft.role || draft.orgUnitId === null) return null;
    grants.push({ role: draft.role as Role, orgUnitId: draft.orgUnitId });
  }
  return grants;
}

export function UserFormDialog({ user, units, onClose }: UserFormDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const [username, setUsername] = useState(user?.username ?? "");
  const [fullName, setFullName] = useState(user?.fullName ?? "");
  const [email, setEmail] = useState(user?.email ?? "");
  const [password, setPassword] = useState("");
  const [disabled, setDisabled] = useState(user?.disabled ?? false);
  const [grants, setGrants] = useState<GrantDraft[]>(
    user ? user.grants.map((grant) => newGrantDraft(grant.role, grant.orgUnitId)) : [newGrantDraft()],
  );
  const [showErrors, setShowErrors] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const complete = completeGrants(grants);
    if (!fullName.trim() || (!user && (!username.trim() || !password)) || !complete) {
      setShowErrors(true);
      return;
    }
    setShowErrors(false);
    const done = {
      onSuccess: () => {
        notify(t("common.saved"));
        onClose();
      },
    };
    if (user) {
      update.mutate(
        { id: user.id, fullName: fullName.trim(), email: email.trim() || null, disabled, grants: complete },
        done,
      );
    } else {
      create.mutate(
        {
          username: username.trim(),
          fullName: fullName.trim(),
          email: email.trim() || undefined,
          password,
          grants: complete,
        },
        done,
      );
    }
  }

  const required = (value: unknown) => (showErrors && !value ? t("common.required") : undefined);
  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? t("users.editTitle", { name: user.username }) : t("users.createTitle")}
      size="xl"
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <ErrorAlert error={mutation.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("users.username")}
              required={!user}
              readOnly={!!user}
              data-autofocus={!user || undefined}
              autoComplete="off"
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={user ? undefined : required(username.trim())}
            />
            <TextInput
              label={t("users.fullName")}
              required
              data-autofocus={!!user || undefined}
              value={fullName}
              onChange={(event) => setFullName(event.currentTarget.value)}
              error={required(fullName.trim())}
            />
            <TextInput
              label={t("users.email")}
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            {user ? (
              <Switch
                label={t("users.disabled")}
                checked={disabled}
                onChange={(event) => setDisabled(event.currentTarget.checked)}
                mt={28}
              />
            ) : (
              <PasswordInput
                label={t("users.initialPassword")}
                description={t("account.passwordHint")}
                required
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={required(password)}
              />
            )}
          </SimpleGrid>
          <GrantsEditor value={grants} onChange={setGrants} units={units} showErrors={showErrors} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {user ? t("common.save") : t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
