/** One administrative action: who, what, on what, and when (to the second: this log is about staff, not respondents). */
export interface AuditEntry {
  at: string;
  accountId: string | null;
  action: string;
  target: string | null;
}

/** Append-only record of administrative actions. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  list(): Promise<AuditEntry[]>;
}
