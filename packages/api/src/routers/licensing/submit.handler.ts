// licensing.submit / licensing.receive: a licensing dossier through the one-stop engine, with its own data (holder,
// devices, the licence it replaces, the fee computed from the catalog) written in the same transaction. The legal
// windows are checked here: a radiation renewal filed later than 45 days before expiry, or a postal re-issue on
// expiry later than 30 days before, is refused with the legal reason; nothing is saved.
import {
  findDevicesByIds,
  findLicensingDocumentByNumber,
  findOrCreateHolder,
  insertLicensingDossier,
  type DbTransaction,
  type HolderRow,
  type LicensingDocumentRow,
} from '@skhcn/db';
import {
  assertPostalReissueInTime,
  assertRenewalInTime,
  declarationWindow,
  DomainError,
  formatVietnameseDate,
  licenceStatusOn,
  licenceTerm,
  LICENSING_OUTCOMES,
  licensingDocumentKinds,
  must,
  radiationAppraisalFee,
  type RadiationFee,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import { createDossier, isApplicantUser } from '../../one-stop';
import type { ApplicantContext, AuthedContext } from '../../trpc';
import { attachmentsOf } from '../conformity/submit.schema';
import { fieldOfCode } from './licensing-procedures';
import type { LicensingReceiveInput, LicensingSubmitInput } from './licensing.schema';

export interface LicensingCreatedOutput {
  dossierId: string;
  code: string;
  status: number;
  appointmentDate: string | null;
  fee: { total: number } | null;
}

function bad(message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('BAD_INPUT', message, details);
}

/** The checks that need no database: what each procedure must carry. */
function checkShape(input: LicensingSubmitInput, today: string): void {
  const code = input.procedureCode;
  const outcome = must(LICENSING_OUTCOMES[code], `licensing outcome of ${code}`);
  if (code === 'buc-xa.khai-bao') {
    if (input.devices.length === 0) throw bad('Vui lòng kê khai ít nhất một thiết bị.');
    if (!input.event)
      throw bad('Vui lòng chọn sự việc phải khai báo (mới có, chuyển đến, chuyển đi, thanh lý).');
    if (!input.eventDate) throw bad('Vui lòng nhập ngày phát sinh sự việc.');
    if (input.eventDate > today) throw bad('Ngày phát sinh sự việc không được sau ngày nộp hồ sơ.');
  }
  if (
    (code === 'buc-xa.cap-giay-phep' || code === 'buc-xa.sua-doi-giay-phep') &&
    input.deviceIds.length === 0
  ) {
    throw bad('Vui lòng chọn các thiết bị giấy phép bao gồm (thiết bị đã khai báo của cơ sở).');
  }
  if (code === 'buc-xa.chung-chi-nhan-vien' && !input.person)
    throw bad('Vui lòng nhập họ tên người đề nghị cấp chứng chỉ.');
  if (
    (code === 'buu-chinh.cap-giay-phep' || code === 'buu-chinh.xac-nhan-thong-bao') &&
    input.services.length === 0
  ) {
    throw bad('Vui lòng nêu ít nhất một dịch vụ bưu chính.');
  }
  if (code === 'buu-chinh.cap-giay-phep' || code === 'buu-chinh.cap-lai-giay-phep-het-han') {
    // validates the term asked for (1 to 10 years) with the same rule as the issue
    licenceTerm({
      field: 'postal',
      event: 'new',
      issuedOn: today,
      ...(input.requestedYears !== undefined ? { requestedYears: input.requestedYears } : {}),
    });
  }
  if (outcome.replaces && !input.previousNumber) throw bad('Vui lòng nhập số văn bản đã được cấp.');
}

async function previousDocument(
  tx: DbTransaction,
  input: LicensingSubmitInput,
  holder: HolderRow,
  today: string,
): Promise<LicensingDocumentRow | undefined> {
  const outcome = must(LICENSING_OUTCOMES[input.procedureCode], 'outcome');
  if (!outcome.replaces || !input.previousNumber) return undefined;
  const prev = await findLicensingDocumentByNumber(tx, input.previousNumber);
  const expected = licensingDocumentKinds[outcome.kind].label;
  if (!prev || prev.kind !== outcome.kind || prev.holderId !== holder.id) {
    throw bad(`Không tìm thấy ${expected.toLowerCase()} số “${input.previousNumber}” của ${holder.name}.`, {
      previousNumber: input.previousNumber,
    });
  }
  if (prev.replacedOn) {
    throw bad(
      `${expected} số ${prev.number} đã được thay thế ngày ${formatVietnameseDate(prev.replacedOn)}; vui lòng dùng văn bản đang có hiệu lực.`,
    );
  }
  const status = licenceStatusOn(prev, today);
  if (status === 'revoked') throw bad(`${expected} số ${prev.number} đã bị thu hồi.`);
  if (input.procedureCode === 'buc-xa.gia-han-giay-phep')
    assertRenewalInTime(must(prev.expiresOn, 'expiry'), today);
  else if (input.procedureCode === 'buu-chinh.cap-lai-giay-phep-het-han')
    assertPostalReissueInTime(must(prev.expiresOn, 'expiry'), today);
  else if (status === 'expired') throw bad(`${expected} số ${prev.number} đã hết hạn.`);
  return prev;
}

function deviceTypesOf(scope: Record<string, unknown>): { type: string }[] {
  const devices = scope.devices;
  return Array.isArray(devices) ? devices.map((d) => ({ type: String((d as { type?: unknown }).type) })) : [];
}

async function buildData(
  tx: DbTransaction,
  input: LicensingSubmitInput,
  holder: HolderRow,
  prev: LicensingDocumentRow | undefined,
  today: string,
): Promise<{ data: Record<string, unknown>; fee: RadiationFee | null }> {
  const code = input.procedureCode;
  const data: Record<string, unknown> = { field: fieldOfCode(code) };
  let fee: RadiationFee | null = null;
  if (code === 'buc-xa.khai-bao') {
    const eventDate = must(input.eventDate, 'eventDate');
    const window = declarationWindow(eventDate);
    Object.assign(data, {
      devices: input.devices,
      event: input.event,
      eventDate,
      dueOn: window.dueOn,
      late: today > window.dueOn,
      windowRule: `${window.rule} (${window.source.document})`,
    });
  }
  if (input.deviceIds.length > 0) {
    const devices = await findDevicesByIds(tx, input.deviceIds);
    const foreign = input.deviceIds.filter(
      (id) => !devices.some((d) => d.id === id && d.holderId === holder.id),
    );
    if (foreign.length > 0)
      throw bad('Có thiết bị không thuộc cơ sở này hoặc chưa được khai báo.', { deviceIds: foreign });
    const gone = devices.filter((d) => d.status === 'moved' || d.status === 'disposed');
    if (gone.length > 0)
      throw bad(
        `Thiết bị đã chuyển đi hoặc thanh lý không thể đưa vào giấy phép: ${gone.map((d) => `${d.model} (${d.serial})`).join(', ')}.`,
      );
    data.devices = devices.map((d) => ({
      id: d.id,
      type: d.type,
      manufacturer: d.manufacturer,
      model: d.model,
      serial: d.serial,
      location: d.location,
    }));
  }
  if (code === 'buc-xa.cap-giay-phep' || code === 'buc-xa.gia-han-giay-phep') {
    const devices =
      code === 'buc-xa.cap-giay-phep' ? deviceTypesOf(data) : deviceTypesOf(must(prev, 'licence').scope);
    if (code === 'buc-xa.gia-han-giay-phep') data.devices = must(prev, 'licence').scope.devices;
    try {
      fee = radiationAppraisalFee({
        kind: code === 'buc-xa.cap-giay-phep' ? 'new' : 'renewal',
        devices,
        onDate: today,
      });
      data.fee = fee;
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'NO_FEE_RATE') throw e;
      // the dossier is taken in; the fee step waits for a rate, with the reason shown to the officer
      data.feeProblem = e.message;
    }
  }
  if (input.requestedYears !== undefined) data.requestedYears = input.requestedYears;
  if (input.services.length > 0) data.services = input.services;
  if (input.scope) data.scope = input.scope;
  if (input.person) data.person = input.person;
  if (prev) data.previousNumber = prev.number;
  return { data, fee };
}

