// Trao đổi dữ liệu (administrators): system clients and their keys, federation with the upper
// instance (status, pause/resume), webhooks, and file / DHIS2 exchange. Open data is public at /open-data.
import "./i18n";
import { Anchor, Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { PageHeader } from "../components/PageHeader";
import { ClientsPanel } from "./ClientsPanel";
import { FilesPanel } from "./FilesPanel";
import { SyncPanel } from "./SyncPanel";
import { WebhooksPanel } from "./WebhooksPanel";

const TABS = ["sync", "clients", "webhooks", "files"] as const;
type Tab = (typeof TABS)[number];

export default function ExchangePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const current = (TABS as readonly string[]).includes(params["*"] ?? "") ? (params["*"] as Tab) : "sync";
  return (
    <>
      <PageHeader
        title={t("nav.exchange")}
        description={t("exchange.description")}
        actions={
          <Anchor component={Link} to="/open-data" size="sm">
            {t("exchange.openDataLink")}
          </Anchor>
        }
      />
      <Tabs value={current} onChange={(v) => navigate(`/exchange/${v ?? "sync"}`)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`exchange.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="sync">
          <SyncPanel />
        </Tabs.Panel>
        <Tabs.Panel value="clients">
          <ClientsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="webhooks">
          <WebhooksPanel />
        </Tabs.Panel>
        <Tabs.Panel value="files">
          <FilesPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
