// Component tests: unmount after each test so screens never leak into the next one.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