async function create(
  ctx: AuthedContext,
  input: LicensingSubmitInput,
  channel: 'online' | 'direct' | 'postal',
  applicantUserId: string | null,
  note?: string,
): Promise<LicensingCreatedOutput> {
  const today = vietnamToday(ctx.now());
  checkShape(input, today);
  let fee: RadiationFee | null = null;
  const { dossier } = await createDossier(ctx, {
    procedureCode: input.procedureCode,
    channel,
    applicant: {
      name: input.holder.name,
      taxCode: input.holder.taxCode,
      address: input.holder.address,
      ...(input.holder.phone ? { phone: input.holder.phone } : {}),
      ...(input.holder.email ? { email: input.holder.email } : {}),
      ...(applicantUserId ? { representative: ctx.user.fullName } : {}),
    },
    applicantUserId,
    attachments: attachmentsOf(input.components),
    note,
    after: async (tx, created) => {
      const now = ctx.now();
      const holder = await findOrCreateHolder(
        tx,
        {
          field: fieldOfCode(input.procedureCode),
          name: input.holder.name,
          taxCode: input.holder.taxCode,
          address: input.holder.address,
          district: input.holder.district ?? null,
          phone: input.holder.phone ?? null,
          email: input.holder.email ?? null,
          applicantUserId,
          safetyOfficer: input.holder.safetyOfficer ?? null,
        },
        now,
      );
      const prev = await previousDocument(tx, input, holder, today);
      const built = await buildData(tx, input, holder, prev, today);
      fee = built.fee;
      await insertLicensingDossier(tx, {
        dossierId: created.dossier.id,
        holderId: holder.id,
        data: built.data,
        previousDocumentId: prev?.id ?? null,
        createdAt: now,
      });
    },
  });
  const computed = fee as RadiationFee | null;
  return {
    dossierId: dossier.id,
    code: dossier.code,
    status: dossier.status,
    appointmentDate: dossier.deadline,
    fee: computed ? { total: computed.total } : null,
  };
}

