// The column-mapping step of an import preview: which file column feeds each Sinergi field, or "tidak ada".
import { useState } from 'react';
import type { LembarPratinjau, PemetaanKolom as Pilihan } from '../../../../shared/api/impor';

/** Monthly plan fields are many and rarely used: shown when mapped or asked for. */
const BULANAN = /Bulan\d+$/;

export function PemetaanKolom({
  lembar,
  ubah,
  lupakan,
}: {
  lembar: LembarPratinjau;
  /** The complete choice for this header, sent with the next preview. */
  ubah: (pilihan: Pilihan[]) => void;
  lupakan: () => void;
}) {
  const [semua, setSemua] = useState(false);
  const tampil = lembar.medan.filter((m) => semua || m.kolom !== null || !BULANAN.test(m.medan));
  const pilih = (medan: string, nilai: string) =>
    ubah(
      lembar.medan.map((m) => ({
        tanda: lembar.tanda,
        medan: m.medan,
        kolom: m.medan === medan ? (nilai === '' ? null : Number(nilai)) : m.kolom,
      })),
    );
  return (
    <div className="pemetaan" data-testid={`pemetaan-${lembar.nama}`}>
      <p className="keterangan">
        Pilih kolom berkas untuk setiap isian Sinergi (atau “tidak ada”); pratinjau diperbarui seketika dan pilihan
        diingat untuk berkas dengan judul kolom yang sama setelah impor.
        {lembar.pemetaan === 'diingat' && (
          <>
            {' '}
            <strong>Pemetaan tersimpan dipakai.</strong>{' '}
            <button type="button" className="tautan" onClick={lupakan}>
              Lupakan pemetaan tersimpan
            </button>
          </>
        )}
      </p>
      <div className="pemetaan-isian">
        {tampil.map((m) => (
          <label key={m.medan} className={m.kolom === null ? 'kosong' : ''}>
            <span>
              {m.label}
              {m.wajib && <span className="wajib"> (wajib)</span>}
            </span>
            <select
              value={m.kolom ?? ''}
              onChange={(e) => pilih(m.medan, e.target.value)}
              aria-label={`Kolom untuk ${m.label}`}
            >
              <option value="">(tidak ada)</option>
              {lembar.kolom.map((k) => (
                <option key={k.indeks} value={k.indeks}>
                  {k.huruf} · {k.judul || '(tanpa judul)'}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <label className="pilih-kecil">
        <input type="checkbox" checked={semua} onChange={(e) => setSemua(e.target.checked)} /> Tampilkan juga target
        bulanan
      </label>
    </div>
  );
}
