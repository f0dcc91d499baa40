// Saved views (per user) and sharing one by link. A shared link (/?view=<token>) restores the
// arrangement; what the recipient sees is still limited to their own scope by the server.
import {
  ActionIcon,
  Button,
  CopyButton,
  Group,
  Menu,
  Modal,
  Popover,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { type SavedView, useDeleteView, useSaveView, useViews, type ViewConfig } from "./api";

interface Props {
  config: ViewConfig;
  active: SavedView | null;
  onApply: (view: SavedView) => void;
  onSaved: (view: SavedView) => void;
}

export function shareLink(view: SavedView): string {
  return `${window.location.origin}/?view=${encodeURIComponent(view.token)}`;
}

export function SavedViews({ config, active, onApply, onSaved }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const views = useViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const mine = active?.mine ? active : null;

  const submit = async () => {
    const same = views.data?.items.find((v) => v.name === name.trim());
    const res = await save.mutateAsync({
      id: same?.id,
      version: same?.version,
      name: name.trim(),
      config,
      shared,
    });
    notify(t("dash.viewSaved"));
    setOpen(false);
    onSaved(res.item);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" data-testid="views-menu">
            {t("dash.views")}
            {active ? `: ${active.name}` : ""}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(views.data?.items ?? []).length === 0 && <Menu.Label>{t("dash.viewsNone")}</Menu.Label>}
          {(views.data?.items ?? []).map((v) => (
            <Menu.Item
              key={v.id}
              onClick={() => onApply(v)}
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={`${t("dash.viewDelete")} ${v.name}`}
                  onClick={async (e) => {
                    e.stopPropagation();
                    await remove.mutateAsync(v.id);
                    notify(t("dash.viewDeleted"));
                  }}
                >
                  ×
                </ActionIcon>
              }
            >
              {v.name}
              {v.shared ? " ↗" : ""}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item
            onClick={() => {
              setName(mine?.name ?? "");
              setShared(mine?.shared ?? false);
              setOpen(true);
            }}
          >
            {t("dash.viewSave")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Popover width={360} position="bottom-end" withArrow shadow="md">
        <Popover.Target>
          <Button size="xs" variant="default">
            {t("dash.share")}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          {active?.shared ? (
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {t("dash.shareHint")}
              </Text>
              <TextInput
                size="xs"
                readOnly
                value={shareLink(active)}
                aria-label={t("dash.share")}
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={shareLink(active)}>
                {({ copied, copy }) => (
                  <Button size="xs" onClick={copy} color={copied ? "green" : undefined}>
                    {copied ? t("common.copied") : t("dash.shareCopy")}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          ) : (
            <Text size="sm">{t("dash.shareNeedsSave")}</Text>
          )}
        </Popover.Dropdown>
      </Popover>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("dash.viewSave")} size="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit().catch(() => undefined);
          }}
        >
          <Stack gap="sm">
            {save.error && <ErrorAlert error={save.error} />}
            <TextInput
              label={t("dash.viewName")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              maxLength={120}
              data-autofocus
            />
            <Switch
              label={t("dash.viewShared")}
              checked={shared}
              onChange={(e) => setShared(e.currentTarget.checked)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
