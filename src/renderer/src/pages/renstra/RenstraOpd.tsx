// One OPD's Renstra for the period: programs with their RPJMD sasaran, targets and pagu per year, and the .xlsx import.
import { useState } from 'react';
import { tahunPeriode } from '../../../../shared/renstra/periode';
import { api } from '../../api/client';
import { inputTeks } from '../../components/Isian';
import { useJalankan } from '../../components/useJalankan';
import { useMuat } from '../../components/useMuat';
import { Impor } from '../impor/Impor';
import { GridRenstra } from './GridRenstra';
import { OpsiOpd } from '../../components/PilihOpd';

export function RenstraOpd({ tahun }: { tahun: number }) {
  const [daftarOpd] = useMuat(() => api('opd.daftar', {}), []);
  const [daftarRpjmd] = useMuat(() => api('rpjmd.daftar', {}), []);
  const [opdPilihan, setOpd] = useState<number>();
  const rpjmd = daftarRpjmd?.find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir);
  const opdId = opdPilihan ?? daftarOpd?.[0]?.id;
  const [rinci] = useMuat(() => (rpjmd ? api('rpjmd.rincian', { id: rpjmd.id }) : Promise.resolve(null)), [rpjmd?.id]);
  const [renstra, muatUlang] = useMuat(
    () => (rpjmd && opdId ? api('renstra.daftar', { rpjmdId: rpjmd.id, opdId }) : Promise.resolve(null)),
    [rpjmd?.id, opdId],
  );
  const [baru, setBaru] = useState({ kode: '', nama: '', sasaranRpjmdId: '' });
  const jalankan = useJalankan();
  if (!daftarRpjmd || !daftarOpd) return <p className="keterangan">Memuat…</p>;
  if (!rpjmd) return <p className="keterangan">Belum ada RPJMD yang mencakup tahun {tahun}. Isi pada tab RPJMD.</p>;
  const sasaran = (rinci?.misi ?? []).flatMap((m) =>
    m.tujuan.flatMap((t) =>
      t.sasaran.map((s) => ({ id: s.id, label: `${m.nomor}.${t.nomor}.${s.nomor} ${s.uraian}` })),
    ),
  );
  const tahunRpjmd = tahunPeriode(rpjmd);
  const simpanProgram = (p: { id?: number; kode: string; nama: string; sasaranRpjmdId: string }) =>
    jalankan(
      () =>
        api('renstra.simpanProgram', {
          ...(p.id ? { id: p.id } : {}),
          rpjmdId: rpjmd.id,
          opdId: opdId!,
          kode: p.kode,
          nama: p.nama,
          sasaranRpjmdId: p.sasaranRpjmdId ? Number(p.sasaranRpjmdId) : null,
        }),
      `Program ${p.kode} disimpan`,
    ).then(({ ok }) => (ok && muatUlang(), ok));
  const pilihSasaran = (nilai: string, onChange: (v: string) => void, label: string) => (
    <select value={nilai} onChange={(e) => onChange(e.target.value)} aria-label={label}>
      <option value="">(belum mendukung sasaran RPJMD)</option>
      {sasaran.map((s) => (
        <option key={s.id} value={s.id}>
          {s.label}
        </option>
      ))}
    </select>
  );
  const input = inputTeks(baru, setBaru);
  return (
    <>
      <div className="bilah-aksi">
        <label className="isian-sebaris">
          Perangkat daerah{' '}
          <select value={opdId ?? ''} onChange={(e) => setOpd(Number(e.target.value))} aria-label="OPD">
            <OpsiOpd opd={daftarOpd} />
          </select>
        </label>
        <span className="keterangan">
          Renstra periode RPJMD {rpjmd.tahunAwal}-{rpjmd.tahunAkhir}
        </span>
        {opdId && <Impor jenis="renstra" rpjmdId={rpjmd.id} opdId={opdId} onSelesai={muatUlang} />}
      </div>
      {renstra && <GridRenstra renstra={renstra} tahun={tahunRpjmd} sasaran={sasaran} onTersimpan={muatUlang} />}
      <form
        className="renstra-tambah"
        onSubmit={(e) => {
          e.preventDefault();
          void simpanProgram(baru).then((ok) => ok && setBaru({ kode: '', nama: '', sasaranRpjmdId: '' }));
        }}
      >
        {input('kode', 'Kode program baru', { placeholder: 'Kode, mis. 3.27.02', size: 10 })}
        {input('nama', 'Nama program baru', { placeholder: 'Nama program' })}
        {pilihSasaran(
          baru.sasaranRpjmdId,
          (v) => setBaru({ ...baru, sasaranRpjmdId: v }),
          'Sasaran RPJMD program baru',
        )}
        <button type="submit">Tambah program Renstra</button>
      </form>
    </>
  );
}
