// A meeting's documents: generate (saved first, then archived and opened) and the archive of earlier versions.
import { useState } from 'react';
import { formatAngka, formatTanggalJam } from '../../../../shared/format';
import {
  JENIS_DOKUMEN_RAPAT,
  JENIS_PAPARAN,
  LABEL_ARSIP_RAPAT,
  LABEL_DOKUMEN_RAPAT,
  type JenisDokumenRapat,
} from '../../../../shared/rapat';
import { api, pesanGalat } from '../../api/client';
import { bukaDokumen, cetakDokumen } from '../../components/arsip';
import type { Kabar } from '../../components/simpanBerkas';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { Tabel } from '../../components/Tabel';

export function DokumenRapat({ rapatId, simpanDulu }: { rapatId: number; simpanDulu: () => Promise<number | null> }) {
  const [arsip, muatUlang] = useMuat(() => api('arsip.daftar', { rapatId }), [rapatId]);
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();

  const jalankan = async (kerja: () => Promise<Kabar | null>) => {
    setSibuk(true);
    try {
      const kabar = await kerja();
      if (kabar) tampilkan(kabar.teks, kabar.jenis);
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    } finally {
      setSibuk(false);
    }
  };
  const buat = (jenis: JenisDokumenRapat | typeof JENIS_PAPARAN) =>
    jalankan(async () => {
      if ((await simpanDulu()) === null) return { teks: 'Perbaiki isian rapat terlebih dahulu', jenis: 'info' };
      const dok =
        jenis === JENIS_PAPARAN
          ? await api('paparan.rapat', { rapatId })
          : await api('rapat.buatDokumen', { rapatId, jenis });
      muatUlang();
      return bukaDokumen(dok);
    });

  return (
    <div>
      <p className="keterangan">
        Dokumen dibuat dari data rapat yang tersimpan, disimpan di arsip, lalu dibuka di pengolah kata (di peramban:
        diunduh). <em>Cetak</em> membuka dokumen langsung di pengolah kata, siap dicetak dengan Ctrl+P. Paparan (.pptx)
        memuat angka triwulan yang dievaluasi rapat ini.
      </p>
      <div className="rapat-sebaris">
        {JENIS_DOKUMEN_RAPAT.map((j) => (
          <button key={j} type="button" className="utama" disabled={sibuk} onClick={() => void buat(j)}>
            Buat {LABEL_DOKUMEN_RAPAT[j]}
          </button>
        ))}
        <button type="button" className="utama" disabled={sibuk} onClick={() => void buat(JENIS_PAPARAN)}>
          Buat paparan
        </button>
      </div>
      <h2>Arsip dokumen</h2>
      <Tabel
        label="Arsip dokumen"
        kolom={['Dokumen', 'Nama berkas', 'Dibuat', 'Ukuran', '']}
        baris={arsip}
        kosong="Belum ada dokumen."
        kosongDiTabel
      >
        {(d) => (
          <tr key={d.id}>
            <td>{LABEL_ARSIP_RAPAT[d.jenis] ?? d.jenis}</td>
            <td>{d.namaBerkas}</td>
            <td>{formatTanggalJam(d.dibuatPada)}</td>
            <td>{formatAngka(Math.ceil(d.ukuran / 1024))} KB</td>
            <td className="aksi-dokumen">
              <button type="button" disabled={sibuk} onClick={() => void jalankan(() => bukaDokumen(d))}>
                Buka
              </button>
              <button
                type="button"
                disabled={sibuk}
                title="Buka di pengolah kata untuk dicetak"
                onClick={() => void jalankan(() => cetakDokumen(d))}
              >
                Cetak
              </button>
            </td>
          </tr>
        )}
      </Tabel>
    </div>
  );
}
