// Sends the e-mail copy of one notification. Queued in the same transaction as the notification;
// a failure throws so the job runner retries with backoff.
import type { JobHandler } from "../jobs/jobs";
import { notificationForEmail } from "./notifications.repo";
import { parseSmtpUrl, type SmtpTarget, sendMail } from "./smtp";

export function emailJob(smtpUrl: string | undefined, publicUrl: string | undefined): JobHandler {
  let target: SmtpTarget | null = null;
  return async (payload, { db }) => {
    if (!smtpUrl) return; // E-mail was switched off after the job was queued.
    target ??= parseSmtpUrl(smtpUrl);
    const n = await notificationForEmail(db, Number(payload.notificationId));
    if (!n?.email) return;
    const link = n.link ? `${(publicUrl ?? "").replace(/\/$/, "")}${n.link}` : null;
    const text = [
      `Kính gửi ${n.fullName},`,
      "",
      n.title,
      n.body ?? "",
      link ? `Xem chi tiết: ${link}` : "",
      "",
      "Thư gửi tự động từ Hệ thống thông tin chỉ đạo, điều hành. Vui lòng không trả lời thư này.",
    ]
      .filter((line, i, all) => line !== "" || all[i - 1] !== "")
      .join("\n");
    await sendMail(target, { to: n.email, subject: `[Đôn đốc] ${n.title}`, text });
  };
}
