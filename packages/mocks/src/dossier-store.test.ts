import { describe, expect, it } from 'vitest';
import { must, normalizeVietnamese } from '@skhcn/domain';
import { demoApplicant, demoUser, findDemoUser } from './fixtures';
import { allowedActionsOf, createMockStore, inbox, runCommand, searchRegistry } from './dossier-store';

const TODAY = '2026-11-23';

describe('mock TĐC data', () => {
  it('parses every seeded declaration with the domain schema of its receipt date (a drift throws)', () => {
    for (const today of [TODAY, '2026-03-10', '2027-07-01']) {
      const store = createMockStore(today);
      expect(store.dossiers.every((d) => d.declaration !== null)).toBe(true);
    }
  });

  it('shows every deadline colour in the inbox on a given day', () => {
    const store = createMockStore(TODAY);
    const colours = new Set(inbox(store, demoUser, { pageSize: 100 }).items.map((v) => v.deadlineColour));
    expect(colours).toEqual(new Set(['overdue', 'due_soon', 'ok']));
  });

  it('finds "Hải Phòng" entries in the registry when typed without accents', () => {
    const store = createMockStore(TODAY);
    const r = searchRegistry(store, { q: 'thep hai phong' });
    expect(r.total).toBeGreaterThan(0);
    for (const e of r.items) expect(normalizeVietnamese(e.organisation.name)).toContain('hai phong');
  });

  it('rejects a command on a stale version with CONFLICT', () => {
    const store = createMockStore(TODAY);
    const head = must(findDemoUser('truong.tdc'), 'truong.tdc');
    const d = must(
      store.dossiers.find((x) => x.status === 2),
      'a dossier at status 2',
    );
    expect(allowedActionsOf(head, d, TODAY)).toContain('assign');
    runCommand(store, head, 'assign', {
      dossierId: d.id,
      expectedVersion: d.version,
      assigneeUserId: demoUser.id,
    });
    expect(() =>
      runCommand(store, head, 'request_additions', { dossierId: d.id, expectedVersion: d.version - 1 }),
    ).toThrow(/người khác thay đổi/);
  });

  it('lets the applicant supply additions only on their own dossier at status 5', () => {
    const store = createMockStore(TODAY);
    const own = must(
      store.dossiers.find((x) => x.status === 5 && x.applicantUserId === demoApplicant.id),
      'own dossier at 5',
    );
    expect(allowedActionsOf(demoApplicant, own, TODAY)).toContain('supply_additions');
    const other = must(
      store.dossiers.find((x) => x.applicantUserId !== demoApplicant.id && x.status === 4),
      'another dossier at 4',
    );
    expect(allowedActionsOf(demoApplicant, other, TODAY)).toEqual([]);
  });
});
