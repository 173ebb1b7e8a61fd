import '../../../../test/admin/xyflow-jsdom.ts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlaPolicy, WorkflowDefinition } from '@stageflow/engine';
import { applyLocale } from '../../../i18n/i18n.ts';
import { renderEditor, sample } from '../../../../test/admin/render-editor.tsx';

afterEach(() => applyLocale('en'));

/** The sample with an SLA policy, for tests that start from one. */
const withPolicy = (policy: SlaPolicy): WorkflowDefinition => ({ ...sample, slaPolicy: policy });
const target = {
  key: 'reply',
  label: 'First reply',
  within: { amount: 8, unit: 'hours' },
} as const;
const calendar = {
  timeZone: 'Asia/Seoul',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workingHours: { start: '09:00', end: '18:00' },
} satisfies SlaPolicy['calendar'];

/** The problem sentences shown with a control (its aria-describedby), once validation has run. */
async function problemsAt(control: HTMLElement): Promise<string> {
  await waitFor(() => expect(control.getAttribute('aria-invalid')).toBe('true'));
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const list = ids.map((id) => document.getElementById(id)).find((el) => el?.tagName === 'UL');
  return list?.textContent ?? '';
}

async function definitionJson(user: UserEvent) {
  await user.click(screen.getByRole('tab', { name: /JSON/ }));
  return JSON.parse((screen.getByLabelText('Definition JSON') as HTMLTextAreaElement).value);
}

