// Connect this instance to its upper one: address, the key the upper issued, the units this
// instance owns (their figures go up) and the data groups pushed up.
import { Button, Group, Modal, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { type LinkInput, type SyncLink, useSaveLink } from "./api";
import { GroupCodesPicker, UnitCodesPicker } from "./shared";

export function LinkDialog({ link, onClose }: { link: SyncLink | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveLink();
  const [form, setForm] = useState<LinkInput>(() => ({
    name: link?.name ?? "",
    upperUrl: link?.upperUrl ?? "https://",
    apiKey: "",
    ownedUnits: link?.ownedUnits.map((u) => u.code) ?? [],
    groups: link?.groups ?? [],
    notifySecret: "",
  }));
  const set =
    <K extends keyof LinkInput>(key: K) =>
    (value: LinkInput[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: LinkInput = {
      ...form,
      apiKey: form.apiKey || undefined,
      notifySecret: form.notifySecret || undefined,
    };
    if (link) input.version = link.version;
    save.mutate({ id: link?.id, input }, { onSuccess: onClose });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={link ? t("exchange.sync.editLink") : t("exchange.sync.createLink")}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <ErrorAlert error={save.error} />
          <TextInput
            label={t("exchange.sync.linkName")}
            required
            value={form.name}
            onChange={(e) => set("name")(e.currentTarget.value)}
            maxLength={200}
          />
          <TextInput
            label={t("exchange.sync.upperUrl")}
            description={t("exchange.sync.upperUrlHint")}
            required
            value={form.upperUrl}
            onChange={(e) => set("upperUrl")(e.currentTarget.value)}
            maxLength={500}
          />
          <PasswordInput
            label={t("exchange.sync.apiKey")}
            description={
              link
                ? t("exchange.sync.apiKeyKeep", { prefix: link.apiKeyPrefix })
                : t("exchange.sync.apiKeyHint")
            }
            required={!link}
            value={form.apiKey}
            onChange={(e) => set("apiKey")(e.currentTarget.value)}
            maxLength={200}
            autoComplete="off"
          />
          <UnitCodesPicker
            label={t("exchange.sync.ownedUnits")}
            description={t("exchange.sync.ownedUnitsHint")}
            required
            value={form.ownedUnits}
            onChange={set("ownedUnits")}
          />
          <GroupCodesPicker
            label={t("exchange.sync.groups")}
            description={t("exchange.sync.groupsHint")}
            value={form.groups}
            onChange={set("groups")}
          />
          <PasswordInput
            label={t("exchange.sync.notifySecret")}
            description={t("exchange.sync.notifySecretHint")}
            value={form.notifySecret ?? ""}
            onChange={(e) => set("notifySecret")(e.currentTarget.value)}
            maxLength={200}
            autoComplete="off"
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
