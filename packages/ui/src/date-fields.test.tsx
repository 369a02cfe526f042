import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateField, ErrorSummary, MonthField, type DateFieldProps, type MonthFieldProps } from './index';

type Harness<P> = Omit<P, 'value' | 'onChange'> & { initial?: string; onValue?: (v: string) => void };

/** A form that keeps the field's value in state, as the apps do, and shows it. */
function DateHarness({ initial = '', onValue, ...props }: Harness<DateFieldProps>) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        {...props}
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue?.(v);
        }}
      />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('2027-03-05')}>
        Đặt ngày khác
      </button>
    </>
  );
}

function MonthHarness({ initial = '', onValue, ...props }: Harness<MonthFieldProps>) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <MonthField
        {...props}
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue?.(v);
        }}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

const shown = () => screen.getByTestId('value').textContent;
const segments = () => screen.getAllByRole('spinbutton');
/** The `i`-th date segment (day, month, year), failing the test when it is not there. */
const segment = (i: number): HTMLElement => {
  const found = segments()[i];
  if (!found) throw new Error(`no date segment ${i}`);
  return found;
};
const segmentText = () =>
  segments()
    .map((s) => s.textContent)
    .join('/');

/** The browser's language, as react-aria would read it without the field's own I18nProvider. */
function browserLanguage(language: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([language]);
  act(() => {
    window.dispatchEvent(new Event('languagechange'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function axeViolations(container: Element) {
  // jsdom lays nothing out, so colour contrast is checked in Chromium (apps/e2e), not here.
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('DateField', () => {
  it.each(['en-US', 'vi-VN'])(
    'reads 10/11/2026 as 10 November 2026 in a browser set to %s',
    async (language) => {
      browserLanguage(language);
      const user = userEvent.setup();
      const onValue = vi.fn();
      render(<DateHarness id="ngay" label="Ngày nộp tiền" onValue={onValue} />);
      expect(segments().map((s) => s.getAttribute('data-type'))).toEqual(['day', 'month', 'year']);
      expect(segmentText()).toBe('dd/mm/yyyy');
      await user.click(segment(0));
      await user.keyboard('10/11/2026');
      expect(shown()).toBe('2026-11-10');
      expect(segmentText()).toBe('10/11/2026');
      // 2, 20 and 202 on the way to 2026 are not dates the app should see
      expect(onValue.mock.calls).toEqual([['2026-11-10']]);
    },
  );

  it('moves on at a separator after a one-digit day or month: 1/2/2026 is 1 February', async () => {
    const user = userEvent.setup();
    render(<DateHarness label="Ngày ký" />);
    await user.click(segment(0));
    await user.keyboard('1/2/2026');
    expect(shown()).toBe('2026-02-01');
    await user.click(segment(0));
    await user.keyboard('{Backspace}{Backspace}05');
    expect(segments()[1]).toHaveFocus();
    // one Backspace empties "02"; a second one would go back to the day
    await user.keyboard('{Backspace}12');
    expect(shown()).toBe('2026-12-05');
  });

  it('picks a day in the Vietnamese calendar with the keyboard, weeks starting on Monday', async () => {
    const user = userEvent.setup();
    render(<DateHarness label="Ngày hẹn trả kết quả" initial="2026-11-10" />);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    const button = screen.getByRole('button', { name: 'Chọn ngày Ngày hẹn trả kết quả' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Chọn ngày Ngày hẹn trả kết quả' });
    const grid = within(dialog).getByRole('grid');
    expect(within(dialog).getByRole('heading')).toHaveTextContent('tháng 11 năm 2026');
    const weekdays = within(grid)
      .getAllByRole('columnheader', { hidden: true })
      .map((th) => th.textContent);
    expect(weekdays).toEqual(['Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7', 'CN']);
    expect(document.activeElement).toHaveAccessibleName(/10 tháng 11, 2026, đã chọn/);
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Thứ Tư, 18 tháng 11, 2026');
    await user.keyboard('{PageDown}');
    expect(within(dialog).getByRole('heading')).toHaveTextContent('tháng 12 năm 2026');
    await user.keyboard('{Enter}');
    expect(shown()).toBe('2026-12-18');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
    expect(segmentText()).toBe('18/12/2026');
  });

  it('explains a date outside min and max, and greys those days in the calendar', async () => {
    const user = userEvent.setup();
    render(<DateHarness label="Ngày nộp tiền" min="2026-03-10" max="2026-03-20" />);
    await user.click(segment(0));
    await user.keyboard('09032026');
    expect(shown()).toBe('2026-03-09');
    const group = screen.getByRole('group', { name: 'Ngày nộp tiền' });
    expect(group).toHaveAccessibleDescription(/Ngày phải từ 10\/03\/2026 trở đi\./);
    expect(segments()[0]).toHaveAttribute('aria-invalid', 'true');
    await user.click(segment(0));
    await user.keyboard('21');
    expect(group).toHaveAccessibleDescription(/Ngày không được sau 20\/03\/2026\./);
    await user.click(segment(0));
    await user.keyboard('15');
    expect(group).not.toHaveAccessibleDescription(/trở đi|không được sau/);
    expect(segments()[0]).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: /^Chọn ngày/ }));
    const grid = within(screen.getByRole('dialog')).getByRole('grid');
    expect(within(grid).getByRole('button', { name: /Thứ Hai, 9 tháng 3, 2026/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(grid).getByRole('button', { name: /Thứ Ba, 10 tháng 3, 2026/ })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('says when a date is incomplete or does not exist, once focus leaves it', async () => {
    const user = userEvent.setup();
    render(<DateHarness label="Ngày cấp" />);
    await user.click(segment(0));
    await user.keyboard('1504');
    expect(screen.queryByText(/Vui lòng/)).not.toBeInTheDocument();
    await user.tab();
    const group = screen.getByRole('group', { name: 'Ngày cấp' });
    expect(group).toHaveAccessibleDescription(/Vui lòng nhập đủ ngày, tháng, năm \(dd\/mm\/yyyy\)\./);
    expect(shown()).toBe('');

    await user.click(segment(0));
    await user.keyboard('{Backspace}{Backspace}31022026');
    expect(shown()).toBe('');
    await user.tab();
    // react-aria moves the day to the month's last one on blur: the field says so
    expect(group).toHaveAccessibleDescription(
      /Tháng 2 năm 2026 chỉ có 28 ngày: 31\/02\/2026 đã được đổi thành 28\/02\/2026, vui lòng kiểm tra lại\./,
    );
    expect(segmentText()).toBe('28/02/2026');
    expect(shown()).toBe('2026-02-28');
  });

  it("shows the app's own error instead of its own message, tied to the group and the segments", async () => {
    const user = userEvent.setup();
    render(
      <DateHarness label="Ngày cấp" hint="Theo giấy chứng nhận" error="Ngày cấp là bắt buộc." required />,
    );
    const group = screen.getByRole('group', { name: 'Ngày cấp' });
    expect(group).toHaveAccessibleDescription(/Theo giấy chứng nhận Ngày cấp là bắt buộc\./);
    for (const s of segments()) {
      expect(s).toHaveAttribute('aria-invalid', 'true');
      expect(s).toHaveAccessibleDescription(/Ngày cấp là bắt buộc\./);
    }
    await user.click(segment(0));
    await user.keyboard('15');
    await user.tab();
    expect(screen.queryByText(/Vui lòng nhập đủ/)).not.toBeInTheDocument();
  });

  it("gives '' as soon as it is cleared or left incomplete, and follows the app's value", async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<DateHarness label="Ngày ký" name="signedOn" initial="2026-11-10" onValue={onValue} />);
    expect(segmentText()).toBe('10/11/2026');
    expect(document.querySelector('input[name="signedOn"]')).toHaveValue('2026-11-10');
    await user.click(segment(0));
    await user.keyboard('{Backspace}{Backspace}');
    expect(shown()).toBe('');
    expect(document.querySelector('input[name="signedOn"]')).toHaveValue('');
    // the rest of what was typed stays, so the day can be typed again
    expect(segmentText()).toBe('dd/11/2026');
    await user.keyboard('10');
    expect(shown()).toBe('2026-11-10');
    // Backspace empties the year digit by digit, then goes back to the month and the day
    await user.click(segment(2));
    await user.keyboard('{Backspace>12/}');
    expect(segmentText()).toBe('dd/mm/yyyy');
    expect(shown()).toBe('');
    // each Backspace and digit is a change; a year cut to 202 is no date any more
    expect(onValue.mock.calls).toEqual([['2026-11-01'], [''], ['2026-11-01'], ['2026-11-10'], ['']]);
    await user.click(screen.getByRole('button', { name: 'Đặt ngày khác' }));
    expect(segmentText()).toBe('05/03/2027');
  });

  it('takes focus by id on its day, so the error summary can send people to it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary items={[{ fieldId: 'paid-on', message: 'Vui lòng nhập ngày nộp tiền.' }]} />
        <DateHarness id="paid-on" label="Ngày nộp tiền" />
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Vui lòng nhập ngày nộp tiền.' }));
    expect(segments()[0]).toHaveFocus();
    expect(segments()[0]).toHaveAccessibleName('Ngày, Ngày nộp tiền');
    await user.keyboard('05032026');
    expect(shown()).toBe('2026-03-05');
  });

  it('passes axe, closed and with the calendar open', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <DateHarness label="Ngày ký" hint="dd/mm/yyyy" error="Sai ngày." initial="2026-11-10" />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^Chọn ngày/ }));
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('speaks Vietnamese to screen readers too', async () => {
    const user = userEvent.setup();
    render(<DateHarness label="Ngày ký" />);
    expect(segments()[0]).toHaveAttribute('aria-valuetext', 'Trống');
    await user.click(screen.getByRole('button', { name: /^Chọn ngày/ }));
    expect(document.body.innerHTML).not.toMatch(/Empty|Selected Date|Dismiss|available date|Previous|Next\b/);
  });
});

describe('MonthField', () => {
  it.each(['en-US', 'vi-VN'])('reads 11/2026 as November 2026 in a browser set to %s', async (language) => {
    browserLanguage(language);
    const user = userEvent.setup();
    render(<MonthHarness label="Từ tháng" />);
    await user.type(screen.getByRole('textbox', { name: 'Từ tháng' }), '11/2026');
    expect(shown()).toBe('2026-11');
  });

  it('accepts 1/2026 or 1-2026 and shows it as 01/2026', async () => {
    const user = userEvent.setup();
    render(<MonthHarness label="Từ tháng" />);
    const input = screen.getByRole('textbox', { name: 'Từ tháng' });
    await user.type(input, '1-2026');
    expect(shown()).toBe('2026-01');
    await user.tab();
    expect(input).toHaveValue('01/2026');
  });

  it('picks a month from the grid with the keyboard', async () => {
    const user = userEvent.setup();
    render(<MonthHarness label="Đến tháng" initial="2026-11" />);
    await user.tab();
    await user.tab();
    const button = screen.getByRole('button', { name: 'Chọn tháng: Đến tháng' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Chọn tháng: Đến tháng' });
    const months = within(dialog).getByRole('listbox', { name: 'Các tháng năm 2026' });
    expect(within(months).getByRole('option', { name: 'Tháng 11' })).toHaveFocus();
    expect(within(months).getByRole('option', { name: 'Tháng 11' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(shown()).toBe('2026-12');
    expect(screen.getByRole('textbox', { name: 'Đến tháng' })).toHaveValue('12/2026');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Năm sau (2027)' }));
    expect(screen.getByRole('listbox', { name: 'Các tháng năm 2027' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Tháng 3' }));
    expect(shown()).toBe('2027-03');
  });

  it('explains a month outside min and max, and disables those months in the grid', async () => {
    const user = userEvent.setup();
    render(<MonthHarness label="Từ tháng" min="2026-03" max="2026-10" />);
    const input = screen.getByRole('textbox', { name: 'Từ tháng' });
    await user.type(input, '02/2026');
    expect(input).toHaveAccessibleDescription('Tháng phải từ 03/2026 trở đi.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, '11/2026');
    expect(input).toHaveAccessibleDescription('Tháng không được sau 10/2026.');
    await user.clear(input);
    await user.type(input, '10/2026');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: /^Chọn tháng/ }));
    expect(screen.getByRole('option', { name: 'Tháng 2' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('option', { name: 'Tháng 3' })).not.toHaveAttribute('aria-disabled');
  });

  it("says when a month is impossible or incomplete, gives '' then and when cleared", async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<MonthHarness label="Từ tháng" initial="2026-11" onValue={onValue} />);
    const input = screen.getByRole('textbox', { name: 'Từ tháng' });
    await user.clear(input);
    expect(shown()).toBe('');
    await user.type(input, '13/2026');
    await user.tab();
    expect(input).toHaveAccessibleDescription('Tháng không hợp lệ: nhập theo dạng mm/yyyy, ví dụ 11/2026.');
    expect(shown()).toBe('');
    await user.clear(input);
    await user.type(input, '11/20');
    await user.tab();
    expect(input).toHaveAccessibleDescription('Vui lòng nhập đủ tháng và năm (mm/yyyy).');
    expect(onValue.mock.calls).toEqual([['']]);
  });

  it('passes axe, closed and with the month grid open', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <MonthHarness label="Từ tháng" hint="mm/yyyy" error="Sai tháng." initial="2026-11" />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^Chọn tháng/ }));
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
