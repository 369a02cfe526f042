import { z } from 'zod';

/** A national standard: "TCVN 6396-20:2017", "TCVN ISO 9001:2015", "TCVN ISO/IEC 17025:2017". */
export interface TcvnNumber {
  kind: 'TCVN';
  /** the adopted series after "TCVN", e.g. "ISO", "ISO/IEC"; omitted for a plain TCVN */
  series?: string;
  /** number with its parts, e.g. "6396-20" */
  number: string;
  year: number;
  /** canonical text, e.g. "TCVN 6396-20:2017" */
  code: string;
}

/** A national technical regulation: "QCVN 4:2009/BKHCN", "QCVN 16:2023/BXD", "QCVN 01-1:2018/BYT". */
export interface QcvnNumber {
  kind: 'QCVN';
  /** number as written (leading zeros kept: they are part of the official designation), e.g. "01-1" */
  number: string;
  year: number;
  /** abbreviation of the issuing ministry, e.g. "BKHCN", "BLĐTBXH" */
  issuer: string;
  /** canonical text, e.g. "QCVN 4:2009/BKHCN" */
  code: string;
}

const MIN_YEAR = 1960;
const MAX_YEAR = 2100;

/** Upper-case with Vietnamese letters kept, spaces collapsed, spaces around ':', '-' and '/' removed. */
function loosen(input: string): string {
  return input
    .normalize('NFC')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?([:/-]) ?/g, '$1')
    .trim();
}

const TCVN = /^TCVN ?(?:([A-Z]+(?:\/[A-Z]+)*) ?)?(\d+(?:-\d+)*):(\d{4})$/;
const QCVN = /^QCVN ?(\d+(?:-\d+)*):(\d{4})\/([A-ZĐ]+(?:-[A-ZĐ]+)*)$/;

const yearOk = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** Parses a TCVN number in any spacing or case; null when it is not one. */
export function parseTcvn(input: string): TcvnNumber | null {
  const m = TCVN.exec(loosen(input));
  if (!m) return null;
  const [, series, number = '', yearText = ''] = m;
  const year = Number(yearText);
  if (!yearOk(year)) return null;
  const code = `TCVN ${series ? `${series} ` : ''}${number}:${yearText}`;
  return { kind: 'TCVN', ...(series ? { series } : {}), number, year, code };
}

/** Parses a QCVN number in any spacing or case; null when it is not one. */
export function parseQcvn(input: string): QcvnNumber | null {
  const m = QCVN.exec(loosen(input));
  if (!m) return null;
  const [, number = '', yearText = '', issuer = ''] = m;
  const year = Number(yearText);
  if (!yearOk(year)) return null;
  return { kind: 'QCVN', number, year, issuer, code: `QCVN ${number}:${yearText}/${issuer}` };
}

/** Either kind; null when the text is neither a TCVN nor a QCVN number. */
export function parseStandardReference(input: string): TcvnNumber | QcvnNumber | null {
  return parseTcvn(input) ?? parseQcvn(input);
}

export const TCVN_MESSAGE =
  'Số hiệu tiêu chuẩn phải có dạng TCVN <số hiệu>:<năm>, ví dụ TCVN 6396-20:2017 hoặc TCVN ISO 9001:2015.';
export const QCVN_MESSAGE =
  'Số hiệu quy chuẩn kỹ thuật phải có dạng QCVN <số hiệu>:<năm>/<cơ quan ban hành>, ví dụ QCVN 4:2009/BKHCN.';

/** A TCVN number, parsed; output is the parsed form. */
export const tcvnSchema = z
  .string({ error: 'Số hiệu tiêu chuẩn phải là chuỗi ký tự.' })
  .transform((s, ctx) => {
    const r = parseTcvn(s);
    if (!r) {
      ctx.addIssue({ code: 'custom', message: TCVN_MESSAGE, input: s });
      return z.NEVER;
    }
    return r;
  });

/** A QCVN number, parsed; output is the parsed form. */
export const qcvnSchema = z
  .string({ error: 'Số hiệu quy chuẩn kỹ thuật phải là chuỗi ký tự.' })
  .transform((s, ctx) => {
    const r = parseQcvn(s);
    if (!r) {
      ctx.addIssue({ code: 'custom', message: QCVN_MESSAGE, input: s });
      return z.NEVER;
    }
    return r;
  });
