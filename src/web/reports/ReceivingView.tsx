// The receiving unit's page for one period: who sent what and when (accept / return), the figures
// consolidated from the accepted reports, the units' narratives, and the consolidated report as a
// Word document (NĐ 30/2020) with its Excel annex.
import { Anchor, Button, Group, List, Paper, SimpleGrid, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { api } from "../lib/api";
import { formatDate, formatNumber, todayIso } from "../lib/format";
import { parseId } from "../lib/types";
import { documentUrl, useConsolidated, useRegime, useReportWrite } from "./api";
import { ReviewActions } from "./ReviewActions";
import { StateBadge, usePeriodLabel } from "./StateBadge";

function ConsolidateForm({
  id,
  period,
  initial,
}: {
  id: number;
  period: string;
  initial: { number: string | null; docDate: string; signerName: string | null } | null;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [number, setNumber] = useState(initial?.number ?? "");
  const [docDate, setDocDate] = useState<string | null>(initial?.docDate ?? todayIso());
  const [signer, setSigner] = useState(initial?.signerName ?? "");
  useEffect(() => {
    if (initial) {
      setNumber(initial.number ?? "");
      setDocDate(initial.docDate);
      setSigner(initial.signerName ?? "");
    }
  }, [initial]);
  const save = useReportWrite(() =>
    api.post(`/reports/regimes/${id}/periods/${period}/consolidate`, {
      number: number.trim() || null,
      docDate: docDate ?? undefined,
      signerName: signer.trim() || null,
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(undefined, { onSuccess: () => notify(t("reports.receive.consolidated")) });
  }
  return (
    <form onSubmit={submit} aria-label={t("reports.receive.consolidateTitle")}>
      <ErrorAlert error={save.error} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t("reports.receive.number")}
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
          w={220}
        />
        <DateInput label={t("reports.receive.docDate")} value={docDate} onChange={setDocDate} w={150} />
        <TextInput
          label={t("reports.receive.signer")}
          value={signer}
          onChange={(e) => setSigner(e.currentTarget.value)}
          w={220}
        />
        <Button type="submit" loading={save.isPending}>
          {t("reports.receive.consolidate")}
        </Button>
      </Group>
    </form>
  );
}

export function ReceivingView() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const params = useParams();
  const id = parseId(params.id) ?? 0;
  const period = params.period ?? "";
  const regime = useRegime(id);
  const view = useConsolidated(id, period);
  const label = usePeriodLabel();
  const c = view.data;
  const canReview = regime.data?.summary.canReview ?? false;
  return (
    <>
      <PageHeader
        title={t("reports.receive.title", { regime: regime.data?.item.name ?? "", period: label(period) })}
        description={
          c
            ? `${t("reports.dueOn")} ${formatDate(c.dueOn)} · ${t("reports.window")} ${formatDate(c.window.from)} – ${formatDate(c.window.to)}`
            : undefined
        }
        actions={
          <Button variant="subtle" component={Link} to={withScope(`/reports/regimes/${id}`, unitId)}>
            {t("reports.openCalendar")}
          </Button>
        }
      />
      <ErrorAlert error={view.error ?? regime.error} />
      {c && (
        <>
          <Text mb="sm" role="status">
            {t("reports.receive.counts", c.counts)}
          </Text>
          <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="receive-units">
            <Title order={2} size="h4" id="receive-units" mb="sm">
              {t("reports.reportingUnits")}
            </Title>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-labelledby="receive-units">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("reports.unit")}</Table.Th>
                    <Table.Th>{t("reports.state")}</Table.Th>
                    <Table.Th>{t("reports.receive.sentAt")}</Table.Th>
                    <Table.Th>{t("reports.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.status.map((s) => (
                    <Table.Tr key={s.unitId} data-unit={s.unitName}>
                      <Table.Td>{s.unitName}</Table.Td>
                      <Table.Td>
                        <StateBadge state={s.state} timeliness={s.timeliness} />
                      </Table.Td>
                      <Table.Td>{formatDate(s.submittedAt)}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Anchor
                            size="sm"
                            component={Link}
                            to={withScope(`/reports/regimes/${id}/form/${period}/${s.unitId}`, unitId)}
                          >
                            {t("reports.receive.view")}
                          </Anchor>
                          {canReview && s.state === "submitted" && s.submissionId && (
                            <ReviewActions submissionId={s.submissionId} unitName={s.unitName} compact />
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" mb="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="receive-totals">
              <Title order={2} size="h4" id="receive-totals" mb="sm">
                {t("reports.receive.totals")}
              </Title>
              <Table aria-labelledby="receive-totals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("reports.indicators")}</Table.Th>
                    <Table.Th>{t("reports.form.numerator")}</Table.Th>
                    <Table.Th>{t("reports.form.denominator")}</Table.Th>
                    <Table.Th>{t("reports.receive.result")}</Table.Th>
                    <Table.Th>{t("reports.receive.units")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.indicators.map((i) => (
                    <Table.Tr key={i.code}>
                      <Table.Td>{i.name}</Table.Td>
                      <Table.Td>{i.total.numerator === null ? "" : formatNumber(i.total.numerator)}</Table.Td>
                      <Table.Td>
                        {i.total.denominator === null ? "" : formatNumber(i.total.denominator)}
                      </Table.Td>
                      <Table.Td>
                        {i.total.value === null
                          ? "—"
                          : `${formatNumber(i.total.value, { maximumFractionDigits: i.decimals })}${i.unit === "%" ? "%" : ""}`}
                      </Table.Td>
                      <Table.Td>{i.total.units}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="receive-narratives">
              <Title order={2} size="h4" id="receive-narratives" mb="sm">
                {t("reports.receive.narratives")}
              </Title>
              {c.narratives.map((n) => (
                <div key={n.key}>
                  <Text fw={600} size="sm">
                    {n.title}
                  </Text>
                  <List size="sm" mb="xs">
                    {n.entries.map((e) => (
                      <List.Item key={e.unitId}>
                        <b>{e.unitName}:</b> {e.text}
                      </List.Item>
                    ))}
                  </List>
                </div>
              ))}
            </Paper>
          </SimpleGrid>
          <Paper withBorder p="md" component="section" aria-labelledby="receive-doc">
            <Title order={2} size="h4" id="receive-doc" mb="sm">
              {t("reports.receive.consolidateTitle")}
            </Title>
            {canReview && <ConsolidateForm id={id} period={period} initial={c.consolidation} />}
            {c.counts.accepted > 0 && (
              <Group mt="md">
                <Button component="a" variant="light" href={documentUrl(id, period, "docx")} download>
                  {t("reports.receive.downloadDocx")}
                </Button>
                <Button component="a" variant="default" href={documentUrl(id, period, "xlsx")} download>
                  {t("reports.receive.downloadXlsx")}
                </Button>
              </Group>
            )}
          </Paper>
        </>
      )}
    </>
  );
}
