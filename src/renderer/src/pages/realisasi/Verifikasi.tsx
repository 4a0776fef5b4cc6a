// The verification of one OPD's report for the period: status and note, the lock once verified, reopening with a reason.
import { useState } from 'react';
import type { Verifikasi as DataVerifikasi } from '../../../../shared/api/realisasi';
import { formatTanggalJam } from '../../../../shared/format';
import { LABEL_STATUS_VERIFIKASI, STATUS_VERIFIKASI, type StatusVerifikasi } from '../../../../shared/renja';
import { api, pesanGalat } from '../../api/client';
import { useNotifikasi } from '../../components/Notifikasi';
import { useTanya } from '../../components/Tanya';

interface Props {
  opdId: number;
  tahun: number;
  bulan: number;
  awal: DataVerifikasi;
  onTersimpan: () => void;
}

export function Verifikasi({ opdId, tahun, bulan, awal, onTersimpan }: Props) {
  const [status, setStatus] = useState(awal.status);
  const [catatan, setCatatan] = useState(awal.catatan);
  const { tampilkan } = useNotifikasi();
  const [tanya, dialog] = useTanya();
  const terkunci = awal.status === 'diverifikasi';

  const simpan = async () => {
    try {
      await api('realisasi.verifikasi', { opdId, tahun, bulan, status, catatan });
      tampilkan('Status verifikasi disimpan', 'sukses');
      onTersimpan();
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  const buka = async () => {
    const alasan = await tanya('Alasan membuka verifikasi (dicatat di Riwayat)');
    if (alasan === null) return;
    try {
      await api('realisasi.bukaVerifikasi', { opdId, tahun, bulan, alasan });
      tampilkan('Verifikasi dibuka: angka dapat diubah lagi, status kembali Diterima', 'sukses');
      onTersimpan();
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  return (
    <>
      {terkunci && (
        <div className="kunci-periode" role="status" data-testid="kunci-periode">
          <svg className="ikon-kunci" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
            <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          Terkunci: diverifikasi oleh {awal.diubahOleh || 'verifikator'} pada {formatTanggalJam(awal.diubahPada)}. Angka
          periode ini tidak dapat diubah.
          <button type="button" onClick={() => void buka()}>
            Buka verifikasi…
          </button>
        </div>
      )}
      {awal.berubahSetelahDiterima && (
        <div className="peringatan-periode" role="status" data-testid="berubah-setelah-diterima">
          Angka berubah setelah diterima: terakhir oleh {awal.berubahSetelahDiterima.oleh || 'pengguna'} pada{' '}
          {formatTanggalJam(awal.berubahSetelahDiterima.pada)}.
        </div>
      )}
      <details className="verifikasi">
        <summary>
          Verifikasi laporan: <strong data-testid="status-verifikasi">{LABEL_STATUS_VERIFIKASI[awal.status]}</strong>
          {awal.diubahOleh && <small> · oleh {awal.diubahOleh}</small>}
        </summary>
        <div className="verifikasi-isi">
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as StatusVerifikasi)}
            aria-label="Status verifikasi"
            disabled={terkunci}
          >
            {STATUS_VERIFIKASI.map((s) => (
              <option key={s} value={s}>
                {LABEL_STATUS_VERIFIKASI[s]}
              </option>
            ))}
          </select>
          <textarea
            value={catatan}
            onChange={(e) => setCatatan(e.target.value)}
            placeholder="Catatan verifikator"
            aria-label="Catatan verifikator"
            rows={2}
          />
          <button type="button" onClick={() => void simpan()}>
            Simpan verifikasi
          </button>
        </div>
      </details>
      {dialog}
    </>
  );
}
