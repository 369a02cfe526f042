// From a dossier's data and events to the inputs of the PDF renderers of @skhcn/documents: the one-stop forms of
// Phụ lục I Thông tư 03/2025/TT-VPCP (Mẫu 01–06) and the TĐC receipt notice (Mẫu 3.TBTNHS, TT 28/2012/TT-BKHCN).
// Pure functions: no database, no HTTP.
import type { DossierDocumentData } from '@skhcn/api';
import type {
  AdditionsRequestInput,
  ApologyInput,
  ConformityAcceptanceInput,
  ControlSheetInput,
  ReceiptInput,
  RefusalInput,
  StopNoticeInput,
} from '@skhcn/documents';
import type { DossierEventView } from '@skhcn/db';
import {
  classifyTimeliness,
  DomainError,
  effectiveProcessingTime,
  findUnit,
  vietnamLocalTime,
  type OrganisationConfig,
  type Timeliness,
} from '@skhcn/domain';

export const DOCUMENT_KINDS = [
  'receipt',
  'additions-request',
  'refusal',
  'apology',
  'stop-notice',
  'control-sheet',
  'notice',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentContext {
  org: OrganisationConfig;
  /** e.g. "https://dichvucong.skhcn.haiphong.gov.vn" (no trailing slash) */
  origin: string;
  /** The day the document is produced (ISO, Vietnam time), for forms issued on request (Mẫu 04, 06) */
  today: string;
}

const vnDay = (d: Date) => vietnamLocalTime(d.toISOString()).date;

/** "Hải Phòng" from "Thành phố Hải Phòng" (the place on the date line). */
export function placeOf(org: OrganisationConfig): string {
  return org.provinceName.replace(/^(thành phố|tỉnh)\s+/i, '');
}

function issuer(data: DossierDocumentData, ctx: DocumentContext) {
  const unit = findUnit(ctx.org, data.dossier.unitCode);
  const department = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';
  const parentBodies =
    unit && unit.kind !== 'leadership' && unit.kind !== 'office'
      ? [`UBND ${ctx.org.provinceName.toUpperCase()}`, department]
      : [`UBND ${ctx.org.provinceName.toUpperCase()}`];
  return { parentBodies, name: unit?.name ?? ctx.org.departmentName };
}

/**
 * Where a dossier document is verified: the dossier's public status page. The QR carries the dossier's random key,
 * so it shows the status without the tax code, and a guessed code alone shows nothing.
 */
export function dossierVerificationUrl(ctx: DocumentContext, code: string, publicKey: string): string {
  return `${ctx.origin}/tra-cuu/ho-so?ma=${encodeURIComponent(code)}&k=${encodeURIComponent(publicKey)}`;
}

/** The public verification page of a notice; the notice's QR code encodes it. */
export function noticeVerificationUrl(ctx: DocumentContext, noticeNumber: string): string {
  return `${ctx.origin}/tra-cuu/thong-bao/${encodeURIComponent(noticeNumber)}`;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function applicantOf(data: DossierDocumentData) {
  const a = data.dossier.applicant;
  const address = text(a.address);
  const phone = text(a.phone);
  const email = text(a.email);
  return {
    name: data.dossier.applicantName || text(a.name) || 'Tổ chức, cá nhân',
    ...(address ? { address } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}

function dossierRef(data: DossierDocumentData) {
  return { dossierCode: data.dossier.code, applicant: applicantOf(data), procedureName: data.procedure.name };
}

function header(
  data: DossierDocumentData,
  ctx: DocumentContext,
  issuedOn: string,
  number = data.dossier.code,
) {
  return {
    issuer: issuer(data, ctx),
    number,
    place: placeOf(ctx.org),
    issuedOn,
    verificationUrl: dossierVerificationUrl(ctx, data.dossier.code, data.dossier.publicKey),
  };
}

function lastEvent(data: DossierDocumentData, actions: readonly string[]): DossierEventView | undefined {
  return [...data.events].reverse().find((e) => actions.includes(e.action));
}

function missing(what: string): DomainError {
  return new DomainError('NOT_FOUND', `Hồ sơ chưa có ${what}.`);
}

const actorName = (e: DossierEventView | undefined) => e?.actorName ?? 'Cán bộ tiếp nhận';

/** A leader's signature block (the one who approved). */
function leaderSigner(fullName: string) {
  return { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', fullName };
}

/**
 * The signature block of a document the issuing unit issues in its own name (the TĐC notice): the unit's own
 * signature titles from the organisation data (a Chi cục signs for the Chi cục), else the department's leader.
 */
function issuerSigner(data: DossierDocumentData, ctx: DocumentContext, fullName: string) {
  const signature = findUnit(ctx.org, data.dossier.unitCode)?.signature;
  return signature ? { ...signature, fullName } : leaderSigner(fullName);
}

/** A unit's signature block, for letters the handling unit sends (Mẫu 04, 05). */
function unitSigner(data: DossierDocumentData, ctx: DocumentContext, fullName: string) {
  const unit = findUnit(ctx.org, data.dossier.unitCode);
  return { title: `THỦ TRƯỞNG ${(unit?.shortName ?? 'ĐƠN VỊ').toUpperCase()}`, fullName };
}

// ——— Mẫu 01 ———

export function receiptInput(data: DossierDocumentData, ctx: DocumentContext): ReceiptInput {
  const { dossier, procedure } = data;
  if (!dossier.receivedAt) throw missing('Giấy tiếp nhận hồ sơ (hồ sơ chưa được tiếp nhận)');
  const receive = lastEvent(data, ['receive']);
  const appointment =
    (typeof receive?.data?.deadline === 'string' ? receive.data.deadline : undefined) ?? dossier.deadline;
  if (!appointment) throw missing('ngày hẹn trả kết quả');
  const upTo = receive?.seq ?? Number.MAX_SAFE_INTEGER;
  const byComponent = new Map<string, number>();
  for (const f of data.files)
    if (f.eventSeq <= upTo) byComponent.set(f.componentKey, (byComponent.get(f.componentKey) ?? 0) + 1);
  const form = dossier.channel === 'online' ? 'Bản điện tử' : 'Bản chính';
  const components = procedure.components
    .filter((c) => byComponent.has(c.key))
    .map((c) => ({ name: c.name, form, copies: Math.min(byComponent.get(c.key) ?? 1, 99) }));
  const time = effectiveProcessingTime(procedure, ctx.org.id);
  const submitter = text(dossier.applicant.representative);
  return {
    ...header(data, ctx, vnDay(dossier.receivedAt)),
    ...dossierRef(data),
    receivingUnit: `Bộ phận Tiếp nhận và Trả kết quả — ${issuer(data, ctx).name}`,
    components:
      components.length > 0
        ? components
        : procedure.components.filter((c) => c.required && !c.when).map((c) => ({ name: c.name, copies: 1 })),
    processingTime: { amount: time.amount, unit: time.unit },
    receivedAt: dossier.receivedAt.toISOString(),
    appointmentDate: appointment,
    resultDelivery: 'Bộ phận Tiếp nhận và Trả kết quả hoặc qua dịch vụ bưu chính công ích',
    ...(submitter ? { submitterName: submitter } : {}),
    receivingOfficer: { fullName: actorName(receive) },
  };
}

// ——— Mẫu 02 ———

export function additionsRequestInput(
  data: DossierDocumentData,
  ctx: DocumentContext,
): AdditionsRequestInput {
  const e = lastEvent(data, ['request_additions']);
  if (!e) throw missing('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
  const items = Array.isArray(e.data?.items) ? (e.data.items as { name?: string; reason?: string }[]) : [];
  const due = typeof e.data?.supplementDue === 'string' ? e.data.supplementDue : undefined;
  return {
    ...header(data, ctx, vnDay(e.at)),
    ...dossierRef(data),
    items:
      items.length > 0
        ? items.map((i) => ({ component: i.name ?? 'Thành phần hồ sơ', reason: i.reason ?? '' }))
        : [{ component: 'Hồ sơ', reason: e.reason ?? 'Bổ sung, hoàn thiện hồ sơ' }],
    ...(due ? { dueDate: due } : {}),
    officer: { fullName: actorName(e) },
  };
}

// ——— Mẫu 03 ———

export function refusalInput(data: DossierDocumentData, ctx: DocumentContext): RefusalInput {
  const e = lastEvent(data, ['refuse', 'reject']);
  if (!e) throw missing('Phiếu từ chối tiếp nhận, giải quyết hồ sơ');
  const listed = Array.isArray(e.data?.reasons) ? (e.data.reasons as string[]) : [];
  const reasons = listed.length > 0 ? listed : (e.reason ?? '').split('; ').filter((r) => r.trim() !== '');
  return {
    ...header(data, ctx, vnDay(e.at)),
    ...dossierRef(data),
    receivingUnit: `Bộ phận Tiếp nhận và Trả kết quả — ${issuer(data, ctx).name}`,
    legalBasis: data.procedure.legalBasis
      .map((s) => [s.article, s.document].filter(Boolean).join(' '))
      .join('; ')
      .slice(0, 500),
    reasons: reasons.length > 0 ? reasons : ['Hồ sơ không đủ điều kiện giải quyết.'],
    officer: { fullName: actorName(e) },
  };
}

// ——— Mẫu 04 ———

/** The apology letter as recorded by the extend_deadline step: its reason, the old and new dates, its signer. */
export function apologyInput(data: DossierDocumentData, ctx: DocumentContext): ApologyInput {
  const { dossier } = data;
  const e = lastEvent(data, ['extend_deadline']);
  const previous = text(e?.data?.previousDeadline);
  const next = text(e?.data?.newDeadline);
  if (!e || !dossier.receivedAt || !previous || !next) {
    throw missing('văn bản xin lỗi và hẹn lại ngày trả kết quả (chưa thực hiện bước hẹn lại)');
  }
  return {
    ...header(data, ctx, vnDay(e.at)),
    ...dossierRef(data),
    receivedOn: vnDay(dossier.receivedAt),
    originalAppointmentDate: previous,
    reason: e.reason ?? 'Hồ sơ cần thêm thời gian thẩm định.',
    newAppointmentDate: next,
    signer: unitSigner(data, ctx, actorName(e)),
  };
}

// ——— Mẫu 05 ———

export function stopNoticeInput(data: DossierDocumentData, ctx: DocumentContext): StopNoticeInput {
  const e = lastEvent(data, ['stop']);
  if (!e || !data.dossier.receivedAt) throw missing('Thông báo dừng giải quyết hồ sơ');
  return {
    ...header(data, ctx, vnDay(e.at)),
    ...dossierRef(data),
    receivedOn: vnDay(data.dossier.receivedAt),
    reasons: [e.reason ?? 'Tổ chức, cá nhân không bổ sung hồ sơ trong thời hạn.'],
    followUp: 'Tổ chức, cá nhân nhận lại hồ sơ tại Bộ phận Tiếp nhận và Trả kết quả trong giờ hành chính.',
    signer: unitSigner(data, ctx, actorName(e)),
  };
}

// ——— Mẫu 06 ———

const ONE_STOP = 'Bộ phận Tiếp nhận và Trả kết quả';
const LEADERSHIP = 'Lãnh đạo Sở';

/**
 * The control sheet: one row per hand-over of the dossier, as the steps really happened — the applicant to the
 * one-stop officer who received it, the one-stop officer to the officer the unit head assigned, that officer to the
 * leader who signs, the leader back to the one-stop section, the one-stop officer to the applicant (and out to the
 * applicant and back for additions or fees). The receiving person is read from the step that follows (who acted
 * next); each row says whether the step ended before, on or after the appointment date then in force (the domain's
 * classifyTimeliness).
 */
export function controlSheetInput(data: DossierDocumentData, ctx: DocumentContext): ControlSheetInput {
  const unitName = issuer(data, ctx).name;
  const applicant = applicantOf(data).name;
  const events = data.events;
  const nextActor = (i: number, actions: readonly string[]): string | undefined =>
    events.slice(i + 1).find((e) => actions.includes(e.action))?.actorName ?? undefined;
  let deadline: string | undefined;
  /** who holds the dossier before the step */
  let holder = applicant;
  const steps: ControlSheetInput['steps'] = [];
  events.forEach((e, i) => {
    // steps are judged against the date the processing time gives, not the apology letter's new date
    const given = e.data?.legalDeadline ?? e.data?.deadline;
    if (typeof given === 'string') deadline = given;
    const due =
      e.action === 'supply_additions'
        ? (lastBefore(events, e.seq, 'request_additions')?.data?.supplementDue as string | undefined)
        : deadline;
    const result: Timeliness | undefined =
      e.action !== 'submit' && due ? classifyTimeliness(due, vnDay(e.at)) : undefined;
    const actor = e.actorName ?? 'Hệ thống';
    const assignee = typeof e.data?.assigneeName === 'string' ? e.data.assigneeName : undefined;
    const handOver: Record<string, { unit: string; giver: string; receiver: string; note?: string } | null> =
      {
        // filed online: the applicant hands it to the one-stop officer who receives it (one row, at the receipt)
        submit: events.slice(i + 1).some((x) => x.action === 'receive' || x.action === 'refuse')
          ? null
          : { unit: ONE_STOP, giver: applicant, receiver: ONE_STOP },
        receive: { unit: ONE_STOP, giver: applicant, receiver: actor },
        refuse: { unit: ONE_STOP, giver: applicant, receiver: actor },
        assign: {
          unit: unitName,
          giver: holder,
          receiver: assignee ?? actor,
          note: `Phân công: ${actor}`,
        },
        request_additions: {
          unit: 'Tổ chức, cá nhân (bổ sung, hoàn thiện hồ sơ)',
          giver: actor,
          receiver: applicant,
        },
        request_payment: {
          unit: 'Tổ chức, cá nhân (thực hiện nghĩa vụ tài chính)',
          giver: actor,
          receiver: applicant,
        },
        supply_additions: {
          unit: unitName,
          giver: applicant,
          receiver: lastBefore(events, e.seq, 'request_additions')?.actorName ?? unitName,
        },
        submit_for_signature: {
          unit: LEADERSHIP,
          giver: actor,
          receiver: nextActor(i, ['approve', 'reject']) ?? LEADERSHIP,
        },
        approve: { unit: ONE_STOP, giver: actor, receiver: nextActor(i, ['return_result']) ?? ONE_STOP },
        reject: { unit: ONE_STOP, giver: actor, receiver: nextActor(i, ['return_result']) ?? ONE_STOP },
        return_result: { unit: 'Tổ chức, cá nhân (nhận kết quả)', giver: actor, receiver: applicant },
      };
    const h = Object.hasOwn(handOver, e.action)
      ? handOver[e.action]
      : { unit: unitName, giver: holder, receiver: actor };
    if (h === null || h === undefined) return;
    const note = [h.note, e.reason].filter(Boolean).join('. ');
    steps.push({
      unit: h.unit,
      handedOverAt: e.at.toISOString(),
      giver: h.giver,
      receiver: h.receiver,
      ...(result ? { result } : {}),
      ...(note ? { note: note.slice(0, 500) } : {}),
    });
    holder = h.receiver;
  });
  return {
    ...header(data, ctx, ctx.today),
    ...dossierRef(data),
    receiptNumber: data.dossier.code,
    handlingUnit: unitName,
    steps,
  };
}

function lastBefore(events: readonly DossierEventView[], seq: number, action: string) {
  return [...events].reverse().find((e) => e.seq < seq && e.action === action);
}

// ——— Mẫu 3.TBTNHS ———

export function noticeInput(data: DossierDocumentData, ctx: DocumentContext): ConformityAcceptanceInput {
  const { notice, declaration, dossier } = data;
  if (!notice || !declaration) throw missing('Thông báo tiếp nhận hồ sơ công bố');
  const approve = lastEvent(data, ['approve']);
  const basis = (declaration.data.basis ?? {}) as Record<string, unknown>;
  const products = declaration.products.map((p) => {
    const description = [
      text(p.model) && `kiểu, loại: ${String(p.model)}`,
      text(p.brand) && `nhãn hiệu: ${String(p.brand)}`,
    ]
      .filter(Boolean)
      .join('; ');
    return { name: String(p.name), ...(description ? { description } : {}) };
  });
  const phone = text(
    declaration.data.organisation && (declaration.data.organisation as Record<string, unknown>).phone,
  );
  const ownNumber = text(declaration.data.ownNumber);
  return {
    issuer: issuer(data, ctx),
    number: notice.noticeNumber,
    place: placeOf(ctx.org),
    issuedOn: notice.issuedOn,
    verificationUrl: noticeVerificationUrl(ctx, notice.noticeNumber),
    kind: dossier.procedureCode === 'tdc.hop-chuan' ? 'hop_chuan' : 'hop_quy',
    dossierCode: dossier.code,
    // the declaration's own number is the organisation's (it numbers its declarations), not our dossier code
    declaration: {
      ...(ownNumber ? { number: ownNumber } : {}),
      date: declaration.receivedOn,
    },
    organisation: {
      name: declaration.organisationName,
      address: declaration.organisationAddress,
      ...(phone ? { phone } : {}),
    },
    products,
    standard: declaration.standards.join('; '),
    basis:
      declaration.basisKind === 'self_assessment'
        ? {
            kind: 'self_assessment',
            reportDate: declaration.selfAssessmentReportDate ?? declaration.receivedOn,
          }
        : {
            kind: 'certification',
            certifier: declaration.certifier ?? 'Tổ chức chứng nhận',
            certificateNumber: declaration.certificateNumber ?? '—',
            ...(typeof basis.issuedOn === 'string' ? { certificateDate: basis.issuedOn } : {}),
            ...(declaration.certificateExpiresOn
              ? { certificateValidUntil: declaration.certificateExpiresOn }
              : {}),
          },
    validUntil: notice.expiresOn,
    signer: issuerSigner(data, ctx, approve?.actorName ?? 'Lãnh đạo Sở'),
    recipients: [declaration.organisationName, 'Lưu: VT'],
  };
}
