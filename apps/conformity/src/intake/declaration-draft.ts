// The intake form's state and its translation to the domain declaration input. Validation is the domain's
// own zod schema (checkConformityDeclaration): its Vietnamese messages come with dotted paths, which map
// one-to-one to field ids here, so the form needs no form library.
import {
  checkConformityDeclaration,
  missingComponents,
  procedureInForce,
  type ComponentAnswers,
  type ConformityBasis,
  type RiskClass,
} from '@skhcn/domain';
import type { UploadedFile } from '@skhcn/one-stop-ui';
import type { TdcProcedureCode } from '../api-types';

export type DeclarationKind = 'standard' | 'regulation' | 'quantity_mark' | 'import_inspection';

export const kindOfProcedure: Record<TdcProcedureCode, DeclarationKind> = {
  'tdc.hop-quy': 'regulation',
  'tdc.hop-chuan': 'standard',
  'tdc.dau-dinh-luong': 'quantity_mark',
  'tdc.dieu-chinh-dau-dinh-luong': 'quantity_mark',
  'tdc.kiem-tra-nhap-khau': 'import_inspection',
};

export interface ProductDraft {
  key: number;
  name: string;
  model: string;
  brand: string;
  hsCode: string;
  origin: string;
  quantityValue: string;
  quantityUnit: string;
}

export interface DeclarationDraft {
  procedureCode: TdcProcedureCode | '';
  organisation: { taxCode: string; name: string; address: string; phone: string; email: string };
  products: ProductDraft[];
  refs: { key: number; text: string }[];
  /** the organisation's own number of its declaration (hợp chuẩn, hợp quy) */
  ownNumber: string;
  riskClass: RiskClass | '';
  basisKind: ConformityBasis | '';
  basis: {
    reportDate: string;
    testLaboratory: string;
    certifier: string;
    certificateNumber: string;
    issuedOn: string;
    expiresOn: string;
  };
  lot: { customsDeclarationNumber: string; invoiceNumber: string; quantity: string };
  components: Record<string, UploadedFile[]>;
}

let nextKey = 1;
export const newKey = () => nextKey++;

export function emptyProduct(): ProductDraft {
  return {
    key: newKey(),
    name: '',
    model: '',
    brand: '',
    hsCode: '',
    origin: 'Việt Nam',
    quantityValue: '',
    quantityUnit: '',
  };
}

