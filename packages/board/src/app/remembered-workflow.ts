// The board a person last looked at, remembered per browser.
const STORAGE_KEY = 'stageflow.workflow';

export function rememberedWorkflow(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode): nothing remembered
  }
}

export function rememberWorkflow(key: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // storage blocked: the choice simply is not remembered
  }
}
