import type { AppId } from '@skhcn/domain';

export interface FieldAppLink {
  /** Module-federation remote name, also the folder under /apps/ the server serves it from. */
  remote: string;
  /** Route in the shell that mounts it. */
  path: string;
  label: string;
}

/** Field apps that exist today and where the shell mounts them. Fields served by other apps link to the field page. */
export const fieldApps: Partial<Record<AppId, FieldAppLink>> = {
  conformity: { remote: 'conformity', path: '/tdc', label: 'Phân hệ TĐC' },
};

export function appLink(apps: readonly AppId[]): FieldAppLink | undefined {
  for (const id of apps) {
    const link = fieldApps[id];
    if (link) return link;
  }
  return undefined;
}
