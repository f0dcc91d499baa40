// Accept or return (with a reason) one submission: the receiving unit's two decisions.
import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { api } from "../lib/api";
import type { Id } from "../lib/types";
import { useReportWrite } from "./api";

export function ReviewActions({
  submissionId,
  unitName,
  compact = false,
}: {
  submissionId: Id;
  unitName: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const accept = useReportWrite(() => api.post(`/reports/submissions/${submissionId}/accept`, {}));
  const giveBack = useReportWrite(() => api.post(`/reports/submissions/${submissionId}/return`, { reason }));
  const size = compact ? "compact-sm" : "sm";
  return (
    <>
      <ErrorAlert error={accept.error} />
      <Group gap={6} wrap="nowrap" mb={compact ? 0 : "md"}>
        <Button
          size={size}
          color="green"
          aria-label={t("reports.receive.acceptLabel", { unit: unitName })}
          loading={accept.isPending}
          onClick={() =>
            accept.mutate(undefined, {
              onSuccess: () => notify(t("reports.receive.accepted", { unit: unitName })),
            })
          }
        >
          {t("reports.receive.accept")}
        </Button>
        <Button
          size={size}
          color="orange"
          variant="light"
          aria-label={t("reports.receive.returnLabel", { unit: unitName })}
          onClick={() => setReturning(true)}
        >
          {t("reports.receive.return")}
        </Button>
      </Group>
      {returning && (
        <Modal
          opened
          onClose={() => setReturning(false)}
          title={t("reports.receive.returnLabel", { unit: unitName })}
        >
          <Stack>
            <ErrorAlert error={giveBack.error} />
            <Textarea
              label={t("reports.receive.reason")}
              withAsterisk
              autosize
              minRows={3}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button
                color="orange"
                loading={giveBack.isPending}
                onClick={() =>
                  giveBack.mutate(undefined, {
                    onSuccess: () => {
                      notify(t("reports.receive.returned", { unit: unitName }));
                      setReturning(false);
                    },
                  })
                }
              >
                {t("reports.receive.confirmReturn")}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
