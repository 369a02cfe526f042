import { seedConformityDemo, seedDtiDemo, seedLicensingDemo, seedScienceDemo } from '@skhcn/api';
import { attachDemoFileBytes, seedDemo, type Database } from '@skhcn/db';
import type { OrganisationConfig } from '@skhcn/domain';
import type { FileStore } from '../files/file-store';
import { renderDemoFile } from './demo-file.document';

export interface DemoSeedResult {
  units: number;
  users: number;
  /** TĐC dossiers created (0 when they already existed) */
  dossiers: number;
  /** Licensing dossiers created (0 when they already existed) */
  licensingDossiers: number;
  /** science tasks created (0 when they already existed) */
  tasks: number;
  /** Component files given their bytes (0 when every one already had them) */
  files: number;
  /** DTI inputs of the demo's closed 2025 commune cycle (0 when it existed) */
  dtiInputs: number;
}

/**
 * The demo data of a fresh start: units and accounts (@skhcn/db), TĐC dossiers made through the one-stop engine,
 * the science office's expert register and tasks, the DTI's demo units, reporters and closed 2025 cycle (@skhcn/api),
 * then the bytes of their component files. Those bytes take the path of an upload: rendered here,
 * put in the same content-addressed store the download route reads, and the file row records the store's hash,
 * size, type and key. Idempotent, so it runs on every start of the demo.
 */
export async function seedDemoData(
  db: Database,
  org: OrganisationConfig,
  store: FileStore,
  now: Date = new Date(),
): Promise<DemoSeedResult> {
  const { units, users } = await seedDemo(db, org);
  const dossiers = await seedConformityDemo(db, now);
  const licensingDossiers = await seedLicensingDemo(db, now);
  const tasks = await seedScienceDemo(db, now);
  const dti = await seedDtiDemo(db);
  const files = await attachDemoFileBytes(db, async (file) => {
    const content = await renderDemoFile(file);
    const { sha256, key } = await store.put(content.bytes);
    return {
      sha256,
      size: content.bytes.length,
      mime: content.mime,
      originalName: content.originalName,
      storageKey: key,
    };
  });
  return { units, users, dossiers, licensingDossiers, tasks, files, dtiInputs: dti.inputs };
}