// A whole editor with its diagram renders per keystroke; jsdom on a small CI machine needs time.
describe('SLA and timer forms', { timeout: 30_000 }, () => {
  it('adds an SLA target with its thresholds and who is told at the breach', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    expect(screen.getByText('No SLA targets.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '+ Add target' }));
    const target = screen.getByRole('listitem', { name: 'SLA target New target' });
    const label = within(target).getByLabelText('Label');
    await user.clear(label);
    await user.type(label, 'First reply');
    const within_ = within(target).getByLabelText('Breached after');
    await user.clear(within_);
    await user.type(within_, '8');
    await user.selectOptions(within(target).getByLabelText('Breached after: unit'), 'hours');
    await user.type(within(target).getByLabelText('Warning after'), '6');
    const breach = within(target).getByRole('group', { name: 'At the breach, tell' });
    await user.click(within(breach).getByRole('checkbox', { name: 'Manager' }));
    expect((await definitionJson(user)).slaPolicy).toEqual({
      targets: [
        {
          key: 'target_1',
          label: 'First reply',
          within: { amount: 8, unit: 'hours' },
          warnAfter: { amount: 6, unit: 'hours' },
          escalate: { breach: ['manager'] },
        },
      ],
    });

    // Removing the last target removes the policy.
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    await user.click(screen.getByRole('button', { name: 'Remove SLA target First reply' }));
    expect(await definitionJson(user)).not.toHaveProperty('slaPolicy');
  });

  it('times a transition and names the roles its move tells', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    await user.click(screen.getByRole('tab', { name: /Transitions/ }));
    const panel = screen.getByRole('listitem', { name: 'Transition Start review' });
    if (!within(panel).queryByLabelText('Fires by itself after'))
      await user.click(
        within(panel).getByRole('button', { name: /Start review/, expanded: false }),
      );
    await user.type(within(panel).getByLabelText('Fires by itself after'), '7');
    await user.selectOptions(within(panel).getByLabelText('Fires by itself after: unit'), 'days');
    const notify = within(panel).getByRole('group', {
      name: 'Tell these roles when the move is made',
    });
    await user.click(within(notify).getByRole('checkbox', { name: 'Manager' }));
    const [transition] = (await definitionJson(user)).transitions;
    expect(transition).toMatchObject({ after: { amount: 7, unit: 'days' }, notify: ['manager'] });
  });

  it('edits the target in both languages and the stages where the clocks run, pause and stop', async () => {
    const user = userEvent.setup();
    renderEditor(withPolicy({ targets: [target] }));
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    const row = screen.getByRole('listitem', { name: 'SLA target First reply' });
    await user.type(within(row).getByLabelText('In Korean'), '첫 응답');
    const runsIn = within(row).getByRole('group', { name: 'The clock runs only in' });
    await user.click(within(runsIn).getByRole('checkbox', { name: 'Review' }));
    const pauses = screen.getByRole('group', { name: 'Every clock pauses in' });
    await user.click(within(pauses).getByRole('checkbox', { name: 'Review' }));
    const stops = screen.getByRole('group', { name: 'The clocks stop in' });
    await user.click(within(stops).getByRole('checkbox', { name: 'Approved' }));
    await user.click(within(stops).getByRole('checkbox', { name: 'Rejected' }));
    expect((await definitionJson(user)).slaPolicy).toEqual({
      targets: [{ ...target, labels: { ko: '첫 응답' }, stages: ['review'] }],
      pausedIn: ['review'],
      stoppedIn: ['approved', 'rejected'],
    });

    // Unticking a stage takes it out; the last one takes the list out.
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    await user.click(
      within(screen.getByRole('group', { name: 'Every clock pauses in' })).getByRole('checkbox', {
        name: 'Review',
      }),
    );
    // Removing the last target keeps the policy's stages, and says a target is needed.
    await user.click(screen.getByRole('button', { name: 'Remove SLA target First reply' }));
    expect(
      await screen.findByText('Too small: expected array to have >=1 items', {
        selector: '#admin-def-slaPolicy\\.targets-problems li',
      }),
    ).toBeTruthy();
    expect((await definitionJson(user)).slaPolicy).toEqual({
      targets: [],
      stoppedIn: ['approved', 'rejected'],
    });
  });

  it('edits the business calendar and its holidays with form controls', async () => {
    const user = userEvent.setup();
    renderEditor(withPolicy({ targets: [target] }));
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Count business time with a calendar' }));
    const zone = screen.getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Europe/Berlin');
    const days = screen.getByRole('group', { name: 'Working days' });
    await user.click(within(days).getByRole('checkbox', { name: 'Fri' }));
    await user.click(within(days).getByRole('checkbox', { name: 'Sat' }));
    fireEvent.change(screen.getByLabelText('Opens at'), { target: { value: '08:30' } });
    fireEvent.change(screen.getByLabelText('Closes at'), { target: { value: '17:00' } });
    await user.click(screen.getByRole('checkbox', { name: /Closed on Korean public holidays/ }));

    await user.click(screen.getByRole('button', { name: '+ Add holiday' }));
    const holiday = screen.getByRole('listitem', { name: 'Holiday Holiday' });
    fireEvent.change(within(holiday).getByLabelText('Date'), { target: { value: '2026-04-10' } });
    const name = within(holiday).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Founding day');
    await user.selectOptions(screen.getByLabelText('Year of Korean public holidays'), '2026');
    await user.click(screen.getByRole('button', { name: 'Add Korean public holidays for 2026' }));
    // Pressing it again adds nothing twice.
    await user.click(screen.getByRole('button', { name: 'Add Korean public holidays for 2026' }));

    const { holidays, ...rest } = (await definitionJson(user)).slaPolicy.calendar;
    expect(rest).toEqual({
      timeZone: 'Europe/Berlin',
      workingDays: ['mon', 'tue', 'wed', 'thu', 'sat'],
      workingHours: { start: '08:30', end: '17:00' },
    });
    expect(holidays).toHaveLength(22);
    expect(holidays.slice(4, 8)).toEqual([
      { date: '2026-03-01', name: '삼일절' },
      { date: '2026-03-02', name: '대체공휴일(삼일절)' },
      { date: '2026-04-10', name: 'Founding day' },
      { date: '2026-05-05', name: '어린이날' },
    ]);
    expect(holidays.at(-1)).toEqual({ date: '2026-12-25', name: '성탄절' });

    // Removing a holiday and switching the calendar off take them out of the definition.
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    await user.click(screen.getByRole('button', { name: 'Remove holiday Founding day' }));
    expect((await definitionJson(user)).slaPolicy.calendar.holidays).toHaveLength(21);
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Count business time with a calendar' }));
    expect((await definitionJson(user)).slaPolicy).not.toHaveProperty('calendar');
  });

  it("shows each bad calendar value's problem at the control that caused it", async () => {
    const user = userEvent.setup();
    renderEditor(
      withPolicy({
        targets: [target],
        calendar: { ...calendar, holidays: [{ date: '2026-02-30', name: 'Closure' }] },
        pausedIn: ['archived'],
      }),
    );
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    const zone = screen.getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    expect(await problemsAt(zone)).toBe(
      '"Mars/Olympus" is not a time zone; use an IANA name such as Asia/Seoul.',
    );

    fireEvent.change(screen.getByLabelText('Closes at'), { target: { value: '08:00' } });
    expect(await problemsAt(screen.getByRole('group', { name: 'Working hours' }))).toBe(
      'Working hours must end after they start (09:00–08:00).',
    );
    expect(await problemsAt(screen.getByLabelText('Date'))).toBe(
      'Holiday "Closure" is on 2026-02-30, which is not a calendar date.',
    );
    const pauses = screen.getByRole('group', { name: 'Every clock pauses in' });
    expect(within(pauses).getByText(/The SLA pause list names "archived"/)).toBeTruthy();
    // Unticking the stage that does not exist clears the problem.
    await user.click(within(pauses).getByRole('checkbox', { name: 'archived (unknown stage)' }));
    await waitFor(() => expect(pauses.getAttribute('aria-invalid')).toBe('false'));

    // No working day at all: the schema's problem shows at the weekday checkboxes.
    const days = screen.getByRole('group', { name: 'Working days' });
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])
      await user.click(within(days).getByRole('checkbox', { name: day }));
    await waitFor(() => expect(days.getAttribute('aria-invalid')).toBe('true'));
    expect(within(days).getByRole('list').textContent).toBe(
      'Too small: expected array to have >=1 items',
    );
  });

  it('labels the calendar and words its problems in Korean', async () => {
    applyLocale('ko');
    const user = userEvent.setup();
    renderEditor(withPolicy({ targets: [target], calendar: { ...calendar, timeZone: 'Seoul' } }));
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    const zone = screen.getByLabelText('시간대');
    expect(await problemsAt(zone)).toBe(
      '"Seoul"은(는) 시간대가 아닙니다. Asia/Seoul 같은 IANA 이름을 쓰세요.',
    );
    expect(screen.getByRole('group', { name: '근무일' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /년 대한민국 공휴일 추가/ })).toBeTruthy();
  });
});
