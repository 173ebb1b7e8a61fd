import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('puts data where the person ran the command (pnpm runs scripts inside the package)', () => {
    expect(readConfig({ INIT_CWD: '/srv/stageflow' }, []).dataDir).toBe('/srv/stageflow/data');
    expect(readConfig({ INIT_CWD: '/srv/stageflow', STAGEFLOW_DATA: 'var' }, []).dataDir).toBe(
      '/srv/stageflow/var',
    );
    expect(readConfig({ STAGEFLOW_DATA: '/abs' }, []).dataDir).toBe('/abs');
    expect(readConfig({}, []).dataDir).toBe(resolve('data'));
  });

  it('turns demo data off with --no-demo or STAGEFLOW_DEMO=0, and refuses a bad PORT', () => {
    expect(readConfig({}, []).demo).toBe(true);
    expect(readConfig({}, ['--no-demo']).demo).toBe(false);
    expect(readConfig({ STAGEFLOW_DEMO: '0' }, []).demo).toBe(false);
    expect(() => readConfig({ PORT: 'eighty' }, [])).toThrow(
      'PORT must be a port number, got "eighty".',
    );
  });

  it('reads the general rate limit as "off" or "<burst>/<per second>"', () => {
    expect(readConfig({}, []).requestRateLimit).toBeUndefined();
    expect(readConfig({ STAGEFLOW_RATE_LIMIT: 'off' }, []).requestRateLimit).toBe(false);
    expect(readConfig({ STAGEFLOW_RATE_LIMIT: '200/5' }, []).requestRateLimit).toEqual({
      burst: 200,
      perSecond: 5,
    });
    expect(() => readConfig({ STAGEFLOW_RATE_LIMIT: 'lots' }, [])).toThrow(/STAGEFLOW_RATE_LIMIT/);
  });

  it('checkpoints SQLite in a worker thread unless STAGEFLOW_SQLITE_CHECKPOINTS=commit', () => {
    expect(readConfig({}, []).sqliteCheckpoints).toBe('background');
    expect(readConfig({ STAGEFLOW_SQLITE_CHECKPOINTS: 'commit' }, []).sqliteCheckpoints).toBe(
      'commit',
    );
    expect(() => readConfig({ STAGEFLOW_SQLITE_CHECKPOINTS: 'never' }, [])).toThrow(
      'STAGEFLOW_SQLITE_CHECKPOINTS must be "background" or "commit", got "never".',
    );
  });
});
