// The surat pengingat: who signs, its date, the new deadline asked for and the tembusan; one letter per OPD or one
// with a lampiran for the OPD shown; and the letters already made for the quarter.
import { useState } from 'react';
import type { SuratPengingatInput } from '../../../../shared/api/pelaporan';
import { formatAngka, formatTanggal } from '../../../../shared/format';
import { api, pesanGalat } from '../../api/client';
import { bukaDokumen } from '../../components/arsip';
import { galatPerKolom, Isian } from '../../components/Isian';
import { InputTanggal } from '../../components/InputWaktu';
import { Tabel } from '../../components/Tabel';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { PilihPenandatangan } from '../../components/PilihPenandatangan';

export type OpsiSurat = Pick<SuratPengingatInput, 'penandatanganId' | 'tanggalSurat' | 'batasBaru'> & {
  tembusan: string;
};

const OPSI_AWAL: OpsiSurat = { penandatanganId: null, tanggalSurat: '', batasBaru: '', tembusan: '' };

/** Makes letters and opens them: one letter is opened (downloaded) at once, several wait in the list below. */
export function useBuatSurat(tahun: number, triwulan: number, berubah: () => void) {
  const [opsi, setOpsi] = useState(OPSI_AWAL);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();
  const buat = async (opdIds: number[], bentuk: 'per_opd' | 'kolektif') => {
    setSibuk(true);
    try {
      const surat = await api('pelaporan.buatSurat', {
        tahun,
        triwulan,
        opdIds,
        bentuk,
        penandatanganId: opsi.penandatanganId,
        tanggalSurat: opsi.tanggalSurat,
        batasBaru: opsi.batasBaru,
        tembusan: opsi.tembusan.split('\n'),
      });
      setGalat({});
      berubah();
      if (surat.length === 1) {
        const kabar = await bukaDokumen(surat[0]!);
        tampilkan(`Surat ${surat[0]!.nomorSurat} dibuat. ${kabar?.teks ?? ''}`.trim(), 'sukses');
      } else
        tampilkan(`${formatAngka(surat.length)} surat pengingat dibuat; buka dari daftar surat di bawah`, 'sukses');
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    } finally {
      setSibuk(false);
    }
  };
  return { opsi, setOpsi, galat, sibuk, buat };
}

export function OpsiSuratPengingat({
  opsi,
  setOpsi,
  galat,
}: {
  opsi: OpsiSurat;
  setOpsi: (o: OpsiSurat) => void;
  galat: Record<string, string>;
}) {
  return (
    <div className="pantau-opsi" role="group" aria-label="Isian surat pengingat">
      <Isian label="Penandatangan" galat={galat['penandatanganId']}>
        <PilihPenandatangan
          nilai={opsi.penandatanganId}
          ubah={(penandatanganId) => setOpsi({ ...opsi, penandatanganId })}
          kosong="(diisi tangan)"
        />
      </Isian>
      <Isian label="Tanggal surat" galat={galat['tanggalSurat']}>
        <InputTanggal nilai={opsi.tanggalSurat ?? ''} ubah={(v) => setOpsi({ ...opsi, tanggalSurat: v })} />
      </Isian>
      <Isian label="Batas penyampaian baru (kosong: secepatnya)" galat={galat['batasBaru']}>
        <InputTanggal nilai={opsi.batasBaru ?? ''} ubah={(v) => setOpsi({ ...opsi, batasBaru: v })} />
      </Isian>
      <Isian label="Tembusan (satu per baris)" galat={galat['tembusan']}>
        <textarea rows={2} value={opsi.tembusan} onChange={(e) => setOpsi({ ...opsi, tembusan: e.target.value })} />
      </Isian>
    </div>
  );
}

export function ArsipSuratPengingat({ tahun, triwulan, versi }: { tahun: number; triwulan: number; versi: number }) {
  const [arsip] = useMuat(() => api('pelaporan.arsipSurat', { tahun, triwulan }), [tahun, triwulan, versi]);
  const { tampilkan } = useNotifikasi();
  const buka = async (surat: { id: number; namaBerkas: string }) => {
    try {
      const kabar = await bukaDokumen(surat);
      if (kabar) tampilkan(kabar.teks, kabar.jenis);
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };
  return (
    <Tabel
      label="Surat pengingat"
      kolom={['Nomor', 'Kepada', 'Dibuat', 'Berkas', '']}
      baris={arsip ?? []}
      kosong="Belum ada surat pengingat untuk triwulan ini."
    >
      {(s) => (
        <tr key={s.id}>
          <td>{s.nomorSurat}</td>
          <td>{s.opd.length === 1 ? s.opd[0] : `${formatAngka(s.opd.length)} perangkat daerah (lampiran)`}</td>
          <td>{formatTanggal(new Date(s.dibuatPada))}</td>
          <td>{s.namaBerkas}</td>
          <td>
            <button type="button" onClick={() => void buka(s)}>
              Buka
            </button>
          </td>
        </tr>
      )}
    </Tabel>
  );
}
