import type { DossierDocument } from '../api-types';

/** The documents of a dossier as links to their PDFs (forms Mẫu 01–06, then the results). */
export function DocumentsList({
  documents,
  code,
  empty = 'Chưa có văn bản nào (văn bản được tạo khi hồ sơ được tiếp nhận).',
}: {
  documents: readonly DossierDocument[];
  /** The dossier's code, read out with each link ("…(PDF) của hồ sơ CCTDC-…") */
  code?: string;
  empty?: string;
}) {
  if (documents.length === 0) return <p>{empty}</p>;
  return (
    <ul className="os-documents">
      {documents.map((d) => (
        <li key={d.url}>
          <a href={d.url} target="_blank" rel="noreferrer">
            {d.label} (PDF)
            {code ? <span className="skh-visually-hidden"> của hồ sơ {code}</span> : null}
          </a>
          {d.result ? <span className="os-muted"> · Kết quả giải quyết</span> : null}
        </li>
      ))}
    </ul>
  );
}
