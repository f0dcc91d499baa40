// The definition of an indicator as officials read it: what it measures, how it is computed and
// aggregated, who reports it, who owns and who monitors it.
import { Badge, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../lib/format";
import type { Indicator, IndicatorGroup } from "./api";
import { formatValue } from "./format";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.03em" }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

export function DefinitionCard({
  indicator,
  unitName,
  groups,
}: {
  indicator: Indicator;
  unitName: (id: number | null) => string;
  groups: IndicatorGroup[];
}) {
  const { t, i18n } = useTranslation();
  const groupName = new Map(groups.map((g) => [g.code, g.name]));
  const range =
    indicator.minValue === null && indicator.maxValue === null
      ? "—"
      : `${indicator.minValue === null ? "…" : formatValue(indicator.minValue, indicator, i18n.language)} – ${indicator.maxValue === null ? "…" : formatValue(indicator.maxValue, indicator, i18n.language)}`;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t("ind.definitionTitle")}
        </Title>
        <Text size="xs" c="dimmed">
          {t("ind.versionN", { n: indicator.version })} · {formatDateTime(indicator.updatedAt)}
        </Text>
      </Group>
      <Stack gap="sm">
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {indicator.definition || t("ind.noDefinition")}
        </Text>
        {indicator.formula && (
          <Item label={t("ind.field.formula")}>
            <Code>{indicator.formula}</Code>
          </Item>
        )}
        {indicator.aggregation === "ratio" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Item label={t("ind.field.numeratorLabel")}>{indicator.numeratorLabel}</Item>
            <Item label={t("ind.field.denominatorLabel")}>{indicator.denominatorLabel}</Item>
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Item label={t("ind.field.aggregation")}>{t(`ind.aggregation.${indicator.aggregation}`)}</Item>
          <Item label={t("ind.field.periodType")}>{t(`ind.periodType.${indicator.periodType}`)}</Item>
          <Item label={t("ind.field.valueType")}>{t(`ind.valueType.${indicator.valueType}`)}</Item>
          <Item label={t("ind.field.direction")}>{t(`ind.direction.${indicator.direction}`)}</Item>
          <Item label={t("ind.field.unit")}>{indicator.unit || "—"}</Item>
          <Item label={t("ind.field.decimals")}>{indicator.decimals}</Item>
          <Item label={t("ind.field.range")}>{range}</Item>
          <Item label={t("ind.field.dueDays")}>{t("ind.dueDaysValue", { count: indicator.dueDays })}</Item>
          <Item label={t("ind.field.owner")}>{unitName(indicator.ownerUnitId)}</Item>
          <Item label={t("ind.field.monitor")}>{unitName(indicator.monitorUnitId)}</Item>
          <Item label={t("ind.field.reporterKinds")}>
            {indicator.reporterKinds.length
              ? indicator.reporterKinds.map((k) => t(`kinds.${k}`)).join(", ")
              : t("ind.ownerReports")}
          </Item>
          <Item label={t("ind.field.source")}>{indicator.source || "—"}</Item>
        </SimpleGrid>
        {indicator.disaggregation && (
          <Item label={t("ind.field.disaggregation")}>
            {indicator.disaggregation.dimension}:{" "}
            {indicator.disaggregation.options.map((o) => o.name).join(", ")}
          </Item>
        )}
        <Group gap={6}>
          {indicator.groups.map((code) => (
            <Badge key={code} variant="light" color="gray" radius="sm" style={{ textTransform: "none" }}>
              {groupName.get(code) ?? code}
            </Badge>
          ))}
          <Badge
            variant="light"
            color={indicator.isPublic ? "teal" : "gray"}
            radius="sm"
            style={{ textTransform: "none" }}
          >
            {indicator.isPublic ? t("ind.public") : t("ind.notPublic")}
          </Badge>
        </Group>
      </Stack>
    </Paper>
  );
}
