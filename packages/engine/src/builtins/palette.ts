// Stage colours by category, so every built-in board reads the same way at a glance.
// `waiting` is an active stage whose clock runs on someone outside the team (customer, supplier).
export const stageColor = {
  open: '#64748b',
  active: '#2563eb',
  waiting: '#d97706',
  done: '#16a34a',
  cancelled: '#dc2626',
} as const;
