// A target status as a coloured badge: đạt green, đúng tiến độ blue, có nguy cơ orange,
// không đạt red, chưa có số liệu grey. The colour is never the only cue: the word is on it.
import { Badge, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TargetStatus } from "./api";
import { STATUS_COLORS } from "./format";

export function StatusBadge({ status, explanation }: { status: TargetStatus; explanation?: string }) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === "no_data" ? "light" : "filled"}
      radius="sm"
      data-status={status}
      styles={{
        root: { flexShrink: 0 },
        label: { overflow: "visible", textTransform: "none", fontSize: 12 },
      }}
    >
      {t(`ind.status.${status}`)}
    </Badge>
  );
  if (!explanation) return badge;
  return (
    <Tooltip label={explanation} multiline w={360} withArrow>
      {badge}
    </Tooltip>
  );
}
