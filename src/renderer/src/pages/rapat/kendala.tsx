// The kendala of a meeting and of the follow-up screen: where it is handled, its status, its category and its risk
// (kemungkinan x dampak, 1-5 each), shared by the table and the form.
import { useState, type ReactNode } from 'react';
import type { Opd } from '../../../../shared/api/opd';
import type { Kendala, KendalaInput } from '../../../../shared/api/rapat';
import {
  LABEL_STATUS_KENDALA,
  LABEL_TINGKAT_KENDALA,
  TINGKAT_KENDALA,
  type TingkatKendala,
} from '../../../../shared/rapat';
import { api } from '../../api/client';
import { Isian } from '../../components/Isian';
import { OpsiOpd, PilihSubKegiatan } from '../../components/PilihOpd';
import { useFormTambah } from '../../components/useFormTambah';
import { useJalankan } from '../../components/useJalankan';
import { useMuat } from '../../components/useMuat';
import { LabelBand } from '../risiko/RisikoPage';
import { PilihStatus, rujukan } from './butir';
import { OpsiLabel, PilihLabel } from '../../components/OpsiLabel';
import { Tabel } from '../../components/Tabel';

const SKALA = [1, 2, 3, 4, 5] as const;

function PilihKategori({
  nilai,
  ubah,
  label,
}: {
  nilai: number | null;
  ubah: (id: number | null) => void;
  label: string;
}) {
  const [kategori] = useMuat(() => api('kategoriKendala.daftar', {}), []);
  return (
    <select value={nilai ?? ''} onChange={(e) => ubah(Number(e.target.value) || null)} aria-label={label}>
      <option value="">(belum dikategorikan)</option>
      {(kategori ?? []).map((k) => (
        <option key={k.id} value={k.id}>
          {k.nama}
        </option>
      ))}
    </select>
  );
}

