// Keeps a half-finished survey on this device only, so a respondent can stop and continue later. Nothing
// leaves the device until they submit; a submitted survey leaves only a "done" mark behind.

export interface SavedProgress {
  data: Record<string, unknown>;
  page: number;
}

const key = (token: string) => `groundwork:survey:${token}`;
const doneKey = (token: string) => `groundwork:survey-done:${token}`;

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

export function markSubmitted(token: string, day: string): void {
  storage()?.removeItem(key(token));
  storage()?.setItem(doneKey(token), day);
}

export function submittedOn(token: string): string | null {
  return storage()?.getItem(doneKey(token)) ?? null;
}
