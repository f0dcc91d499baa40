import type { Queryable } from "../db/db";
import { readAuditChunk } from "./audit.repo";
import { eventHash } from "./hash-chain";

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenSeq?: number;
  reason?: string;
}

/**
 * Walks the whole chain: each event's hash must match its content and link to the one before, the
 * sequence must have no gaps (a deleted event), and the head must point at the last event.
 */
export async function verifyAuditChain(q: Queryable, chunk = 5000): Promise<VerifyResult> {
  let prevHash = "GENESIS";
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await readAuditChunk(q, expectedSeq - 1, chunk);
    if (rows.length === 0) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) return broken(checked, expectedSeq, "thiếu sự kiện (bị xóa)");
      if (r.prevHash !== prevHash) return broken(checked, seq, "liên kết với sự kiện trước bị sai");
      const { prevHash: _p, hash, ...fields } = r;
      if (eventHash(prevHash, { ...fields, seq }) !== hash) return broken(checked, seq, "nội dung đã bị sửa");
      prevHash = hash;
      expectedSeq++;
      checked++;
    }
  }
  const [head] = await q.query<{ seq: number; hash: string }>("select seq, hash from audit_head where id = 1");
  if (Number(head.seq) !== checked || head.hash !== prevHash)
    return broken(checked, checked + 1, "các sự kiện cuối chuỗi đã bị xóa");
  return { ok: true, checked };
}

function broken(checked: number, seq: number, reason: string): VerifyResult {
  return { ok: false, checked, firstBrokenSeq: seq, reason };
}
