// Component tests: unmount after each test so screens never leak into the next one.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// waitFor/findBy give up after 1 s by default; on a shared 2-core machine under load the diagram's
// elk layout alone can take longer, so a slow render failed tests that assert nothing about speed.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
