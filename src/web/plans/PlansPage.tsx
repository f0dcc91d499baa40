// Kế hoạch & nhiệm vụ: the capability's routes (home with tabs, import, a plan, a task, the
// printable report, notifications). The tab lives in the URL (?tab=) so links and reloads keep it.
import { Badge, Button, Tabs } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useSearchParams } from "react-router";
import { FullPageLoader } from "../app/RequireAuth";
import { useScope, withScope } from "../app/scope";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { api } from "../lib/api";
import { hasRole, useMe } from "../lib/auth";
import { useNotifications, usePlansWrite } from "./api";
import "./i18n";
import "./plans.css";
import { PlansListPanel } from "./PlansListPanel";
import { ScorecardPanel } from "./ScorecardPanel";
import { TaskListPanel } from "./TaskListPanel";
import { TimelinePanel } from "./TimelinePanel";

const ImportPage = lazy(() => import("./ImportPage"));
const PlanTreePage = lazy(() => import("./PlanTreePage"));
const TaskDetailPage = lazy(() => import("./TaskDetailPage"));
const PrintReport = lazy(() => import("./PrintReport"));
const NotificationsPage = lazy(() => import("./NotificationsPage"));

const TABS = ["mine", "unit", "assigned", "overdue", "plans", "timeline", "scorecard"] as const;
type Tab = (typeof TABS)[number];

function Home() {
  const { t } = useTranslation();
  const notify = useNotify();
  const me = useMe();
  const { unitId } = useScope();
  const [params, setParams] = useSearchParams();
  const manager = hasRole(me, ["admin", "leader", "office"]);
  const requested = params.get("tab") as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : manager ? "overdue" : "mine";
  const unread = useNotifications(true, 1).data?.unread ?? 0;
  const chase = usePlansWrite(() =>
    api.post<{ dueSoon: number; overdue: number; escalated: number }>("/reminders/run"),
  );
  return (
    <>
      <PageHeader
        title={t("plans.title")}
        description={t("plans.description")}
        actions={
          <>
            <Button
              component={Link}
              variant="light"
              to={withScope("/plans/notifications", unitId)}
              rightSection={
                unread > 0 ? (
                  <Badge size="xs" color="red">
                    {unread}
                  </Badge>
                ) : undefined
              }
            >
              {t("plans.actions.notifications")}
            </Button>
            <Button component={Link} variant="light" to={withScope("/plans/report", unitId)}>
              {t("plans.actions.print")}
            </Button>
            {manager && (
              <>
                <Button
                  variant="light"
                  loading={chase.isPending}
                  onClick={() =>
                    chase.mutate(undefined, { onSuccess: (r) => notify(t("plans.chaseDone", r)) })
                  }
                >
                  {t("plans.actions.runChase")}
                </Button>
                <Button component={Link} to={withScope("/plans/import", unitId)}>
                  {t("plans.actions.import")}
                </Button>
              </>
            )}
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) =>
          setParams((p) => {
            p.set("tab", v ?? "mine");
            return p;
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((id) => (
            <Tabs.Tab key={id} value={id}>
              {t(`plans.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="mine">
          <TaskListPanel view="mine" />
        </Tabs.Panel>
        <Tabs.Panel value="unit">
          <TaskListPanel view="unit" />
        </Tabs.Panel>
        <Tabs.Panel value="assigned">
          <TaskListPanel view="assigned" />
        </Tabs.Panel>
        <Tabs.Panel value="overdue">
          <TaskListPanel view="all" fixedStatus={["overdue"]} />
        </Tabs.Panel>
        <Tabs.Panel value="plans">
          <PlansListPanel />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelinePanel />
        </Tabs.Panel>
        <Tabs.Panel value="scorecard">
          <ScorecardPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

export default function PlansPage() {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <Routes>
        <Route index element={<Home />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="p/:planId" element={<PlanTreePage />} />
        <Route path="tasks/:taskId" element={<TaskDetailPage />} />
        <Route path="report" element={<PrintReport />} />
        <Route path="notifications" element={<NotificationsPage />} />
      </Routes>
    </Suspense>
  );
}
