import { getInstance } from '@module-federation/runtime';
import type { ComponentType } from 'react';

export interface RemoteModule {
  default: ComponentType<Record<string, unknown>>;
}

/** Where the server serves a built field app: same origin, /apps/<name>/remoteEntry.js. */
export function remoteEntryUrl(remote: string, origin: string = window.location.origin): string {
  return new URL(`/apps/${remote}/remoteEntry.js`, origin).href;
}

function federation() {
  // The host runtime is initialised by @module-federation/vite before the app starts.
  const instance = getInstance() ?? getInstance((i) => i.name === 'shell');
  if (!instance) throw new Error('Chưa khởi tạo được môi trường nạp phân hệ (module federation).');
  return instance;
}

const registered = new Set<string>();

/**
 * Loads `<remote>/<module>` (App by default) at runtime. Remotes are registered from window.location.origin (not a build-time
 * URL), so the same build works on any host name. `force` re-registers, dropping a failed entry from cache.
 */
export async function loadFieldApp(remote: string, force = false, module = 'App'): Promise<RemoteModule> {
  const instance = federation();
  if (force || !registered.has(remote)) {
    instance.registerRemotes([{ name: remote, entry: remoteEntryUrl(remote), type: 'module' }], {
      force: registered.has(remote),
    });
    registered.add(remote);
  }
  const mod = await instance.loadRemote<RemoteModule>(`${remote}/${module}`);
  if (!mod || typeof mod.default !== 'function')
    throw new Error(`Phân hệ "${remote}" không có thành phần ${module}.`);
  return mod;
}
