// Version history of a definition: every save is a version; each one lists the fields that
// changed from the version before it, old value → new value.

import { Badge, Modal, ScrollArea, Stack, Table, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { INDICATOR_DEFINITION_FIELDS } from "../../core/indicator-fields";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatDateTime } from "../lib/format";
import { type Indicator, type IndicatorVersion, useIndicatorVersions } from "./api";

const COMPARED_FIELDS = ["code", ...INDICATOR_DEFINITION_FIELDS] as const;

/** Old versions may be stored with database column names (value_type); read both spellings. */
export function normaliseDefinition(definition: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(definition)) {
    out[key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return out;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields whose value differs; a field missing from either side was not recorded, not changed. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    if (!(field in before) || !(field in after)) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes.push({ field, before: before[field], after: after[field] });
  }
  return changes;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function VersionEntry({ version, previous }: { version: IndicatorVersion; previous?: IndicatorVersion }) {
  const { t } = useTranslation();
  const after = normaliseDefinition(version.definition);
  const changes = previous ? changedFields(normaliseDefinition(previous.definition), after) : [];
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {formatDateTime(version.changedAt)}
        {version.changedBy ? ` · ${version.changedBy}` : ""}
      </Text>
      {!previous && <Text size="sm">{t("ind.versionFirst")}</Text>}
      {previous && changes.length === 0 && <Text size="sm">{t("ind.versionNoChange")}</Text>}
      {changes.length > 0 && (
        <Table withTableBorder fz="xs" verticalSpacing={2}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t("ind.versionField")}</Table.Th>
              <Table.Th>{t("ind.versionBefore")}</Table.Th>
              <Table.Th>{t("ind.versionAfter")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Td>{t(`ind.field.${change.field}`, { defaultValue: change.field })}</Table.Td>
                <Table.Td style={{ wordBreak: "break-word" }}>{show(change.before)}</Table.Td>
                <Table.Td style={{ wordBreak: "break-word" }}>{show(change.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function VersionHistoryDialog({ indicator, onClose }: { indicator: Indicator; onClose: () => void }) {
  const { t } = useTranslation();
  const versions = useIndicatorVersions(indicator.id);
  const items = versions.data ?? [];
  return (
    <Modal opened onClose={onClose} size="xl" title={t("ind.versionsTitle", { code: indicator.code })}>
      {versions.isError && <ErrorAlert error={versions.error} focus={false} />}
      {versions.isLoading && <Text size="sm">{t("common.loading")}</Text>}
      <ScrollArea.Autosize mah="70vh">
        <Timeline bulletSize={22} lineWidth={2} active={0}>
          {items.map((version, index) => (
            <Timeline.Item
              key={version.version}
              bullet={<Text size="xs">{version.version}</Text>}
              title={
                <>
                  {t("ind.versionN", { n: version.version })}{" "}
                  {version.version === indicator.version && (
                    <Badge size="xs" variant="light">
                      {t("ind.versionCurrent")}
                    </Badge>
                  )}
                </>
              }
            >
              <VersionEntry version={version} previous={items[index + 1]} />
            </Timeline.Item>
          ))}
        </Timeline>
      </ScrollArea.Autosize>
    </Modal>
  );
}
