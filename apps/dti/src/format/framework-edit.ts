// The framework editor's state: rows of text (numbers typed Vietnamese-style) turned into the exchange format and
// checked by the domain's schema, its problems mapped back to the fields that hold them.
import {
  parseDtiFramework,
  type DtiFramework,
  type DtiIndicator,
  type DtiMethod,
  type DtiMethodKind,
  type DtiPillar,
} from '@skhcn/domain';
import { parseVietnameseNumber } from '../components/value-input.component';

export interface EditComponent {
  key: string;
  id: string;
  name: string;
  max: string;
  kind: DtiMethodKind;
  /** target: the target; bands: "ngưỡng:điểm; …" */
  param: string;
  verified: boolean;
  source: string;
  note: string;
}

export interface EditIndicator extends Omit<DtiIndicator, 'components'> {
  key: string;
  components: EditComponent[];
}

export interface EditPillar extends Omit<DtiPillar, 'indicators'> {
  key: string;
  indicators: EditIndicator[];
}

let n = 1;
export const newKey = () => `k${n++}`;

const numberText = (x: number) => String(x).replace('.', ',');

function paramOf(method: DtiMethod): string {
  if (method.kind === 'target') return numberText(method.target);
  if (method.kind === 'bands')
    return method.bands.map((b) => `${numberText(b.from)}:${numberText(b.points)}`).join('; ');
  return '';
}

export function editStateOf(f: DtiFramework): EditPillar[] {
  return f.pillars.map((p) => ({
    ...p,
    key: newKey(),
    indicators: p.indicators.map((i) => ({
      ...i,
      key: newKey(),
      components: i.components.map((c) => ({
        key: newKey(),
        id: c.id,
        name: c.name,
        max: numberText(c.max),
        kind: c.method.kind,
        param: paramOf(c.method),
        verified: c.verified === true,
        source: c.source ?? '',
        note: c.note ?? '',
      })),
    })),
  }));
}

export function newComponent(): EditComponent {
  return {
    key: newKey(),
    id: '',
    name: '',
    max: '',
    kind: 'yes_no',
    param: '',
    verified: false,
    source: '',
    note: '',
  };
}

/** Field ids of the editor: `f-<pillar key>-<indicator key>-<component key>-<field>`. */
export const fieldId = (...parts: string[]) => `f-${parts.join('-')}`;

export interface EditProblem {
  fieldId: string;
  message: string;
}

/** The framework from the editor, or the problems (each tied to its field). */
export function frameworkOfEdit(
  meta: DtiFramework,
  pillars: readonly EditPillar[],
): { framework: DtiFramework } | { problems: EditProblem[] } {
  const problems: EditProblem[] = [];
  const out: DtiFramework = {
    ...meta,
    pillars: pillars.map(({ key: pk, indicators, ...p }) => ({
      ...p,
      indicators: indicators.map(({ key: ik, components, ...i }) => ({
        ...i,
        components: components.map((c) => {
          const id = (field: string) => fieldId(pk, ik, c.key, field);
          const label = `Chỉ số thành phần “${c.id || '(chưa có mã)'}”`;
          const max = parseVietnameseNumber(c.max);
          if (max === undefined)
            problems.push({ fieldId: id('max'), message: `${label}: điểm tối đa phải là một số.` });
          let method: DtiMethod = { kind: 'yes_no' };
          if (c.kind === 'target') {
            const target = parseVietnameseNumber(c.param);
            if (target === undefined)
              problems.push({ fieldId: id('param'), message: `${label}: nhập chỉ tiêu (một số lớn hơn 0).` });
            method = { kind: 'target', target: target ?? 0 };
          } else if (c.kind === 'bands') {
            const bands = c.param
              .split(';')
              .filter((s) => s.trim() !== '')
              .map((s) => s.split(':').map((x) => parseVietnameseNumber(x)));
            if (bands.length === 0 || bands.some((b) => b.length !== 2 || b.some((x) => x === undefined)))
              problems.push({
                fieldId: id('param'),
                message: `${label}: các mức dạng “ngưỡng:điểm; …”, ví dụ “0:0; 50:5; 80:10”.`,
              });
            method = {
              kind: 'bands',
              bands: bands.map(([from, points]) => ({ from: from ?? 0, points: points ?? 0 })),
            };
          } else method = { kind: c.kind };
          return {
            id: c.id.trim(),
            name: c.name,
            max: max ?? 0,
            method,
            verified: c.verified,
            ...(c.source.trim() ? { source: c.source.trim() } : {}),
            ...(c.note.trim() ? { note: c.note.trim() } : {}),
          };
        }),
      })),
    })),
  };
  if (problems.length > 0) return { problems };
  const parsed = parseDtiFramework(out);
  if (parsed.success) return { framework: parsed.data };
  return {
    problems: parsed.issues.map((i) => ({ fieldId: fieldOfPath(pillars, i.path), message: i.message })),
  };
}

/** The editor field of a schema path such as "pillars.0.indicators.1.components.2.max" (or "framework.pillars…"). */
export function fieldOfPath(pillars: readonly EditPillar[], path: string): string {
  const parts = path.replace(/^framework\./, '').split('.');
  const at = (name: string) => {
    const i = parts.indexOf(name);
    return i >= 0 ? Number(parts[i + 1]) : undefined;
  };
  const p = at('pillars');
  const pillar = p !== undefined ? pillars[p] : undefined;
  if (!pillar) return 'f-name';
  const i = at('indicators');
  const indicator = i !== undefined ? pillar.indicators[i] : undefined;
  if (!indicator) return fieldId(pillar.key, parts.at(-1) === 'id' ? 'id' : 'name');
  const c = at('components');
  const component = c !== undefined ? indicator.components[c] : undefined;
  if (!component) return fieldId(pillar.key, indicator.key, parts.at(-1) === 'id' ? 'id' : 'name');
  const field = parts[parts.indexOf('components') + 2];
  const known = ['id', 'name', 'max'];
  return fieldId(
    pillar.key,
    indicator.key,
    component.key,
    field && known.includes(field) ? field : field === 'method' ? 'param' : 'name',
  );
}
