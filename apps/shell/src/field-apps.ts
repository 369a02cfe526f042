import { procedureVersions, type AppId } from '@skhcn/domain';

export interface FieldApp {
  id: AppId;
  /** Module-federation remote name, also the folder under /apps/ the server serves it from. */
  remote: string;
  /** Route in the shell that mounts it (the field's base path). */
  path: string;
  /** Menu label of the app, e.g. "Phân hệ TĐC" */
  label: string;
  /** The field's name, for messages, e.g. "Tiêu chuẩn, đo lường, chất lượng" */
  title: string;
  /** Public addresses under /tra-cuu/ it serves with its `PublicRegistry` module (the segment is passed as a prop) */
  publicSegments?: readonly string[];
}

/**
 * The field apps the shell mounts. Adding a field is one line here (and the remote's folder in the server's
 * REMOTE_APPS); fields whose app is not here link to their Điều 2 page.
 */
export const FIELD_APPS: readonly FieldApp[] = [
  {
    id: 'conformity',
    remote: 'conformity',
    path: '/tdc',
    label: 'Phân hệ TĐC',
    title: 'Tiêu chuẩn, đo lường, chất lượng',
    publicSegments: ['cong-bo', 'thong-bao'],
  },
  {
    id: 'licensing',
    remote: 'licensing',
    path: '/cap-phep',
    label: 'Phân hệ Cấp phép',
    title: 'An toàn bức xạ và bưu chính',
    publicSegments: ['giay-phep'],
  },
  {
    id: 'science',
    remote: 'science',
    path: '/khcn',
    label: 'Phân hệ KH&CN',
    title: 'Khoa học và công nghệ',
    publicSegments: ['ket-qua-khcn'],
  },
  {
    id: 'dti',
    remote: 'dti',
    path: '/cds',
    label: 'Chỉ số chuyển đổi số (DTI)',
    title: 'Chỉ số chuyển đổi số',
  },
];

export function fieldApp(id: AppId): FieldApp | undefined {
  return FIELD_APPS.find((a) => a.id === id);
}

/** The first mounted app among `apps` (a management field may be served by several). */
export function appLink(apps: readonly AppId[]): FieldApp | undefined {
  for (const id of apps) {
    const app = fieldApp(id);
    if (app) return app;
  }
  return undefined;
}

/** The page of a dossier in the app of its procedure (the catalog says which), or undefined while that app is missing. */
export function dossierHref(row: { id: string; procedureCode: string }): string | undefined {
  const appId = procedureVersions(row.procedureCode)[0]?.app;
  const app = appId ? fieldApp(appId) : undefined;
  return app ? `${app.path}/ho-so/${encodeURIComponent(row.id)}` : undefined;
}
