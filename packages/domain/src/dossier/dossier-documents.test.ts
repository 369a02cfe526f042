import { describe, expect, it } from 'vitest';
import { oneStopDocumentsOf } from './index';

const kinds = (actions: string[], audience: 'staff' | 'applicant') =>
  oneStopDocumentsOf(
    actions.map((action) => ({ action })),
    audience,
  ).map((d) => `${d.form} ${d.kind}`);

describe('the one-stop documents of a dossier', () => {
  it.each([
    ['submitted online, not yet received', ['submit'], 'staff', []],
    ['received at the counter', ['receive'], 'staff', ['Mẫu 01 receipt', 'Mẫu 06 control-sheet']],
    ['refused at receipt', ['submit', 'refuse'], 'applicant', ['Mẫu 03 refusal']],
    [
      'additions asked, the date moved, then stopped',
      ['submit', 'receive', 'assign', 'request_additions', 'supply_additions', 'extend_deadline', 'stop'],
      'staff',
      [
        'Mẫu 01 receipt',
        'Mẫu 02 additions-request',
        'Mẫu 04 apology',
        'Mẫu 05 stop-notice',
        'Mẫu 06 control-sheet',
      ],
    ],
    [
      'the same, as the applicant sees it (no internal control sheet)',
      ['submit', 'receive', 'assign', 'request_additions', 'supply_additions', 'extend_deadline', 'stop'],
      'applicant',
      ['Mẫu 01 receipt', 'Mẫu 02 additions-request', 'Mẫu 04 apology', 'Mẫu 05 stop-notice'],
    ],
  ] as const)('%s', (_what, actions, audience, expected) => {
    expect(kinds([...actions], audience)).toEqual(expected);
  });
});
