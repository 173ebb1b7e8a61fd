import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary.tsx';

function Broken(): never {
  throw new Error('columns is undefined');
}

describe('the root error boundary', () => {
  it('shows what went wrong and a way back instead of a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('alert').textContent).toContain('columns is undefined');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
