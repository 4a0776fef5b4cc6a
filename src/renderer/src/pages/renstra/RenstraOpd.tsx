// One OPD's Renstra for the period: programs with their RPJMD sasaran, targets and pagu per year, and the .xlsx import.
import { useState, type ChangeEvent } from 'react';
import type { PratinjauRenstra } from '../../../../shared/api/renstra';
import { formatAngka } from '../../../../shared/format';
import { api, pesanGalat } from '../../api/client';
import { bacaBase64 } from '../../components/berkas';
import { useMuat } from '../../components/useMuat';
import { useSimpan } from './bentuk';
import { GridRenstra } from './GridRenstra';

function ImporRenstra({ rpjmdId, opdId, onSelesai }: { rpjmdId: number; opdId: number; onSelesai: () => void }) {
  const [berkas, setBerkas] = useState<{
    nama: string;
    base64: string;
    pratinjau?: PratinjauRenstra;
    galat?: string;
  }>();
  const jalankan = useSimpan();
  const pilih = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const base64 = await bacaBase64(file);
    try {
      setBerkas({
        nama: file.name,
        base64,
        pratinjau: await api('renstra.imporPratinjau', { rpjmdId, opdId, namaBerkas: file.name, base64 }),
      });
    } catch (error) {
      setBerkas({ nama: file.name, base64, galat: pesanGalat(error) });
    }
  };
  const p = berkas?.pratinjau;
  return (
    <div className="impor">
      <label className="tombol">
        Impor target Renstra (.xlsx/.csv)…
        <input
          type="file"
          accept=".xlsx,.csv"
          hidden
          onChange={(e) => void pilih(e)}
          aria-label="Berkas impor Renstra"
        />
      </label>
      {berkas && (
        <div className="pratinjau" data-testid="pratinjau-renstra">
          <h3>{berkas.nama}</h3>
          {berkas.galat && <p className="pesan-salah">{berkas.galat}</p>}
          {p && (
            <>
              <ul>
                {p.ringkasan.map((r) => (
                  <li key={r}>{r}</li>
                ))}
                <li>Kolom dikenali: {p.kolomDikenali.map((k) => `${k.judul} → ${k.dibacaSebagai}`).join(', ')}</li>
              </ul>
              {p.masalah.length > 0 ? (
                <table className="tabel-masalah">
                  <caption>
                    {formatAngka(p.masalah.length)} masalah: perbaiki berkas lalu pilih ulang. Tidak ada yang diimpor.
                  </caption>
                  <tbody>
                    {p.masalah.slice(0, 200).map((m, i) => (
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
          <div className="dialog-aksi">
            <button type="button" onClick={() => setBerkas(undefined)}>
              Batal
            </button>
            <button
              type="button"
              className="utama"
              disabled={!p || p.masalah.length > 0}
              onClick={() =>
                void jalankan(
                  () =>
                    api('renstra.imporTerapkan', { rpjmdId, opdId, namaBerkas: berkas.nama, base64: berkas.base64 }),
                  `${berkas.nama} diimpor`,
                ).then(() => (setBerkas(undefined), onSelesai()))
              }
            >
              Impor sekarang
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

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
  const jalankan = useSimpan();
  if (!daftarRpjmd || !daftarOpd) return <p className="keterangan">Memuat…</p>;
  if (!rpjmd) return <p className="keterangan">Belum ada RPJMD yang mencakup tahun {tahun}. Isi pada tab RPJMD.</p>;
  const sasaran = (rinci?.misi ?? []).flatMap((m) =>
    m.tujuan.flatMap((t) =>
      t.sasaran.map((s) => ({ id: s.id, label: `${m.nomor}.${t.nomor}.${s.nomor} ${s.uraian}` })),
    ),
  );
  const tahunPeriode = [0, 1, 2, 3, 4].map((i) => rpjmd.tahunAwal + i);
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
    ).then((ok) => (ok && muatUlang(), ok));
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
  return (
    <>
      <div className="bilah-aksi">
        <label className="isian-sebaris">
          Perangkat daerah{' '}
          <select value={opdId ?? ''} onChange={(e) => setOpd(Number(e.target.value))} aria-label="OPD">
            {daftarOpd.map((o) => (
              <option key={o.id} value={o.id}>
                {o.nama}
              </option>
            ))}
          </select>
        </label>
        <span className="keterangan">
          Renstra periode RPJMD {rpjmd.tahunAwal}-{rpjmd.tahunAkhir}
        </span>
        {opdId && <ImporRenstra rpjmdId={rpjmd.id} opdId={opdId} onSelesai={muatUlang} />}
      </div>
      {renstra && <GridRenstra renstra={renstra} tahun={tahunPeriode} sasaran={sasaran} onTersimpan={muatUlang} />}
      <form
        className="renstra-tambah"
        onSubmit={(e) => {
          e.preventDefault();
          void simpanProgram(baru).then((ok) => ok && setBaru({ kode: '', nama: '', sasaranRpjmdId: '' }));
        }}
      >
        <input
          value={baru.kode}
          onChange={(e) => setBaru({ ...baru, kode: e.target.value })}
          placeholder="Kode, mis. 3.27.02"
          aria-label="Kode program baru"
          size={10}
        />
        <input
          value={baru.nama}
          onChange={(e) => setBaru({ ...baru, nama: e.target.value })}
          placeholder="Nama program"
          aria-label="Nama program baru"
        />
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
