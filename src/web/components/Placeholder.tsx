// Shown for capabilities registered in app/nav.ts that have no page yet.
import { Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "./PageHeader";

export function Placeholder({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <Paper withBorder p="xl" radius="sm" maw={640}>
        <Title order={2} size="h4" mb="xs">
          {t("app.underConstruction")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("app.underConstructionHint")}
        </Text>
      </Paper>
    </>
  );
}
