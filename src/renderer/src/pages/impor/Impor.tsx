// Import from .xlsx/.csv: choose files, read every problem by row and column, then import all-or-nothing.
import { useState, type ChangeEvent } from 'react';
import type { JenisImpor, PratinjauImpor } from '../../../../shared/api/impor';
import { formatAngka } from '../../../../shared/format';
import type { Kemajuan } from '../../../../shared/kemajuan';
import type { Versi } from '../../../../shared/renja';
import { api, pesanGalat } from '../../api/client';
import { BilahKemajuan } from '../../components/BilahKemajuan';
import { useNotifikasi } from '../../components/Notifikasi';
import { bacaBase64 } from '../../components/berkas';

interface Berkas {
  nama: string;
  base64: string;
  pratinjau?: PratinjauImpor;
  galat?: string;
}

export function Impor({
  jenis,
  tahun,
  opdId,
  versi,
  bulan,
  onSelesai,
}: {
  jenis: JenisImpor;
  tahun: number;
  opdId: number | null;
  versi?: Versi;
  bulan?: number;
  onSelesai: () => void;
}) {
  const [berkas, setBerkas] = useState<Berkas[]>([]);
  const [proses, setProses] = useState<{ selesai: number; total: number; label: string } | null>(null);
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const { tampilkan } = useNotifikasi();
  const dasar = { jenis, tahun, ...(opdId ? { opdId } : {}), ...(versi ? { versi } : {}), ...(bulan ? { bulan } : {}) };

  const pilih = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const hasil: Berkas[] = [];
    for (const [i, file] of files.entries()) {
      setProses({ selesai: i, total: files.length, label: `Memeriksa ${file.name}` });
      setKemajuan(null);
      const base64 = await bacaBase64(file);
      try {
        hasil.push({
          nama: file.name,
          base64,
          pratinjau: await api(
            'impor.pratinjau',
            { ...dasar, namaBerkas: file.name, base64 },
            { kemajuan: setKemajuan },
          ),
        });
      } catch (error) {
        hasil.push({ nama: file.name, base64, galat: pesanGalat(error) });
      }
    }
    setProses(null);
    setBerkas(hasil);
  };

  const siap = berkas.length > 0 && berkas.every((b) => b.pratinjau && b.pratinjau.masalah.length === 0);

  const terapkan = async () => {
    for (const [i, b] of berkas.entries()) {
      setProses({ selesai: i, total: berkas.length, label: `Mengimpor ${b.nama}` });
      setKemajuan(null);
      try {
        await api('impor.terapkan', { ...dasar, namaBerkas: b.nama, base64: b.base64 }, { kemajuan: setKemajuan });
        tampilkan(`${b.nama} diimpor`, 'sukses');
      } catch (error) {
        tampilkan(`${b.nama}: ${pesanGalat(error)}`, 'galat');
      }
    }
    setProses(null);
    setBerkas([]);
    onSelesai();
  };

  return (
    <div className="impor">
      <label className="tombol">
        {jenis === 'renja' ? 'Impor Renja/DPA (.xlsx/.csv)…' : 'Impor realisasi / Formulir OPD (.xlsx/.csv)…'}
        <input
          type="file"
          accept=".xlsx,.csv"
          multiple={jenis === 'realisasi'}
          onChange={(e) => void pilih(e)}
          hidden
          aria-label={`Berkas impor ${jenis}`}
        />
      </label>
      {proses && (
        <BilahKemajuan
          judul={proses.total > 1 ? `${proses.label} (${proses.selesai + 1} dari ${proses.total})` : proses.label}
          kemajuan={kemajuan}
        />
      )}
      {berkas.length > 0 && (
        <div className="pratinjau" data-testid="pratinjau-impor">
          {berkas.map((b) => (
            <div key={b.nama} className="pratinjau-berkas">
              <h3>{b.nama}</h3>
              {b.galat && <p className="pesan-salah">{b.galat}</p>}
              {b.pratinjau && (
                <>
                  <ul>
                    {b.pratinjau.ringkasan.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                    <li>
                      Judul kolom di baris {b.pratinjau.barisHeader}; {formatAngka(b.pratinjau.jumlahBarisData)} baris
                      data; kolom dikenali:{' '}
                      {b.pratinjau.kolomDikenali.map((k) => `${k.judul} → ${k.dibacaSebagai}`).join(', ')}
                    </li>
                  </ul>
                  {b.pratinjau.masalah.length > 0 ? (
                    <table className="tabel-masalah">
                      <caption>
                        {formatAngka(b.pratinjau.masalah.length)} masalah: perbaiki berkas lalu pilih ulang. Tidak ada
                        yang diimpor.
                      </caption>
                      <thead>
                        <tr>
                          <th>Baris</th>
                          <th>Kolom</th>
                          <th>Masalah</th>
                        </tr>
                      </thead>
                      <tbody>
                        {b.pratinjau.masalah.slice(0, 200).map((m, i) => (
                          <tr key={i}>
                            <td>{m.baris || '-'}</td>
                            <td>{m.kolom || '-'}</td>
                            <td>{m.pesan}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : (
                    <p className="keterangan">Tidak ada masalah.</p>
                  )}
                </>
              )}
            </div>
          ))}
          <div className="dialog-aksi">
            <button type="button" onClick={() => setBerkas([])}>
              Batal
            </button>
            <button type="button" className="utama" disabled={!siap || proses !== null} onClick={() => void terapkan()}>
              Impor sekarang
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
