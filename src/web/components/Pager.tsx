// Page controls with spoken labels ("Trang 3", "Trang sau") instead of bare numbers and arrows.
import { Group, Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";

export interface PagerProps {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}

export function Pager({ total, pageSize, page, onChange }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const controlLabels: Record<string, string> = {
    first: t("common.firstPage"),
    previous: t("common.previousPage"),
    next: t("common.nextPage"),
    last: t("common.lastPage"),
  };
  return (
    <Group justify="flex-end" mt="sm">
      <nav aria-label={t("common.pagination")}>
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          size="sm"
          withEdges
          getControlProps={(control) => ({ "aria-label": controlLabels[control] })}
          getItemProps={(item) => ({ "aria-label": t("common.pageN", { page: item }) })}
        />
      </nav>
    </Group>
  );
}
