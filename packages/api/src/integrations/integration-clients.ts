// The national systems the platform talks to, each behind an interface: a real HTTP client when its base URL is
// configured (QUALITY_DB_URL, BUSINESS_REGISTRY_URL, PUBLIC_SERVICE_PORTAL_URL), otherwise a "not configured"
// stand-in that reports status 'unknown'. The HTTP contracts below are this platform's adapters' view of those
// systems (the national APIs are not public); change them here when a real connection agreement says otherwise.
import { z } from 'zod';
import { callJson, IntegrationError, jsonBody, type HttpOptions } from './http-json';

export type IntegrationId = 'quality-db' | 'business-registry' | 'public-service-portal';

export const INTEGRATION_NAMES: Record<IntegrationId, string> = {
  'quality-db': 'Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
  'business-registry': 'Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
  'public-service-portal': 'Cổng Dịch vụ công quốc gia',
};

export const NOT_CONFIGURED_MESSAGE = 'Chưa cấu hình kết nối (chưa khai báo địa chỉ hệ thống).';

export interface IntegrationClient {
  readonly id: IntegrationId;
  readonly configured: boolean;
}

/** A declaration published to the national quality database (or its revocation). */
export interface PublishedDeclaration {
  action: 'publish' | 'revoke';
  noticeNumber: string;
  procedureCode: string;
  dossierCode: string;
  issuedOn: string;
  expiresOn: string;
  revokedOn?: string;
  reason?: string;
  organisation: { name: string; taxCode: string; address: string };
  products: { name: string; model?: string; hsCode?: string }[];
  standards: string[];
  basis: { kind: string; certificateNumber?: string; certifier?: string };
}

export interface QualityDatabaseClient extends IntegrationClient {
  readonly id: 'quality-db';
  publishDeclaration(d: PublishedDeclaration): Promise<void>;
}

export interface Enterprise {
  name: string;
  address: string;
  taxCode: string;
}

export interface BusinessRegistryClient extends IntegrationClient {
  readonly id: 'business-registry';
  /** The enterprise registered under the tax code, or null when there is none */
  findEnterprise(taxCode: string): Promise<Enterprise | null>;
}

/** A dossier's status for the national public-service portal: the national codes 1–10 (TT 03/2025). */
export interface PortalStatusUpdate {
  dossierCode: string;
  procedureCode: string;
  status: number;
  statusLabel: string;
  /** ISO timestamp of the change */
  at: string;
  action: string;
}

export interface PublicServicePortalClient extends IntegrationClient {
  readonly id: 'public-service-portal';
  pushStatus(update: PortalStatusUpdate): Promise<void>;
}

function notConfigured(id: IntegrationId): Promise<never> {
  return Promise.reject(new IntegrationError(`${INTEGRATION_NAMES[id]}: ${NOT_CONFIGURED_MESSAGE}`));
}

// ——— HTTP implementations ———

export class HttpQualityDatabaseClient implements QualityDatabaseClient {
  readonly id = 'quality-db' as const;
  readonly configured = true;
  constructor(private readonly http: HttpOptions) {}

  async publishDeclaration(d: PublishedDeclaration): Promise<void> {
    const path =
      d.action === 'publish'
        ? 'declarations'
        : `declarations/${encodeURIComponent(d.noticeNumber)}/revocation`;
    await callJson(this.http, d.action === 'publish' ? 'POST' : 'PUT', path, d);
  }
}

const enterpriseSchema = z.object({
  name: z.string().min(1),
  address: z.string().default(''),
  taxCode: z.string().min(1),
});

export class HttpBusinessRegistryClient implements BusinessRegistryClient {
  readonly id = 'business-registry' as const;
  readonly configured = true;
  constructor(private readonly http: HttpOptions) {}

  async findEnterprise(taxCode: string): Promise<Enterprise | null> {
    const res = await callJson(
      this.http,
      'GET',
      `enterprises/${encodeURIComponent(taxCode)}`,
      undefined,
      [404],
    );
    if (res.status === 404) {
      await res.text().catch(() => '');
      return null;
    }
    const parsed = enterpriseSchema.safeParse(await jsonBody(res));
    if (!parsed.success) throw new IntegrationError('Hệ thống trả về thông tin doanh nghiệp không hợp lệ.');
    return parsed.data;
  }
}

export class HttpPublicServicePortalClient implements PublicServicePortalClient {
  readonly id = 'public-service-portal' as const;
  readonly configured = true;
  constructor(private readonly http: HttpOptions) {}

  async pushStatus(update: PortalStatusUpdate): Promise<void> {
    await callJson(this.http, 'POST', `dossiers/${encodeURIComponent(update.dossierCode)}/status`, update);
  }
}

// ——— Not configured ———

export const notConfiguredQualityDatabase: QualityDatabaseClient = {
  id: 'quality-db',
  configured: false,
  publishDeclaration: () => notConfigured('quality-db'),
};

export const notConfiguredBusinessRegistry: BusinessRegistryClient = {
  id: 'business-registry',
  configured: false,
  findEnterprise: () => notConfigured('business-registry'),
};

export const notConfiguredPublicServicePortal: PublicServicePortalClient = {
  id: 'public-service-portal',
  configured: false,
  pushStatus: () => notConfigured('public-service-portal'),
};
