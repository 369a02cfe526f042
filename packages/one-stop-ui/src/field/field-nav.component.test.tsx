import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, findDemoUser } from '@skhcn/mocks/node';
import { renderField, TEST_TODAY as TODAY } from '../testing';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = findDemoUser('canbo.tdc') ?? null;
});
afterAll(() => server.close());

const menu = async () => {
  const nav = await screen.findByRole('navigation', { name: /Phân hệ/ });
  return within(nav)
    .getAllByRole('link')
    .map((l) => [l.textContent, l.getAttribute('href'), l.getAttribute('aria-current')]);
};

describe('the field menu', () => {
  it('leads the officer to absolute addresses and marks the page they are on, also on a dossier page', async () => {
    const d = server.state.store.dossiers[1];
    if (!d) throw new Error('no dossier');
    renderField(`/tdc/ho-so/${d.id}`);
    expect(await menu()).toEqual([
      ['Hộp hồ sơ', '/tdc/ho-so', 'page'],
      ['Tiếp nhận tại quầy', '/tdc/tiep-nhan', null],
      ['Thủ tục', '/tdc', null],
    ]);
    expect(await screen.findByRole('link', { name: 'Về hộp hồ sơ' })).toHaveAttribute('href', '/tdc/ho-so');
  });

  it('shows the unit head the field’s own pages too', async () => {
    server.state.user = findDemoUser('truong.tdc') ?? null;
    renderField('/tdc/thu-tuc/tdc.hop-quy');
    expect(await menu()).toEqual([
      ['Hộp hồ sơ', '/tdc/ho-so', null],
      ['Tiếp nhận tại quầy', '/tdc/tiep-nhan', null],
      ['Báo cáo', '/tdc/bao-cao', null],
      ['Thủ tục', '/tdc', 'page'],
    ]);
  });

  it('says an unknown address of the field is not found, with the way back', async () => {
    renderField('/tdc/khong-co-trang-nay');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang thủ tục của phân hệ' })).toHaveAttribute(
      'href',
      '/tdc',
    );
  });

  it('tells an officer who opens the online form that it is the applicant’s, and where the counter intake is', async () => {
    renderField('/tdc/nop-ho-so');
    expect(
      await screen.findByText(/Trang này dành cho tổ chức, cá nhân nộp hồ sơ trực tuyến/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tiếp nhận hồ sơ tại quầy' })).toHaveAttribute(
      'href',
      '/tdc/tiep-nhan',
    );
  });
});
