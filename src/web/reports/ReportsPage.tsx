// Báo cáo: the reporting regimes (NĐ 09/2019). The first page shows what the chosen unit must send
// and the regimes in scope; sub-pages hold a regime's calendar, a unit's report, the receiving
// unit's review and consolidation, the definition form and the regime review.
import "./i18n";
import { Anchor, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { formatDate } from "../lib/format";
import { useInbox, useRegimes } from "./api";
import { ReceivingView } from "./ReceivingView";
import { RegimeCalendar } from "./RegimeCalendar";
import { RegimeForm } from "./RegimeForm";
import { ReviewPage } from "./ReviewPage";
import { pct, StateBadge, usePeriodLabel } from "./StateBadge";
import { SubmissionFormPage } from "./SubmissionForm";

function Inbox() {
  const { t } = useTranslation();
  const { unitId, unit } = useScope();
  const inbox = useInbox(unitId);
  const label = usePeriodLabel();
  if (!inbox.data || inbox.data.items.length === 0) return null;
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="reports-inbox">
      <Title order={2} size="h4" id="reports-inbox" mb="sm">
        {t("reports.inboxTitle", { unit: unit?.name ?? "" })}
      </Title>
      <ErrorAlert error={inbox.error} focus={false} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-labelledby="reports-inbox">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("reports.name")}</Table.Th>
              <Table.Th>{t("reports.period")}</Table.Th>
              <Table.Th>{t("reports.dueOn")}</Table.Th>
              <Table.Th>{t("reports.state")}</Table.Th>
              <Table.Th>{t("reports.completeness")}</Table.Th>
              <Table.Th>{t("reports.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inbox.data.items.map((item) => (
              <Table.Tr key={`${item.regimeId}-${item.period}`}>
                <Table.Td>
                  {item.regimeName}
                  <Text size="xs" c="dimmed">
                    {item.receivingUnitName}
                  </Text>
                </Table.Td>
                <Table.Td>{label(item.period)}</Table.Td>
                <Table.Td>{formatDate(item.dueOn)}</Table.Td>
                <Table.Td>
                  <StateBadge state={item.state} timeliness={item.timeliness} />
                </Table.Td>
                <Table.Td>{pct(item.completeness)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    component={Link}
                    to={withScope(`/reports/regimes/${item.regimeId}/form/${item.period}/${unitId}`, unitId)}
                    aria-label={`${t("reports.openForm")}: ${item.regimeName}, ${label(item.period)}`}
                  >
                    {t("reports.openForm")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function RegimeList() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const regimes = useRegimes();
  const canManage = regimes.data?.items.some((r) => r.canManage) ?? false;
  return (
    <>
      <PageHeader
        title={t("nav.reports")}
        description={t("reports.description")}
        actions={
          <>
            {canManage && (
              <>
                <Button component={Link} to={withScope("/reports/regimes/new", unitId)}>
                  {t("reports.create")}
                </Button>
                <Button variant="default" component={Link} to={withScope("/reports/adhoc", unitId)}>
                  {t("reports.adhoc")}
                </Button>
              </>
            )}
            <Button variant="default" component={Link} to={withScope("/reports/review", unitId)}>
              {t("reports.reviewLink")}
            </Button>
          </>
        }
      />
      <Inbox />
      <Paper withBorder p="md" component="section" aria-labelledby="reports-regimes">
        <Title order={2} size="h4" id="reports-regimes" mb="sm">
          {t("reports.regimesTitle")}
        </Title>
        <ErrorAlert error={regimes.error} focus={false} />
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover aria-labelledby="reports-regimes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("reports.name")}</Table.Th>
                <Table.Th>{t("reports.frequency")}</Table.Th>
                <Table.Th>{t("reports.deadline")}</Table.Th>
                <Table.Th>{t("reports.receivingUnit")}</Table.Th>
                <Table.Th>{t("reports.unitCount")}</Table.Th>
                <Table.Th>{t("reports.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regimes.data?.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={withScope(`/reports/regimes/${r.id}`, unitId)}>
                      {r.name}
                    </Anchor>
                    <Text size="xs" c="dimmed" className="dh-mono">
                      {r.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`reports.frequencies.${r.frequency}`)}</Table.Td>
                  <Table.Td>{r.deadlineText}</Table.Td>
                  <Table.Td>{r.receivingUnitName}</Table.Td>
                  <Table.Td>{r.unitCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        component={Link}
                        to={withScope(`/reports/regimes/${r.id}`, unitId)}
                      >
                        {t("reports.openCalendar")}
                      </Button>
                      {r.canManage && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          component={Link}
                          to={withScope(`/reports/regimes/${r.id}/edit`, unitId)}
                        >
                          {t("reports.edit")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {regimes.data && regimes.data.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      {t("reports.noData")}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}

export default function ReportsPage() {
  return (
    <Routes>
      <Route index element={<RegimeList />} />
      <Route path="regimes/new" element={<RegimeForm mode="create" />} />
      <Route path="adhoc" element={<RegimeForm mode="adhoc" />} />
      <Route path="review" element={<ReviewPage />} />
      <Route path="regimes/:id" element={<RegimeCalendar />} />
      <Route path="regimes/:id/edit" element={<RegimeForm mode="edit" />} />
      <Route path="regimes/:id/form/:period/:unitId" element={<SubmissionFormPage />} />
      <Route path="regimes/:id/review/:period" element={<ReceivingView />} />
    </Routes>
  );
}
