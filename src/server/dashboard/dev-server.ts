// Development entry: the server with the dashboard capability added even before it is listed in
// capabilities.ts. `npx tsx src/server/dashboard/dev-server.ts`; the browser test uses it when
// E2E_DASHBOARD_DEV=1. Production and `npm start` use src/server/main.ts.
import { CAPABILITIES } from "../capabilities";
import { loadConfig } from "../config";
import { startServer } from "../start";
import { dashboardCapability } from "./index";

if (!CAPABILITIES.some((c) => c.name === dashboardCapability.name)) CAPABILITIES.push(dashboardCapability);

startServer(loadConfig()).catch((err) => {
  console.error("Không khởi động được dieuhanh:", err);
  process.exit(1);
});
