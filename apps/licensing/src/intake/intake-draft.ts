// The licensing intake form as plain state, its client-side checks (the server checks again with the domain's
// rules) and the input it sends.
import { LICENSING_OUTCOMES, procedureInForce } from '@skhcn/domain';
import type { UploadedFile } from '@skhcn/one-stop-ui';
import type { LicensingSubmitInput } from '../api-types';

export interface DeviceDraft {
  type: string;
  manufacturer: string;
  model: string;
  serial: string;
  yearMade: string;
  location: string;
  lastInspectionOn: string;
  inspectionCertificate: string;
}

export interface IntakeDraft {
  procedureCode: string;
  name: string;
  taxCode: string;
  address: string;
  district: string;
  phone: string;
  officerName: string;
  officerCertificate: string;
  devices: DeviceDraft[];
  event: string;
  eventDate: string;
  deviceIds: string[];
  previousNumber: string;
  requestedYears: string;
  services: string;
  scope: string;
  personName: string;
  components: Record<string, UploadedFile[]>;
}

export interface FieldIssue {
  fieldId: string;
  message: string;
}

export const emptyDevice = (): DeviceDraft => ({
  type: '',
  manufacturer: '',
  model: '',
  serial: '',
  yearMade: '',
  location: '',
  lastInspectionOn: '',
  inspectionCertificate: '',
});

export function emptyIntake(own?: { name: string; taxCode: string }, procedureCode = ''): IntakeDraft {
  return {
    procedureCode,
    name: own?.name ?? '',
    taxCode: own?.taxCode ?? '',
    address: '',
    district: '',
    phone: '',
    officerName: '',
    officerCertificate: '',
    devices: [emptyDevice()],
    event: 'acquired',
    eventDate: '',
    deviceIds: [],
    previousNumber: '',
    requestedYears: '',
    services: '',
    scope: '',
    personName: '',
    components: {},
  };
}

export const isRadiation = (code: string) => code.startsWith('buc-xa.');
export const needsDevices = (code: string) => code === 'buc-xa.khai-bao';
export const picksDevices = (code: string) =>
  code === 'buc-xa.cap-giay-phep' || code === 'buc-xa.sua-doi-giay-phep';
export const needsServices = (code: string) =>
  code === 'buu-chinh.cap-giay-phep' ||
  code === 'buu-chinh.xac-nhan-thong-bao' ||
  code === 'buu-chinh.sua-doi-giay-phep';
export const needsYears = (code: string) =>
  code === 'buu-chinh.cap-giay-phep' || code === 'buu-chinh.cap-lai-giay-phep-het-han';
export const needsPrevious = (code: string) => LICENSING_OUTCOMES[code]?.replaces === true;

const linesOf = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** What is missing before sending, each with the id of its field. */
export function intakeIssues(d: IntakeDraft, today: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  const need = (ok: boolean, fieldId: string, message: string) => {
    if (!ok) out.push({ fieldId, message });
  };
  need(d.procedureCode !== '', 'lic-procedure', 'Vui lòng chọn thủ tục.');
  need(d.name.trim() !== '', 'lic-name', 'Vui lòng nhập tên cơ sở, doanh nghiệp.');
  need(/^\d{10}(-\d{3})?$/.test(d.taxCode.trim()), 'lic-tax-code', 'Mã số thuế gồm 10 chữ số.');
  need(d.address.trim() !== '', 'lic-address', 'Vui lòng nhập địa chỉ.');
  const code = d.procedureCode;
  if (needsDevices(code)) {
    need(d.eventDate !== '', 'lic-event-date', 'Vui lòng nhập ngày phát sinh sự việc.');
    need(
      d.eventDate === '' || d.eventDate <= today,
      'lic-event-date',
      'Ngày phát sinh không được sau hôm nay.',
    );
    d.devices.forEach((dev, i) => {
      need(dev.type !== '', `lic-device-${i}-type`, `Thiết bị ${i + 1}: vui lòng chọn loại thiết bị.`);
      need(
        dev.manufacturer.trim() !== '',
        `lic-device-${i}-manufacturer`,
        `Thiết bị ${i + 1}: vui lòng nhập hãng sản xuất.`,
      );
      need(dev.model.trim() !== '', `lic-device-${i}-model`, `Thiết bị ${i + 1}: vui lòng nhập model.`);
      need(dev.serial.trim() !== '', `lic-device-${i}-serial`, `Thiết bị ${i + 1}: vui lòng nhập số sê-ri.`);
    });
  }
  if (picksDevices(code)) need(d.deviceIds.length > 0, 'lic-devices', 'Vui lòng chọn ít nhất một thiết bị.');
  if (needsPrevious(code))
    need(d.previousNumber.trim() !== '', 'lic-previous', 'Vui lòng nhập số văn bản đã được cấp.');
  if (needsServices(code))
    need(linesOf(d.services).length > 0, 'lic-services', 'Vui lòng nêu ít nhất một dịch vụ.');
  if (needsYears(code)) {
    const y = Number(d.requestedYears);
    need(Number.isInteger(y) && y >= 1 && y <= 10, 'lic-years', 'Thời hạn đề nghị là số năm từ 1 đến 10.');
  }
  if (code === 'buc-xa.chung-chi-nhan-vien')
    need(d.personName.trim() !== '', 'lic-person', 'Vui lòng nhập họ tên.');
  const procedure = code ? procedureInForce(code, today) : undefined;
  for (const c of procedure?.components ?? []) {
    if (c.required && !c.when)
      need((d.components[c.key] ?? []).length > 0, `lic-component-${c.key}`, `Vui lòng đính kèm: ${c.name}.`);
  }
  return out;
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

export function toSubmitInput(d: IntakeDraft): LicensingSubmitInput {
  const code = d.procedureCode;
  return {
    procedureCode: code,
    holder: {
      name: d.name.trim(),
      taxCode: d.taxCode.trim(),
      address: d.address.trim(),
      district: opt(d.district),
      phone: opt(d.phone),
      ...(isRadiation(code) && d.officerName.trim()
        ? { safetyOfficer: { name: d.officerName.trim(), certificateNumber: opt(d.officerCertificate) } }
        : {}),
    },
    devices: needsDevices(code)
      ? d.devices.map((dev) => ({
          type: dev.type,
          manufacturer: dev.manufacturer.trim(),
          model: dev.model.trim(),
          serial: dev.serial.trim(),
          yearMade: dev.yearMade ? Number(dev.yearMade) : undefined,
          location: opt(dev.location),
          lastInspectionOn: dev.lastInspectionOn || undefined,
          inspectionCertificate: opt(dev.inspectionCertificate),
        }))
      : [],
    ...(needsDevices(code) ? { event: d.event as 'acquired', eventDate: d.eventDate } : {}),
    deviceIds: picksDevices(code) ? d.deviceIds : [],
    ...(needsPrevious(code) ? { previousNumber: d.previousNumber.trim() } : {}),
    ...(needsYears(code) ? { requestedYears: Number(d.requestedYears) } : {}),
    services: needsServices(code) ? linesOf(d.services) : [],
    ...(opt(d.scope) && !isRadiation(code) ? { scope: d.scope.trim() } : {}),
    ...(code === 'buc-xa.chung-chi-nhan-vien' ? { person: { name: d.personName.trim() } } : {}),
    components: Object.entries(d.components)
      .filter(([, files]) => files.length > 0)
      .map(([componentKey, files]) => ({ componentKey, fileIds: files.map((f) => f.id) })),
  };
}
