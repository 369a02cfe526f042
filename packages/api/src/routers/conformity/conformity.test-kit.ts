// Helpers for the TĐC tests (not a test file itself): declarations, the national systems stood in by msw.
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Database } from '@skhcn/db';
import { findProcedureOrThrow } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { integrationsFromEnv, setIntegrations } from '../../integrations/integrations';
import type { PortalStatusUpdate, PublishedDeclaration } from '../../integrations/integration-clients';
import { uploadedFile } from '../../testing/one-stop.test-kit';
import type { DeclarationDraft } from './declaration-input';

/** A valid tax code (check digit 7 for 020012345). */
export const TAX_CODE = '0200123457';

export const ORGANISATION = {
  name: 'Công ty Cổ phần Thép Hải Phòng',
  taxCode: TAX_CODE,
  address: 'Số 12 đường Hà Nội, phường Hồng Bàng, thành phố Hải Phòng',
  phone: '0225 3842 123',
};

/** Công bố hợp quy of reinforcing steel on a designated certifier's certificate valid until 19/02/2029. */
export function hopQuyDeclaration(overrides: Record<string, unknown> = {}): DeclarationDraft {
  return {
    kind: 'regulation',
    organisation: ORGANISATION,
    products: [
      { name: 'Thép cốt bê tông cán nóng', model: 'CB400-V', origin: 'Việt Nam', hsCode: '7214' },
      { name: 'Thép cuộn cốt bê tông', model: 'CB240-T', origin: 'Việt Nam' },
    ],
    regulations: ['QCVN 7:2019/BKHCN'],
    basis: {
      basis: 'designated_certifier',
      certifier: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (QUATEST 1)',
      certificateNumber: 'HQ-2026-0158',
      issuedOn: '2026-02-20',
      expiresOn: '2029-02-19',
    },
    ...overrides,
  };
}

/** Công bố hợp chuẩn of ceramic tiles on self-assessment signed 10/01/2026 (valid 3 years). */
export function hopChuanDeclaration(): DeclarationDraft {
  return {
    kind: 'standard',
    organisation: {
      name: 'Công ty TNHH Gạch men Đông Á',
      taxCode: '0100109106',
      address: 'Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng',
    },
    products: [{ name: 'Gạch gốm ốp lát', model: 'GM-6060', origin: 'Việt Nam' }],
    standards: ['TCVN 7745:2007'],
    basis: { basis: 'self_assessment', reportDate: '2026-01-10' },
  };
}

/**
 * A file of `user` for every component of the procedure version in force on `day` (tdc.hop-quy of TT 28/2012 by
 * default): whatever basis and risk class a test declares, nothing it requires is missing.
 */
export async function tt28Components(
  db: Database,
  user: SessionUser,
  procedureCode = 'tdc.hop-quy',
  day = '2026-03-02',
) {
  const version = findProcedureOrThrow(procedureCode, day);
  const out: { componentKey: string; fileIds: string[] }[] = [];
  for (const c of version.components)
    out.push({ componentKey: c.key, fileIds: [await uploadedFile(db, user, `${c.key}.pdf`)] });
  return out;
}

export const URLS = {
  QUALITY_DB_URL: 'http://csdl-chat-luong.test/api',
  BUSINESS_REGISTRY_URL: 'http://dang-ky-kinh-doanh.test/api',
  PUBLIC_SERVICE_PORTAL_URL: 'http://dich-vu-cong.test/api',
};

export type SystemMode = 'up' | 'error' | 'timeout';

/**
 * The three national systems as msw handlers: every request is recorded; each system answers normally ('up'),
 * with HTTP 500 ('error') or not before the client's timeout ('timeout').
 */
export function nationalSystems() {
  const mode: Record<'quality' | 'registry' | 'portal', SystemMode> = {
    quality: 'up',
    registry: 'up',
    portal: 'up',
  };
  const portalUpdates: PortalStatusUpdate[] = [];
  const published: PublishedDeclaration[] = [];
  const enterprises = new Map<string, { name: string; address: string; taxCode: string }>([
    [TAX_CODE, { name: ORGANISATION.name, address: ORGANISATION.address, taxCode: TAX_CODE }],
  ]);
  async function misbehave(m: SystemMode): Promise<Response | undefined> {
    if (m === 'error') return HttpResponse.json({ error: 'internal' }, { status: 500 });
    if (m === 'timeout') {
      await delay(2000);
      return HttpResponse.json({});
    }
    return undefined;
  }
  const server = setupServer(
    http.post(`${URLS.PUBLIC_SERVICE_PORTAL_URL}/dossiers/:code/status`, async ({ request }) => {
      const bad = await misbehave(mode.portal);
      if (bad) return bad;
      portalUpdates.push((await request.json()) as PortalStatusUpdate);
      return HttpResponse.json({ ok: true });
    }),
    http.post(`${URLS.QUALITY_DB_URL}/declarations`, async ({ request }) => {
      const bad = await misbehave(mode.quality);
      if (bad) return bad;
      published.push((await request.json()) as PublishedDeclaration);
      return HttpResponse.json({ ok: true }, { status: 201 });
    }),
    http.put(`${URLS.QUALITY_DB_URL}/declarations/:number/revocation`, async ({ request }) => {
      const bad = await misbehave(mode.quality);
      if (bad) return bad;
      published.push((await request.json()) as PublishedDeclaration);
      return HttpResponse.json({ ok: true });
    }),
    http.get(`${URLS.BUSINESS_REGISTRY_URL}/enterprises/:taxCode`, async ({ params }) => {
      const bad = await misbehave(mode.registry);
      if (bad) return bad;
      const e = enterprises.get(String(params.taxCode));
      return e ? HttpResponse.json(e) : HttpResponse.json({ error: 'not found' }, { status: 404 });
    }),
  );
  return {
    server,
    mode,
    portalUpdates,
    published,
    /** Points the API at the stand-ins, with a short timeout so 'timeout' is quick */
    connect() {
      setIntegrations(integrationsFromEnv({ ...URLS, INTEGRATION_TIMEOUT_MS: '250' }));
    },
    reset() {
      mode.quality = mode.registry = mode.portal = 'up';
      portalUpdates.length = 0;
      published.length = 0;
    },
  };
}
