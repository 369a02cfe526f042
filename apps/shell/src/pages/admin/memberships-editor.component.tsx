import { ROLES, roleLabels, type Membership, type Role } from '@skhcn/domain';
import { Button, SelectField } from '@skhcn/ui';

export interface UnitOption {
  code: string;
  name: string;
}

/** A staff account's roles in units: one row per role, each with its unit and role, rows added and removed. */
export function MembershipsEditor({
  idPrefix,
  value,
  units,
  onChange,
  error,
}: {
  idPrefix: string;
  value: Membership[];
  units: readonly UnitOption[];
  onChange: (next: Membership[]) => void;
  error?: string | undefined;
}) {
  const set = (i: number, change: Partial<Membership>) =>
    onChange(value.map((m, j) => (j === i ? { ...m, ...change } : m)));
  return (
    <fieldset className="admin-memberships" aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend>Vai trò trong đơn vị</legend>
      {error ? (
        <p id={`${idPrefix}-error`} className="skh-field__error">
          {error}
        </p>
      ) : null}
      {value.length === 0 ? <p>Chưa có vai trò nào.</p> : null}
      <ol className="admin-memberships__list">
        {value.map((m, i) => (
          <li key={i} className="admin-memberships__row">
            <SelectField
              id={`${idPrefix}-unit-${i}`}
              label={`Đơn vị (vai trò ${i + 1})`}
              value={m.unitCode}
              onChange={(e) => set(i, { unitCode: e.target.value })}
              options={units.map((u) => ({ value: u.code, label: u.name }))}
            />
            <SelectField
              id={`${idPrefix}-role-${i}`}
              label={`Vai trò ${i + 1}`}
              value={m.role}
              onChange={(e) => set(i, { role: e.target.value as Role })}
              options={ROLES.map((r) => ({ value: r, label: roleLabels[r] }))}
            />
            <Button
              variant="secondary"
              size="small"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              aria-label={`Bỏ vai trò ${i + 1}: ${roleLabels[m.role]}, ${units.find((u) => u.code === m.unitCode)?.name ?? m.unitCode}`}
            >
              Bỏ
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        size="small"
        onClick={() => onChange([...value, { unitCode: units[0]?.code ?? '', role: 'officer' }])}
      >
        Thêm vai trò
      </Button>
    </fieldset>
  );
}
