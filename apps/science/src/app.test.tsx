import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createDossier,
  createMockServer,
  createMockStore,
  findDemoUser,
  SCIENCE_IDS,
  type MockDossier,
} from '@skhcn/mocks/node';
import { renderApp, TODAY } from './test/render-app';

const server = createMockServer({ signedInAs: 'canbo.khoahoc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.store = createMockStore(TODAY);
  // the science store is the one the handlers were built on: undo the link a test made
  const task = server.state.science.tasks.find((t) => t.task.id === SCIENCE_IDS.registered);
  if (task) task.registration.dossier = null;
  server.state.user = findDemoUser('canbo.khoahoc') ?? null;
});
afterAll(() => server.close());

/** A result registration received at the counter for the registered task (NV-2025-001), linked as the API links it. */
function fileRegistration(): MockDossier {
  const officer = findDemoUser('canbo.khoahoc');
  if (!officer) throw new Error('no demo officer');
  const d = createDossier(
    server.state.store,
    officer,
    {
      procedureCode: 'khcn.dang-ky-ket-qua',
      declaration: {},
      components: [],
      applicantName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
      taxCode: '0200789127',
    },
    'counter',
  );
  const task = server.state.science.tasks.find((t) => t.task.id === SCIENCE_IDS.registered);
  if (!task) throw new Error('no registered task');
  task.registration.dossier = {
    id: d.id,
    code: d.code,
    status: d.status,
    statusLabel: 'Đã tiếp nhận',
    deadline: d.deadline,
    submittedAt: d.submittedAt,
    completedAt: null,
  };
  return d;
}

describe('the result registration on the shared one-stop screens', () => {
  it('lists the registration in the field’s inbox and opens it on the shared dossier page', async () => {
    const d = fileRegistration();
    renderApp('/khcn/ho-so');
    const link = await screen.findByRole('link', { name: d.code });
    expect(link).toHaveAttribute('href', `/khcn/ho-so/${d.id}`);
    expect(screen.getByRole('navigation', { name: /Phân hệ khoa học và công nghệ/i })).toBeInTheDocument();
  });

  it('shows the task being registered, its acceptance and the 30-day filing deadline (the field’s record panel)', async () => {
    const d = fileRegistration();
    renderApp(`/khcn/ho-so/${d.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${d.code}` })).toBeInTheDocument();
    const panel = await screen.findByRole('region', { name: 'Nhiệm vụ được đăng ký kết quả' });
    expect(within(panel).getByRole('link', { name: 'NV-2025-001' })).toHaveAttribute(
      'href',
      `/khcn/nhiem-vu/${SCIENCE_IDS.registered}`,
    );
    expect(panel).toHaveTextContent('Chế phẩm sinh học xử lý nước ao nuôi tôm');
    expect(panel).toHaveTextContent('Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng');
    expect(panel).toHaveTextContent('09/10/2026 · xếp loại Đạt');
    expect(panel).toHaveTextContent('09/11/2026 (30 ngày kể từ ngày nghiệm thu');
  });

  it('says so when a registration dossier is not tied to a task of the department', async () => {
    const d = fileRegistration();
    const task = server.state.science.tasks.find((t) => t.task.id === SCIENCE_IDS.registered);
    if (task) task.registration.dossier = null;
    renderApp(`/khcn/ho-so/${d.id}`);
    const panel = await screen.findByRole('region', { name: 'Nhiệm vụ được đăng ký kết quả' });
    expect(panel).toHaveTextContent('Hồ sơ này không gắn với nhiệm vụ nào của Sở');
  });

  it('sends the host organisation to its own view of the dossier in the applicant’s space', async () => {
    const d = fileRegistration();
    server.state.user = findDemoUser('vien.ungdung') ?? null;
    renderApp(`/khcn/ho-so/${d.id}`);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/ho-so-cua-toi/${d.id}`));
  });

  it('keeps the one-stop inbox to the office: a council expert is told it is not for their account', async () => {
    server.state.user = findDemoUser('cg.hoangminh') ?? null;
    renderApp('/khcn/ho-so');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trang này không dành cho tài khoản của bạn' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/dành cho cán bộ Phòng Quản lý Khoa học và lãnh đạo Sở/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
