// The plans list: number, title, issuer, period, overall progress and tasks by status.
import { Anchor, Paper, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { Pager } from "../components/Pager";
import { formatDate } from "../lib/format";
import { usePlans } from "./api";
import { ProgressCell, StatusCounts } from "./TaskBits";

export function PlansListPanel() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 300);
  const [page, setPage] = useState(1);
  const plans = usePlans({ q, page });
  return (
    <>
      <TextInput
        label={t("plans.filter.search")}
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setPage(1);
        }}
        w={320}
        mb="sm"
      />
      <ErrorAlert error={plans.error} focus={false} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t("plans.plans.number")}</Table.Th>
                <Table.Th>{t("plans.plans.titleField")}</Table.Th>
                <Table.Th w={200}>{t("plans.plans.issuer")}</Table.Th>
                <Table.Th w={90}>{t("plans.plans.tasks")}</Table.Th>
                <Table.Th w={150}>{t("plans.plans.progress")}</Table.Th>
                <Table.Th w={160}>{t("plans.col.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data?.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm" className="dh-mono">
                      {p.number ?? p.docType}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(p.issuedOn)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={withScope(`/plans/p/${p.id}`, unitId)}
                      size="sm"
                      lineClamp={3}
                    >
                      {p.title}
                    </Anchor>
                    {p.implementsRef && (
                      <Text size="xs" c="dimmed">
                        {t("plans.plans.implements")}: {p.implementsRef}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.issuer ?? p.orgUnitName}</Text>
                  </Table.Td>
                  <Table.Td>{p.taskCount}</Table.Td>
                  <Table.Td>
                    <ProgressCell
                      value={p.progress}
                      status={(p.counts.overdue ?? 0) > 0 ? "overdue" : "in_progress"}
                    />
                  </Table.Td>
                  <Table.Td>
                    <StatusCounts counts={p.counts} />
                  </Table.Td>
                </Table.Tr>
              ))}
              {plans.data?.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      {t("plans.plans.noPlans")}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Pager total={plans.data?.total ?? 0} pageSize={20} page={page} onChange={setPage} />
    </>
  );
}