/** licensing.submit: online, an organisation files for itself (its tax code). */
export async function licensingSubmitHandler({
  ctx,
  input,
}: {
  ctx: ApplicantContext;
  input: LicensingSubmitInput;
}): Promise<LicensingCreatedOutput> {
  const own = ctx.user.applicant.taxCode;
  if (input.holder.taxCode !== own) {
    throw new DomainError(
      'BAD_INPUT',
      `Tài khoản của bạn chỉ nộp hồ sơ cho tổ chức của mình (mã số thuế ${own}). Hồ sơ của tổ chức khác nộp bằng tài khoản của tổ chức đó, hoặc tại Bộ phận một cửa.`,
    );
  }
  return create(ctx, input, 'online', ctx.user.id);
}

/** licensing.receive: the counter takes in a paper dossier. */
export async function licensingReceiveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: LicensingReceiveInput;
}): Promise<LicensingCreatedOutput> {
  if (isApplicantUser(ctx.user))
    throw new DomainError('FORBIDDEN', 'Chỉ cán bộ một cửa mới tiếp nhận hồ sơ.');
  return create(ctx, input, input.channel, null, input.note);
}

/** licensing.fee: the appraisal fee of a radiation licence, shown before submitting. */
export function licensingFeeHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: { kind: 'new' | 'renewal'; devices: { type: string }[] };
}): RadiationFee {
  return radiationAppraisalFee({ ...input, onDate: vietnamToday(ctx.now()) });
}
