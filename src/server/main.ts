import { loadConfig } from "./config";
import { startServer } from "./start";

startServer(loadConfig()).catch((err) => {
  console.error("Không khởi động được dieuhanh:", err);
  process.exit(1);
});