/** Both scales are chosen together: the change is passed on once both are set, or both are cleared. */
function SkalaRisiko({
  kemungkinan,
  dampak,
  ubah,
  label,
}: {
  kemungkinan: number | null;
  dampak: number | null;
  ubah: (k: { kemungkinan: number | null; dampak: number | null }) => void;
  label: string;
}) {
  const [isi, setIsi] = useState({ kemungkinan, dampak });
  const ganti = (bagian: Partial<typeof isi>) => {
    const baru = { ...isi, ...bagian };
    setIsi(baru);
    if ((baru.kemungkinan === null) === (baru.dampak === null)) ubah(baru);
  };
  const pilih = (nama: 'kemungkinan' | 'dampak', teks: string) => (
    <select
      value={isi[nama] ?? ''}
      onChange={(e) => ganti({ [nama]: Number(e.target.value) || null })}
      aria-label={`${nama === 'kemungkinan' ? 'Kemungkinan' : 'Dampak'} ${label}`}
      title={teks}
    >
      <option value="">{nama === 'kemungkinan' ? 'K' : 'D'}</option>
      {SKALA.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
  return (
    <span className="risiko-skala">
      {pilih('kemungkinan', 'Kemungkinan terjadi (1 jarang, 5 hampir pasti)')}×
      {pilih('dampak', 'Dampak pada capaian (1 kecil, 5 sangat besar)')}
    </span>
  );
}

export function TabelKendala({
  butir,
  berubah,
  aksi,
}: {
  butir: Kendala[];
  berubah: () => void;
  aksi?: (k: Kendala) => ReactNode;
}) {
  const jalankan = useJalankan();
  // A partial save: only what changed is sent, with the revision the table showed.
  const ubah = (k: Kendala, perubahan: Partial<KendalaInput>) =>
    void jalankan(
      () => api('kendala.simpan', { id: k.id, revisi: k.revisi, ...perubahan } as KendalaInput),
      'Kendala disimpan',
    ).then(berubah);
  return (
    <Tabel
      kelas="rapat-tabel kendala-tabel"
      kolom={[
        'Kendala',
        'OPD',
        'Kategori',
        'Risiko (K × D)',
        'Tingkat penanganan',
        'Status',
        'Solusi',
        'Diangkat / ditinjau',
        '',
      ]}
      baris={butir}
      kosong="Tidak ada."
    >
      {(k) => (
        <tr key={k.id}>
          <td>{k.uraian}</td>
          <td>
            {k.opd ? k.opd.singkatan || k.opd.nama : '-'}
            {k.subKegiatan && (
              <small className="keterangan rapat-blok" title={k.subKegiatan.nama}>
                {k.subKegiatan.kode}
              </small>
            )}
          </td>
          <td>
            <PilihKategori
              nilai={k.kategori?.id ?? null}
              label={`Kategori ${k.uraian}`}
              ubah={(kategoriId) => ubah(k, { kategoriId })}
            />
          </td>
          <td>
            <SkalaRisiko
              key={k.revisi}
              kemungkinan={k.kemungkinan}
              dampak={k.dampak}
              label={k.uraian}
              ubah={(skala) => ubah(k, skala)}
            />
            <small className="rapat-blok">
              <LabelBand band={k.band} skor={k.skor} />
            </small>
          </td>
          <td>
            <PilihLabel
              nilai={k.tingkat}
              pilihan={TINGKAT_KENDALA}
              label={LABEL_TINGKAT_KENDALA}
              ubah={(tingkat) => ubah(k, { tingkat })}
              aria-label={`Tingkat ${k.uraian}`}
            />
          </td>
          <td>
            <PilihStatus
              nilai={k.status}
              label={`Status ${k.uraian}`}
              labelNilai={LABEL_STATUS_KENDALA}
              ubah={(status) => ubah(k, { status })}
            />
          </td>
          <td>{k.solusi || '-'}</td>
          <td>
            {rujukan(k.asal)}
            {k.ditinjau.map((t) => (
              <small key={t.rapatId} className="keterangan rapat-blok">
                ditinjau: {rujukan(t)}
              </small>
            ))}
          </td>
          <td>{aksi?.(k)}</td>
        </tr>
      )}
    </Tabel>
  );
}

export function FormKendala({ rapatId, opd, tersimpan }: { rapatId: number; opd: Opd[]; tersimpan: () => void }) {
  const kosong: KendalaInput = {
    rapatId,
    uraian: '',
    opdId: null,
    tingkat: 'opd',
    status: 'belum',
    solusi: '',
    subKegiatanId: null,
    kategoriId: null,
    kemungkinan: null,
    dampak: null,
  };
  const { data, setData, galat, simpan } = useFormTambah({
    kunciDraf: `kendala.${rapatId}`,
    kosong,
    kerja: (d) => api('kendala.simpan', d),
    berhasil: 'Kendala dicatat',
    tersimpan,
  });
  const [pengaturan] = useMuat(() => api('pengaturan.ambil', {}), []);
  const skala = (nama: 'kemungkinan' | 'dampak', label: string) => (
    <Isian label={label} galat={galat[nama]}>
      <select value={data[nama] ?? ''} onChange={(e) => setData({ ...data, [nama]: Number(e.target.value) || null })}>
        <option value="">(belum dinilai)</option>
        {SKALA.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </Isian>
  );
  return (
    <div className="form-tambah" role="form" aria-label="Tambah kendala">
      <Isian label="Kendala" galat={galat['uraian']}>
        <textarea rows={2} value={data.uraian} onChange={(e) => setData({ ...data, uraian: e.target.value })} />
      </Isian>
      <Isian label="OPD" galat={galat['opdId']}>
        <select
          value={data.opdId ?? ''}
          onChange={(e) =>
            setData({ ...data, opdId: e.target.value === '' ? null : Number(e.target.value), subKegiatanId: null })
          }
        >
          <option value="">(lintas OPD)</option>
          <OpsiOpd opd={opd} />
        </select>
      </Isian>
      <Isian label="Sub kegiatan (opsional)" galat={galat['subKegiatanId']}>
        <PilihSubKegiatan
          opdId={data.opdId ?? null}
          tahun={pengaturan?.tahunAnggaran}
          nilai={data.subKegiatanId ?? null}
          ubah={(subKegiatanId) => setData({ ...data, subKegiatanId })}
          kosong="(tidak terkait satu sub kegiatan)"
        />
      </Isian>
      <Isian label="Kategori" galat={galat['kategoriId']}>
        <PilihKategori
          nilai={data.kategoriId ?? null}
          label="Kategori kendala"
          ubah={(kategoriId) => setData({ ...data, kategoriId })}
        />
      </Isian>
      {skala('kemungkinan', 'Kemungkinan (1-5)')}
      {skala('dampak', 'Dampak (1-5)')}
      <Isian label="Tingkat penanganan" galat={galat['tingkat']}>
        <select value={data.tingkat} onChange={(e) => setData({ ...data, tingkat: e.target.value as TingkatKendala })}>
          <OpsiLabel nilai={TINGKAT_KENDALA} label={LABEL_TINGKAT_KENDALA} />
        </select>
      </Isian>
      <Isian label="Solusi" galat={galat['solusi']}>
        <input value={data.solusi} onChange={(e) => setData({ ...data, solusi: e.target.value })} />
      </Isian>
      <button type="button" className="utama" onClick={() => void simpan()}>
        Catat kendala
      </button>
    </div>
  );
}
