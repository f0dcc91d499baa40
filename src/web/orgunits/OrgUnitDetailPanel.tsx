// What is known about one unit: where it sits (ancestors), what it is, when it was valid,
// and what it came from or became (predecessors and successors of mergers).
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatDate } from "../lib/format";
import { isActiveOn } from "../lib/orgTree";
import type { Id, OrgUnit } from "../lib/types";
import { useOrgUnitDetail } from "./api";

export interface OrgUnitDetailPanelProps {
  id: Id | null;
  /** The date the page shows the tree as of; "in force" is judged on it. */
  asOf: string;
  onSelect: (id: Id) => void;
  canEdit: boolean;
  onEdit: (unit: OrgUnit) => void;
  onMove: (unit: OrgUnit) => void;
  onMerge: (unit: OrgUnit) => void;
}

function UnitLinks({ units, onSelect }: { units: OrgUnit[]; onSelect: (id: Id) => void }) {
  const { t } = useTranslation();
  if (units.length === 0) return <Text size="sm">—</Text>;
  return (
    <Stack gap={2}>
      {units.map((unit) => (
        <Anchor
          key={unit.id}
          component="button"
          type="button"
          size="sm"
          ta="left"
          onClick={() => onSelect(unit.id)}
        >
          {unit.name} <span className="dh-mono">({unit.code})</span>
          {unit.validTo ? ` · ${t("orgunits.until", { date: formatDate(unit.validTo) })}` : ""}
        </Anchor>
      ))}
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={190} fw={500} c="dimmed" style={{ verticalAlign: "top" }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function OrgUnitDetailPanel({
  id,
  asOf,
  onSelect,
  canEdit,
  onEdit,
  onMove,
  onMerge,
}: OrgUnitDetailPanelProps) {
  const { t } = useTranslation();
  const detail = useOrgUnitDetail(id);

  if (id === null) {
    return (
      <Paper withBorder p="lg">
        <Text size="sm" c="dimmed">
          {t("orgunits.pickOne")}
        </Text>
      </Paper>
    );
  }
  if (detail.isPending) {
    return (
      <Paper withBorder p="lg">
        <Loader size="sm" aria-label={t("common.loading")} />
      </Paper>
    );
  }
  if (detail.isError) {
    return (
      <Paper withBorder p="lg">
        <ErrorAlert error={detail.error} focus={false} />
      </Paper>
    );
  }

  const { item, ancestors, children, successors, predecessors } = detail.data;
  const active = isActiveOn(item, asOf);
  const ended = !!item.validTo;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="orgunit-detail-title">
      <Breadcrumbs separator="›" mb="xs" fz="sm" aria-label={t("orgunits.location")}>
        {ancestors.map((unit) => (
          <Anchor key={unit.id} component="button" type="button" size="sm" onClick={() => onSelect(unit.id)}>
            {unit.shortName || unit.name}
          </Anchor>
        ))}
        <Text size="sm" span aria-current="location">
          {item.shortName || item.name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <div>
          <Title order={2} size="h4" id="orgunit-detail-title">
            {item.name}
          </Title>
          <Group gap={6} mt={4}>
            <Badge variant="light">{t(`kinds.${item.kind}`)}</Badge>
            <Badge variant="light" color={active ? "green" : "gray"}>
              {active ? t("orgunits.active") : t("orgunits.inactive")}
            </Badge>
          </Group>
        </div>
        {canEdit && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => onEdit(item)}>
              {t("common.edit")}
            </Button>
            <Button size="xs" variant="default" onClick={() => onMove(item)} disabled={!item.parentId}>
              {t("orgunits.move")}
            </Button>
            <Button size="xs" variant="default" onClick={() => onMerge(item)} disabled={ended}>
              {t("orgunits.merge")}
            </Button>
          </Group>
        )}
      </Group>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          <Row label={t("orgunits.code")}>
            <span className="dh-mono">{item.code}</span>
          </Row>
          <Row label={t("orgunits.shortName")}>{item.shortName || "—"}</Row>
          <Row label={t("orgunits.validFrom")}>{formatDate(item.validFrom) || "—"}</Row>
          <Row label={t("orgunits.validTo")}>{formatDate(item.validTo) || "—"}</Row>
          <Row label={t("orgunits.children")}>
            {children.length === 0 ? "—" : t("orgunits.childCount", { count: children.length })}
          </Row>
          <Row label={t("orgunits.predecessors")}>
            <UnitLinks units={predecessors} onSelect={onSelect} />
          </Row>
          <Row label={t("orgunits.successors")}>
            <UnitLinks units={successors} onSelect={onSelect} />
          </Row>
          <Row label={t("orgunits.version")}>{item.version}</Row>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
