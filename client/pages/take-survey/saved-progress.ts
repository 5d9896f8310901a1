// Keeps a half-finished survey on this device only, so a respondent can stop and continue later. Nothing
// leaves the device until they submit; a submitted survey leaves only a "done" mark behind.

export interface SavedProgress {
  data: Record<string, unknown>;
  page: number;
}

const key = (token: string) => `groundwork:survey:${token}`;
const doneKey = (token: string) => `groundwork:survey-done:${token}`;
const submissionKeyKey = (token: string) => `groundwork:survey-submission:${token}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private browsing modes may refuse storage; the survey still works without it
  }
}

export function loadProgress(token: string): SavedProgress | null {
  try {
    const raw = storage()?.getItem(key(token));
    return raw ? (JSON.parse(raw) as SavedProgress) : null;
  } catch {
    return null;
  }
}

export function saveProgress(token: string, progress: SavedProgress): void {
  storage()?.setItem(key(token), JSON.stringify(progress));
}

/**
 * The key that names this device's submission, kept until the server acknowledges it: a retry after a
 * lost answer (a dropped connection, a server restart) sends the same key and is not stored twice. It is
 * forgotten once acknowledged, so the device holds nothing that could find the response later.
 */
export function submissionKey(token: string): string {
  const kept = storage()?.getItem(submissionKeyKey(token));
  if (kept) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const made = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
  storage()?.setItem(submissionKeyKey(token), made);
  return made;
}

export function markSubmitted(token: string, day: string): void {
  storage()?.removeItem(key(token));
  storage()?.removeItem(submissionKeyKey(token));
  storage()?.setItem(doneKey(token), day);
}

/** Lets the next person answer on a shared device: a shared link cannot tell them apart, the device need not. */
export function forgetSubmitted(token: string): void {
  storage()?.removeItem(doneKey(token));
}

export function submittedOn(token: string): string | null {
  return storage()?.getItem(doneKey(token)) ?? null;
}
