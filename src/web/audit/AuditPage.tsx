// Nhật ký (administrators, leaders): the append-only audit log with filters, and a check that
// its hash chain is unbroken.
import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { Pager } from "../components/Pager";
import { api } from "../lib/api";
import { formatDateTime, formatNumber } from "../lib/format";
import type { AuditEvent, AuditVerifyResult, Page } from "../lib/types";

const PAGE_SIZE = 50;

interface Filters {
  actor: string;
  entityType: string;
  action: string;
  from: string | null;
  to: string | null;
}

const EMPTY: Filters = { actor: "", entityType: "", action: "", from: null, to: null };

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Text size="sm">—</Text>;
  return (
    <Code block className="dh-json">
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}

function EventDialog({ event, onClose }: { event: AuditEvent; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t("audit.eventTitle", { seq: event.seq })} size="xl">
      <Stack gap="sm">
        <Text size="sm">
          {formatDateTime(event.at)} · {event.actorName ?? "—"} · <b>{event.action}</b> · {event.entityType}{" "}
          <span className="dh-mono">{event.entityId}</span>
        </Text>
        <Text size="xs" c="dimmed">
          {t("audit.requestId")}: <span className="dh-mono">{event.requestId ?? "—"}</span> · IP:{" "}
          <span className="dh-mono">{event.ip ?? "—"}</span>
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <div>
            <Title order={3} size="h6" mb={4}>
              {t("audit.before")}
            </Title>
            <Json value={event.before} />
          </div>
          <div>
            <Title order={3} size="h6" mb={4}>
              {t("audit.after")}
            </Title>
            <Json value={event.after} />
          </div>
        </SimpleGrid>
      </Stack>
    </Modal>
  );
}

function VerifyResult({ result }: { result: AuditVerifyResult }) {
  const { t } = useTranslation();
  return result.ok ? (
    <Alert color="green" role="status" title={t("audit.chainOk")} mb="md">
      {t("audit.chainOkBody", { count: result.checked, formatted: formatNumber(result.checked) })}
    </Alert>
  ) : (
    <Alert color="red" role="alert" title={t("audit.chainBroken")} mb="md">
      {t("audit.chainBrokenBody", {
        seq: result.firstBrokenSeq ?? "?",
        formatted: formatNumber(result.checked),
      })}
    </Alert>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<AuditEvent | null>(null);

  const list = useQuery({
    queryKey: ["audit", filters, page],
    queryFn: ({ signal }) =>
      api.get<Page<AuditEvent>>(
        "/audit",
        {
          actor: filters.actor.trim(),
          entityType: filters.entityType.trim(),
          action: filters.action.trim(),
          from: filters.from,
          to: filters.to,
          page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: () => api.get<AuditVerifyResult>("/audit/verify") });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  }

  const set = (key: keyof Filters) => (value: string | null) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const total = list.data?.total ?? 0;
  return (
    <>
      <PageHeader
        title={t("nav.audit")}
        description={t("audit.description")}
        actions={
          <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
            {t("audit.verify")}
          </Button>
        }
      />
      {verify.data && <VerifyResult result={verify.data} />}
      <ErrorAlert error={verify.error} />
      <Paper withBorder p="sm" mb="md" component="form" onSubmit={apply} aria-label={t("audit.filters")}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t("audit.actor")}
            value={draft.actor}
            onChange={(e) => set("actor")(e.currentTarget.value)}
            w={180}
          />
          <TextInput
            label={t("audit.entityType")}
            value={draft.entityType}
            onChange={(e) => set("entityType")(e.currentTarget.value)}
            w={160}
          />
          <TextInput
            label={t("audit.action")}
            value={draft.action}
            onChange={(e) => set("action")(e.currentTarget.value)}
            w={160}
          />
          <DateInput label={t("audit.from")} value={draft.from} onChange={set("from")} w={140} />
          <DateInput label={t("audit.to")} value={draft.to} onChange={set("to")} w={140} />
          <Button type="submit">{t("common.filter")}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft(EMPTY);
              setFilters(EMPTY);
              setPage(1);
            }}
          >
            {t("common.clearFilters")}
          </Button>
        </Group>
      </Paper>
      <ErrorAlert error={list.error} focus={false} />
      <Group justify="space-between" mb={4}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t("common.totalItems", { count: total, formatted: formatNumber(total) })}
        </Text>
      </Group>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t("audit.seq")}</Table.Th>
                <Table.Th w={150}>{t("audit.at")}</Table.Th>
                <Table.Th>{t("audit.actor")}</Table.Th>
                <Table.Th>{t("audit.action")}</Table.Th>
                <Table.Th>{t("audit.entityType")}</Table.Th>
                <Table.Th>{t("audit.entityId")}</Table.Th>
                <Table.Th>IP</Table.Th>
                <Table.Th w={90}>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((event) => (
                <Table.Tr key={event.seq}>
                  <Table.Td>{event.seq}</Table.Td>
                  <Table.Td>{formatDateTime(event.at)}</Table.Td>
                  <Table.Td>{event.actorName ?? "—"}</Table.Td>
                  <Table.Td className="dh-mono">{event.action}</Table.Td>
                  <Table.Td>{event.entityType}</Table.Td>
                  <Table.Td
                    className="dh-mono"
                    style={{ maxWidth: 220, overflow: "hidden", textOverflow: "ellipsis" }}
                  >
                    {event.entityId ?? "—"}
                  </Table.Td>
                  <Table.Td className="dh-mono">{event.ip ?? "—"}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setOpen(event)}>
                      {t("audit.details")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
              {list.data && list.data.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={8}>
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
      <Pager total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      {open && <EventDialog event={open} onClose={() => setOpen(null)} />}
    </>
  );
}
