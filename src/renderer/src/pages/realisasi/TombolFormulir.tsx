// The Formulir OPD buttons: one OPD's form, or every OPD's (into a folder on the desktop, one .zip in the browser).
import { useState } from 'react';
import { formatAngka } from '../../../../shared/format';
import type { Kemajuan } from '../../../../shared/kemajuan';
import { useBoleh } from '../../components/Akun';
import { api, pesanGalat } from '../../api/client';
import { BilahKemajuan } from '../../components/BilahKemajuan';
import { useNotifikasi } from '../../components/Notifikasi';
import { simpanBerkas } from '../../components/simpanBerkas';

export function TombolFormulir({ opdId, tahun, bulan }: { opdId: number; tahun: number; bulan: number }) {
  const boleh = useBoleh();
  const { tampilkan } = useNotifikasi();
  const [kemajuan, setKemajuan] = useState<Kemajuan | null | undefined>(undefined);

  const satu = async () => {
    try {
      const kabar = await simpanBerkas(await api('ekspor.formulir', { opdId, tahun, bulan }));
      if (kabar) tampilkan(kabar.teks, kabar.jenis);
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  const semua = async () => {
    try {
      // The desktop writes into a folder the user picks; the browser downloads one .zip.
      const folder = window.sinergi ? (await api('ekspor.pilihFolder', {})).path : undefined;
      if (folder === null) return;
      setKemajuan(null);
      const hasil = await api(
        'ekspor.formulirSemua',
        { tahun, bulan, ...(folder ? { folder } : {}) },
        { kemajuan: setKemajuan },
      );
      const kabar = hasil.jenis === 'zip' ? await simpanBerkas(hasil) : null;
      const lewat = hasil.dilewati.length > 0 ? `; ${hasil.dilewati.length} OPD tanpa Renja dilewati` : '';
      const tempat = hasil.jenis === 'folder' ? ` di ${hasil.folder}` : kabar ? `: ${kabar.teks}` : '';
      tampilkan(`${formatAngka(hasil.jumlah)} formulir OPD dibuat${tempat}${lewat}`, 'sukses');
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    } finally {
      setKemajuan(undefined);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void satu()} title="Unduh Formulir OPD (.xlsx) untuk diisi OPD ini">
        Formulir OPD (.xlsx)
      </button>
      {boleh('ekspor.formulirSemua') && (
        <button type="button" disabled={kemajuan !== undefined} onClick={() => void semua()}>
          Formulir semua OPD…
        </button>
      )}
      {kemajuan !== undefined && <BilahKemajuan judul="Menyusun formulir semua OPD" kemajuan={kemajuan} />}
    </>
  );
}
