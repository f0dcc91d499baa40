// Xuất / nhập: downloads of units, indicators, figures, targets and tasks (CSV, XLSX, JSON), and
// DHIS2 dataValueSets in both directions.
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { buildUrl } from "../lib/api";
import { formatNumber } from "../lib/format";
import { useDhis2Import } from "./api";

const ENTITIES = ["units", "indicators", "data-values", "targets", "tasks"] as const;
const FORMATS = ["csv", "xlsx", "json"] as const;

function Dhis2Import() {
  const { t } = useTranslation();
  const run = useDhis2Import();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [readError, setReadError] = useState<string | null>(null);

  async function submit() {
    if (!file) return;
    setReadError(null);
    let payload: unknown;
    try {
      payload = JSON.parse(await file.text());
    } catch {
      setReadError(t("exchange.files.notJson"));
      return;
    }
    run.mutate({ payload, dryRun });
  }

  const s = run.data;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <FileInput
          label={t("exchange.files.dhis2File")}
          accept="application/json,.json"
          value={file}
          onChange={setFile}
          w={320}
          clearable
        />
        <Checkbox
          label={t("exchange.files.dryRun")}
          checked={dryRun}
          onChange={(e) => setDryRun(e.currentTarget.checked)}
        />
        <Button onClick={submit} disabled={!file} loading={run.isPending}>
          {dryRun ? t("exchange.files.check") : t("exchange.files.import")}
        </Button>
      </Group>
      {readError && <Alert color="red">{readError}</Alert>}
      <ErrorAlert error={run.error} />
      {s && (
        <Alert color={s.status === "SUCCESS" ? "green" : "red"} role="status" title={s.description}>
          <Text size="sm">
            {t("exchange.files.counts", {
              imported: formatNumber(s.importCount.imported),
              updated: formatNumber(s.importCount.updated),
              ignored: formatNumber(s.importCount.ignored),
            })}
          </Text>
          {s.conflicts.length > 0 && (
            <List size="sm" mt="xs" spacing={2}>
              {s.conflicts.slice(0, 200).map((c) => (
                <List.Item key={`${c.object}|${c.value}`}>
                  <b className="dh-mono">{c.object}</b>: {c.value}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}

function Dhis2Export() {
  const { t } = useTranslation();
  const [q, setQ] = useState({ dataSet: "", dataElement: "", orgUnit: "", children: true, period: "" });
  const url = buildUrl("/exchange/dhis2/dataValueSets", {
    dataSet: q.dataSet || undefined,
    dataElement: q.dataElement || undefined,
    orgUnit: q.orgUnit,
    children: q.children ? "true" : "false",
    period: q.period,
  });
  const ready = q.orgUnit && q.period && (q.dataSet || q.dataElement);
  return (
    <Group align="flex-end" wrap="wrap">
      <TextInput
        label={t("exchange.files.dataSet")}
        placeholder="TTHC"
        value={q.dataSet}
        onChange={(e) => setQ({ ...q, dataSet: e.currentTarget.value })}
        w={140}
      />
      <TextInput
        label={t("exchange.files.dataElement")}
        placeholder="TTHC_TONG_HO_SO"
        value={q.dataElement}
        onChange={(e) => setQ({ ...q, dataElement: e.currentTarget.value })}
        w={220}
      />
      <TextInput
        label={t("exchange.files.orgUnit")}
        placeholder="BN"
        value={q.orgUnit}
        onChange={(e) => setQ({ ...q, orgUnit: e.currentTarget.value })}
        w={140}
      />
      <TextInput
        label={t("exchange.files.period")}
        placeholder="202501,202502"
        value={q.period}
        onChange={(e) => setQ({ ...q, period: e.currentTarget.value })}
        w={180}
      />
      <Checkbox
        label={t("exchange.files.children")}
        checked={q.children}
        onChange={(e) => setQ({ ...q, children: e.currentTarget.checked })}
      />
      <Button component="a" href={ready ? url : undefined} target="_blank" rel="noopener" disabled={!ready}>
        {t("exchange.files.download")}
      </Button>
    </Group>
  );
}

export function FilesPanel() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="xs">
          {t("exchange.files.exportTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("exchange.files.exportHint")}
        </Text>
        <Table maw={640}>
          <Table.Tbody>
            {ENTITIES.map((e) => (
              <Table.Tr key={e}>
                <Table.Td>{t(`exchange.files.entity.${e}`)}</Table.Td>
                {FORMATS.map((f) => (
                  <Table.Td key={f}>
                    <Anchor href={buildUrl(`/exchange/export/${e}`, { format: f })} download>
                      {f.toUpperCase()}
                    </Anchor>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h5" mb="xs">
            {t("exchange.files.dhis2ImportTitle")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("exchange.files.dhis2ImportHint")}
          </Text>
          <Dhis2Import />
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h5" mb="xs">
            {t("exchange.files.dhis2ExportTitle")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("exchange.files.dhis2ExportHint")}
          </Text>
          <Dhis2Export />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
