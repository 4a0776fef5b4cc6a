// The verification of one OPD's report for the period: status and note, the lock once verified, reopening with a reason.
import { useState } from 'react';
import type { Verifikasi as DataVerifikasi } from '../../../../shared/api/realisasi';
import { formatTanggalJam } from '../../../../shared/format';
import { LABEL_STATUS_VERIFIKASI, STATUS_VERIFIKASI } from '../../../../shared/renja';
import { api } from '../../api/client';
import { useJalankan } from '../../components/useJalankan';
import { useTanya } from '../../components/Tanya';
import { PilihLabel } from '../../components/OpsiLabel';

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
  const jalankan = useJalankan();
  const [tanya, dialog] = useTanya();
  const terkunci = awal.status === 'diverifikasi';

  const simpan = async () => {
    const { ok } = await jalankan(
      () => api('realisasi.verifikasi', { opdId, tahun, bulan, status, catatan }),
      'Status verifikasi disimpan',
    );
    if (ok) onTersimpan();
  };

  const buka = async () => {
    const alasan = await tanya('Alasan membuka verifikasi (dicatat di Riwayat)');
    if (alasan === null) return;
    const { ok } = await jalankan(
      () => api('realisasi.bukaVerifikasi', { opdId, tahun, bulan, alasan }),
      'Verifikasi dibuka: angka dapat diubah lagi, status kembali Diterima',
    );
    if (ok) onTersimpan();
  };

  return (
    <div className="verifikasi">
      {terkunci && (
        <div
          className="kunci-periode"
          role="status"
          data-testid="kunci-periode"
          title={`Diverifikasi pada ${formatTanggalJam(awal.diubahPada)}. Angka periode ini tidak dapat diubah.`}
        >
          <svg className="ikon-kunci" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
            <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          <span>Terkunci: diverifikasi oleh {awal.diubahOleh || 'verifikator'}</span>
          <button type="button" onClick={() => void buka()}>
            Buka verifikasi…
          </button>
        </div>
      )}
      <details className="verifikasi-rincian">
        <summary title="Status verifikasi laporan OPD untuk periode ini">
          <span className="keterangan">Verifikasi </span>
          <strong data-testid="status-verifikasi">{LABEL_STATUS_VERIFIKASI[awal.status]}</strong>
        </summary>
        <div className="verifikasi-isi">
          {awal.diubahOleh && (
            <small className="keterangan">
              Terakhir oleh {awal.diubahOleh}, {formatTanggalJam(awal.diubahPada)}
            </small>
          )}
          <PilihLabel
            nilai={status}
            pilihan={STATUS_VERIFIKASI}
            label={LABEL_STATUS_VERIFIKASI}
            ubah={(v) => setStatus(v)}
            aria-label="Status verifikasi"
            disabled={terkunci}
          />
          <textarea
            value={catatan}
            onChange={(e) => setCatatan(e.target.value)}
            placeholder="Catatan verifikator"
            aria-label="Catatan verifikator"
            rows={3}
          />
          <button type="button" onClick={() => void simpan()}>
            Simpan verifikasi
          </button>
        </div>
      </details>
      {dialog}
    </div>
  );
}

/** Figures changed after the report was accepted: a short mark in the summary bar, the details on hover. */
export function BerubahSetelahDiterima({ verifikasi }: { verifikasi: DataVerifikasi }) {
  const ubah = verifikasi.berubahSetelahDiterima;
  if (!ubah) return null;
  return (
    <span
      className="peringatan-periode"
      role="status"
      data-testid="berubah-setelah-diterima"
      title={`Terakhir oleh ${ubah.oleh || 'pengguna'} pada ${formatTanggalJam(ubah.pada)}`}
    >
      Angka berubah setelah diterima
    </span>
  );
}
