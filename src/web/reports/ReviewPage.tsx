// Rà soát chế độ báo cáo: for each regime, the share of its data items the system already holds,
// and the regimes that could be filled automatically or cut (NĐ 09's aim: fewer reports).
import { Anchor, Badge, Button, Group, List, Paper, Progress, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { useReview } from "./api";
import { pct, usePeriodLabel } from "./StateBadge";

export function ReviewPage() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const review = useReview();
  const label = usePeriodLabel();
  const totals = review.data?.totals;
  return (
    <>
      <PageHeader
        title={t("reports.review.title")}
        description={t("reports.review.description")}
        actions={
          <Button variant="subtle" component={Link} to={withScope("/reports", unitId)}>
            {t("reports.back")}
          </Button>
        }
      />
      <ErrorAlert error={review.error} />
      {totals && (
        <Text mb="md" role="status">
          {t("reports.review.totals", {
            regimes: totals.regimes,
            autoFill: totals.autoFill,
            cut: totals.cut,
            held: totals.heldItems,
            items: totals.dataItems,
          })}
        </Text>
      )}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm" aria-label={t("reports.review.title")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("reports.name")}</Table.Th>
                <Table.Th>{t("reports.period")}</Table.Th>
                <Table.Th w={200}>{t("reports.review.share")}</Table.Th>
                <Table.Th>{t("reports.indicators")}</Table.Th>
                <Table.Th>{t("reports.state")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.data?.items.map((i) => (
                <Table.Tr key={i.regime.id} data-regime={i.regime.code}>
                  <Table.Td>
                    <Anchor component={Link} to={withScope(`/reports/regimes/${i.regime.id}`, unitId)}>
                      {i.regime.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {i.regime.frequencyLabel} · {i.regime.receivingUnitName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{i.period ? label(i.period) : "—"}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {pct(i.share)} · {t("reports.review.items", { held: i.heldItems, total: i.dataItems })}
                    </Text>
                    <Progress
                      value={(i.share ?? 0) * 100}
                      color={i.canAutoFill ? "green" : (i.share ?? 0) < 0.5 ? "red" : "yellow"}
                      aria-hidden
                    />
                  </Table.Td>
                  <Table.Td>
                    <List size="xs">
                      {i.indicators.map((x) => (
                        <List.Item key={x.code} c={x.held ? undefined : "red"}>
                          {t("reports.review.indicatorCoverage", {
                            code: x.code,
                            with: x.unitsWithData,
                            expected: x.expectedUnits,
                          })}
                        </List.Item>
                      ))}
                    </List>
                    {i.extraItems.length > 0 && (
                      <Text size="xs" c="red">
                        {t("reports.review.notHeld", { items: i.extraItems.join("; ") })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Group gap={4}>
                        {i.canAutoFill && <Badge color="green">{t("reports.review.autoFill")}</Badge>}
                        {i.canCut && <Badge color="orange">{t("reports.review.cut")}</Badge>}
                      </Group>
                      {i.flags.map((f) => (
                        <Text key={f.code} size="xs">
                          {f.message}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
