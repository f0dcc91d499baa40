// Data quality of the last 12 periods: completeness (cells filled / cells expected) and
// timeliness (filled within the reporting deadline), for the unit and for each child unit.
import { Group, Paper, Progress, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format";
import type { QualityFigures } from "./api";
import { formatShare } from "./format";
import type { ChildRow } from "./overview-model";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function shareColor(share: number | null): string {
  if (share === null) return "gray";
  if (share >= 0.95) return "green";
  if (share >= 0.8) return "yellow";
  return "red";
}

function Meter({ label, share, detail }: { label: string; share: number | null; detail: string }) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="lg" fw={700}>
          {formatShare(share, i18n.language)}
        </Text>
      </Group>
      <Progress
        value={(share ?? 0) * 100}
        color={shareColor(share)}
        size="lg"
        aria-label={`${label}: ${formatShare(share, i18n.language)}`}
      />
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Stack>
  );
}

export function QualitySection({ total, rows }: { total: QualityFigures; rows: ChildRow[] }) {
  const { t, i18n } = useTranslation();
  const withQuality = useMemo(
    () =>
      rows
        .filter((r) => r.quality && r.quality.expected > 0)
        .sort((a, b) => collator.compare(a.name, b.name)),
    [rows],
  );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {t("ind.qualityTitle")}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t("ind.qualityHint")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        <Meter
          label={t("ind.completeness")}
          share={total.completeness}
          detail={t("ind.completenessDetail", {
            filled: formatNumber(total.filled),
            expected: formatNumber(total.expected),
          })}
        />
        <Meter
          label={t("ind.timeliness")}
          share={total.timeliness}
          detail={t("ind.timelinessDetail", {
            onTime: formatNumber(total.onTime),
            filled: formatNumber(total.filled),
          })}
        />
      </SimpleGrid>
      {withQuality.length > 0 && (
        <ScrollArea.Autosize mah={360}>
          <Table striped withTableBorder stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("ind.col.childUnit")}</Table.Th>
                <Table.Th ta="right">{t("ind.col.filled")}</Table.Th>
                <Table.Th ta="right">{t("ind.completeness")}</Table.Th>
                <Table.Th ta="right">{t("ind.timeliness")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {withQuality.map((r) => {
                const q = r.quality as QualityFigures;
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="right">
                      {formatNumber(q.filled)}/{formatNumber(q.expected)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text span c={`${shareColor(q.completeness)}.9`} fw={600} size="sm">
                        {formatShare(q.completeness, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text span c={`${shareColor(q.timeliness)}.9`} fw={600} size="sm">
                        {formatShare(q.timeliness, i18n.language)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
