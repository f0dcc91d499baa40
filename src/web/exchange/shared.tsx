// Small pieces shared by the exchange panels: the once-only secret display, pickers of units,
// indicators and groups (by code, as the API takes them), and status badges.
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  Stack,
  Text,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../lib/api";
import { useOrgUnitList } from "../lib/orgUnitsQuery";
import { EXCHANGE_KEY, useGroups } from "./api";

/** A key or secret shown once, right after it was made: the server keeps only its hash. */
export function SecretModal({
  title,
  secret,
  hint,
  onClose,
}: {
  title: string;
  secret: string;
  hint: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      <Stack>
        <Alert color="orange" variant="light" role="alert">
          {hint}
        </Alert>
        <Code block className="dh-mono" style={{ wordBreak: "break-all" }}>
          {secret}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t("exchange.secretSaved")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface PickerProps {
  label: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  required?: boolean;
  error?: string;
}

export function UnitCodesPicker(props: PickerProps) {
  const units = useOrgUnitList().data ?? [];
  const data = useMemo(() => units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })), [units]);
  return (
    <MultiSelect
      searchable
      clearable
      data={data}
      maxDropdownHeight={300}
      limit={300}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

export function IndicatorCodesPicker(props: PickerProps) {
  const list = useQuery({
    queryKey: [...EXCHANGE_KEY, "indicators"],
    queryFn: ({ signal }) =>
      api.get<{ items: { code: string; name: string }[] }>("/indicators", undefined, signal),
    staleTime: 300_000,
  });
  const data = useMemo(
    () => (list.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} · ${i.name}` })),
    [list.data],
  );
  return (
    <MultiSelect
      searchable
      clearable
      data={data}
      maxDropdownHeight={300}
      limit={500}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

export function GroupCodesPicker(props: PickerProps) {
  const groups = useGroups().data?.items ?? [];
  const data = useMemo(() => groups.map((g) => ({ value: g.code, label: g.name })), [groups]);
  return <MultiSelect searchable clearable data={data} comboboxProps={{ withinPortal: true }} {...props} />;
}

const STATE_COLOR: Record<string, string> = {
  ok: "green",
  failing: "red",
  paused: "gray",
  new: "blue",
  delivered: "green",
  pending: "yellow",
  failed: "red",
};

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state] ?? "gray"} variant="light" size="sm">
      {t(`exchange.state.${state}`)}
    </Badge>
  );
}

export function UnitList({ units }: { units: { code: string; name: string }[] }) {
  return (
    <>
      {units.map((u) => (
        <Text size="xs" key={u.code}>
          {u.name} <span className="dh-mono">({u.code})</span>
        </Text>
      ))}
    </>
  );
}