export function emptyDraft(organisation?: { name: string; taxCode: string }): DeclarationDraft {
  return {
    procedureCode: '',
    organisation: {
      taxCode: organisation?.taxCode ?? '',
      name: organisation?.name ?? '',
      address: '',
      phone: '',
      email: '',
    },
    products: [emptyProduct()],
    refs: [{ key: newKey(), text: '' }],
    ownNumber: '',
    riskClass: '',
    basisKind: '',
    basis: {
      reportDate: '',
      testLaboratory: '',
      certifier: '',
      certificateNumber: '',
      issuedOn: '',
      expiresOn: '',
    },
    lot: { customsDeclarationNumber: '', invoiceNumber: '', quantity: '' },
    components: {},
  };
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

function basisInput(draft: DeclarationDraft) {
  const b = draft.basis;
  if (draft.basisKind === '') return undefined;
  if (draft.basisKind === 'self_assessment') {
    return {
      basis: draft.basisKind,
      reportDate: b.reportDate,
      testLaboratory: blankToUndefined(b.testLaboratory),
    };
  }
  return {
    basis: draft.basisKind,
    certifier: b.certifier,
    certificateNumber: b.certificateNumber,
    issuedOn: b.issuedOn,
    expiresOn: b.expiresOn,
  };
}

/** The domain declaration input (conformityDeclarationSchema) for the draft, received on `receivedOn`. */
export function toDeclarationInput(draft: DeclarationDraft, receivedOn: string): Record<string, unknown> {
  const kind = draft.procedureCode ? kindOfProcedure[draft.procedureCode] : undefined;
  const o = draft.organisation;
  const products = draft.products.map((p) => ({
    name: p.name,
    model: blankToUndefined(p.model),
    brand: blankToUndefined(p.brand),
    hsCode: kind === 'import_inspection' ? p.hsCode : blankToUndefined(p.hsCode),
    origin: p.origin,
    ...(kind === 'quantity_mark'
      ? {
          nominalQuantity: {
            value: p.quantityValue.trim() === '' ? undefined : Number(p.quantityValue.replace(',', '.')),
            unit: p.quantityUnit,
          },
        }
      : {}),
  }));
  const refs = draft.refs.map((r) => r.text).filter((t) => t.trim() !== '');
  const common = {
    kind,
    receivedOn,
    organisation: {
      name: o.name,
      taxCode: o.taxCode,
      address: o.address,
      phone: blankToUndefined(o.phone),
      email: blankToUndefined(o.email),
    },
    products,
  };
  switch (kind) {
    case 'standard':
      return {
        ...common,
        ownNumber: blankToUndefined(draft.ownNumber),
        standards: refs,
        basis: basisInput(draft),
      };
    case 'regulation':
      return {
        ...common,
        ownNumber: blankToUndefined(draft.ownNumber),
        regulations: refs,
        riskClass: draft.riskClass || undefined,
        basis: basisInput(draft),
      };
    case 'import_inspection': {
      const lot = {
        customsDeclarationNumber: blankToUndefined(draft.lot.customsDeclarationNumber),
        invoiceNumber: blankToUndefined(draft.lot.invoiceNumber),
        quantity: blankToUndefined(draft.lot.quantity),
      };
      return {
        ...common,
        regulations: refs,
        riskClass: draft.riskClass || undefined,
        basis: basisInput(draft),
        lot: Object.values(lot).some(Boolean) ? lot : undefined,
      };
    }
    default:
      return common;
  }
}

export interface FieldIssue {
  fieldId: string;
  message: string;
}

/** The id of the field a schema path points at ("products.0.hsCode" → "decl-products-0-hsCode"). */
export function fieldIdOf(path: string): string {
  const segments = path
    .replace(/^declaration\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((s) => (s === 'standards' || s === 'regulations' ? 'refs' : s));
  const head = segments[0];
  if (!head) return 'decl-procedureCode';
  if (head === 'kind') return 'decl-procedureCode';
  if (head === 'receivedOn') return 'decl-procedureCode';
  if (segments.length === 1) {
    if (head === 'products') return 'decl-products-0-name';
    if (head === 'refs') return 'decl-refs-0';
    if (head === 'basis') return 'decl-basis-basis';
    if (head === 'organisation') return 'decl-organisation-taxCode';
    if (head === 'components') return 'decl-components';
  }
  // nominalQuantity.value / .unit → quantityValue / quantityUnit inputs
  if (head === 'products' && segments[2] === 'nominalQuantity')
    return `decl-products-${segments[1]}-${segments[3] === 'unit' ? 'quantityUnit' : 'quantityValue'}`;
  return `decl-${segments.join('-')}`;
}

/** The draft's answers that decide which components are required (the domain's rule, as the server applies it). */
export function draftAnswers(draft: Pick<DeclarationDraft, 'basisKind' | 'riskClass'>): ComponentAnswers {
  return {
    ...(draft.basisKind ? { basis: draft.basisKind } : {}),
    ...(draft.riskClass ? { riskClass: draft.riskClass } : {}),
  };
}

/** Everything wrong with the draft: the domain schema's issues plus the components it must carry. */
export function draftIssues(draft: DeclarationDraft, receivedOn: string): FieldIssue[] {
  if (!draft.procedureCode) return [{ fieldId: 'decl-procedureCode', message: 'Vui lòng chọn thủ tục.' }];
  const issues: FieldIssue[] = [];
  const check = checkConformityDeclaration(toDeclarationInput(draft, receivedOn));
  if (!check.success)
    for (const i of check.issues) issues.push({ fieldId: fieldIdOf(i.path), message: i.message });
  const procedure = procedureInForce(draft.procedureCode, receivedOn);
  if (procedure) {
    const attached = Object.entries(draft.components)
      .filter(([, files]) => files.length > 0)
      .map(([key]) => key);
    for (const c of missingComponents(procedure, attached, draftAnswers(draft)))
      issues.push({ fieldId: `decl-component-${c.key}`, message: `Vui lòng đính kèm: ${c.name}.` });
  }
  return issues;
}

/** The first message per field, for the messages next to the fields. */
export function messagesByField(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.fieldId] ??= i.message;
  return out;
}
