import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ORG_UNIT_KINDS, type OrgUnitKind } from "../lib/types";

export function KindSelect({
  value,
  onChange,
  ...rest
}: Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: OrgUnitKind | null;
  onChange: (kind: OrgUnitKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t("orgunits.kind")}
      allowDeselect={false}
      {...rest}
      data={ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      value={value}
      onChange={(next) => next && onChange(next as OrgUnitKind)}
    />
  );
}
