import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, mockPublicKey } from '@skhcn/mocks/node';
import { renderField, TEST_TODAY as TODAY } from '../testing';

const server = createMockServer({ signedInAs: null, today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const received = () => {
  const d = server.state.store.dossiers.find((x) => x.status === 4 && x.deadline);
  if (!d) throw new Error('no dossier in process');
  return d;
};

describe('the public status of a dossier (what the receipt’s QR opens)', () => {
  it('shows code, procedure, status and appointment date from the QR address, nothing personal', async () => {
    const d = received();
    renderField(`/tra-cuu/ho-so?ma=${d.code}&k=${mockPublicKey(d)}`);
    const card = await screen.findByRole('region', { name: `Hồ sơ ${d.code}` });
    expect(card).toHaveTextContent('Đang xử lý');
    expect(card).toHaveTextContent(/\d{2}\/\d{2}\/20\d{2}/);
    expect(card).not.toHaveTextContent(d.applicant.name);
    expect(card).not.toHaveTextContent(d.applicant.taxCode ?? 'no tax code');
  });

  it('says when the QR key does not match, and looks up by code and tax code instead', async () => {
    const d = received();
    const user = userEvent.setup();
    renderField(`/tra-cuu/ho-so?ma=${d.code}&k=${'0'.repeat(32)}`);
    expect(await screen.findByText('Không tìm thấy hồ sơ')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Tra cứu hồ sơ' });
    await user.type(within(form).getByLabelText(/Mã số thuế/), d.applicant.taxCode ?? '');
    await user.click(within(form).getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('region', { name: `Hồ sơ ${d.code}` })).toHaveTextContent('Đang xử lý');
    expect(screen.getByTestId('location')).toHaveTextContent(`mst=${d.applicant.taxCode ?? ''}`);
  });
});
