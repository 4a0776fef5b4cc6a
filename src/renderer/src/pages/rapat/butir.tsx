// Tables and forms of follow-ups, shared by a meeting's tab and the follow-up screen (obstacles: kendala.tsx).
import type { ReactNode } from 'react';
import type { Opd } from '../../../../shared/api/opd';
import type { TindakLanjut, TindakLanjutInput } from '../../../../shared/api/rapat';
import { formatTanggal } from '../../../../shared/format';
import { LABEL_STATUS_TINDAK_LANJUT, STATUS_TINDAK_LANJUT, type StatusTindakLanjut } from '../../../../shared/rapat';
import { api } from '../../api/client';
import { Isian } from '../../components/Isian';
import { InputTanggal } from '../../components/InputWaktu';
import { OpsiOpd } from '../../components/PilihOpd';
import { useFormTambah } from '../../components/useFormTambah';
import { useJalankan } from '../../components/useJalankan';
import { useTanya } from '../../components/Tanya';
import { Tabel } from '../../components/Tabel';
import { PilihLabel } from '../../components/OpsiLabel';

export function PilihStatus({
  nilai,
  label,
  ubah,
  labelNilai,
}: {
  nilai: StatusTindakLanjut;
  label: string;
  ubah: (s: StatusTindakLanjut) => void;
  labelNilai: Record<StatusTindakLanjut, string>;
}) {
  return <PilihLabel nilai={nilai} pilihan={STATUS_TINDAK_LANJUT} label={labelNilai} ubah={ubah} aria-label={label} />;
}

export const rujukan = (r: { judul: string; tanggal: string }) => `${r.judul} (${formatTanggal(r.tanggal)})`;

export function TabelTindakLanjut({
  butir,
  berubah,
  aksi,
}: {
  butir: TindakLanjut[];
  berubah: () => void;
  aksi?: (tl: TindakLanjut) => ReactNode;
}) {
  const jalankan = useJalankan();
  const ubah = (tl: TindakLanjut, perubahan: Partial<TindakLanjutInput>) =>
    void jalankan(
      () =>
        api('tindakLanjut.simpan', { ...tl, rapatId: tl.asal.rapatId, opdIds: tl.opd.map((o) => o.id), ...perubahan }),
      'Tindak lanjut disimpan',
    ).then(berubah);
  const [tanya, dialogTanya] = useTanya();
  const catatBukti = async (tl: TindakLanjut) => {
    const bukti = await tanya(`Catatan bukti untuk "${tl.uraian}"`, tl.bukti);
    if (bukti !== null) ubah(tl, { bukti });
  };
  if (butir.length === 0) return <p className="keterangan">Tidak ada.</p>;
  return (
    <>
      {dialogTanya}
      <Tabel
        kolom={['Tindak lanjut', 'Penanggung jawab', 'Batas waktu', 'Status', 'Diputuskan / ditinjau', '']}
        baris={butir}
      >
        {(tl) => (
          <tr key={tl.id} className={tl.terlambat ? 'rapat-terlambat' : undefined}>
            <td>
              {tl.uraian}
              {tl.bukti && <small className="keterangan rapat-blok">Bukti: {tl.bukti}</small>}
            </td>
            <td>{tl.opd.map((o) => o.singkatan || o.nama).join(', ')}</td>
            <td>
              {tl.batasWaktu ? formatTanggal(tl.batasWaktu) : '-'}
              {tl.terlambat && <strong className="rapat-label-terlambat">Terlambat</strong>}
            </td>
            <td>
              <PilihStatus
                nilai={tl.status}
                label={`Status ${tl.uraian}`}
                labelNilai={LABEL_STATUS_TINDAK_LANJUT}
                ubah={(status) => ubah(tl, { status })}
              />
              <button type="button" className="rapat-kecil" onClick={() => void catatBukti(tl)}>
                Bukti…
              </button>
            </td>
            <td>
              {rujukan(tl.asal)}
              {tl.ditinjau.map((t) => (
                <small key={t.rapatId} className="keterangan rapat-blok">
                  ditinjau: {rujukan(t)}
                  {t.catatan && ` — ${t.catatan}`}
                </small>
              ))}
            </td>
            <td>{aksi?.(tl)}</td>
          </tr>
        )}
      </Tabel>
    </>
  );
}

export function FormTindakLanjut({ rapatId, opd, tersimpan }: { rapatId: number; opd: Opd[]; tersimpan: () => void }) {
  const kosong: TindakLanjutInput = { rapatId, uraian: '', opdIds: [], batasWaktu: null, status: 'belum', bukti: '' };
  const { data, setData, galat, simpan } = useFormTambah({
    kunciDraf: `tindakLanjut.${rapatId}`,
    kosong,
    kerja: (d) => api('tindakLanjut.simpan', d),
    berhasil: 'Tindak lanjut dicatat',
    tersimpan,
  });
  return (
    <div className="form-tambah" role="form" aria-label="Tambah tindak lanjut">
      <Isian label="Tindak lanjut" galat={galat['uraian']}>
        <textarea rows={2} value={data.uraian} onChange={(e) => setData({ ...data, uraian: e.target.value })} />
      </Isian>
      <Isian label="OPD penanggung jawab (Ctrl+klik untuk beberapa)" galat={galat['opdIds']}>
        <select
          multiple
          size={4}
          value={(data.opdIds ?? []).map(String)}
          onChange={(e) => setData({ ...data, opdIds: [...e.target.selectedOptions].map((o) => Number(o.value)) })}
        >
          <OpsiOpd opd={opd} />
        </select>
      </Isian>
      <Isian label="Batas waktu" galat={galat['batasWaktu']}>
        <InputTanggal nilai={data.batasWaktu ?? ''} ubah={(v) => setData({ ...data, batasWaktu: v || null })} />
      </Isian>
      <button type="button" className="utama" onClick={() => void simpan()}>
        Catat tindak lanjut
      </button>
    </div>
  );
}
