// RPJMD entry: the period with the regent's visi, then misi, tujuan, sasaran, their indicators with yearly targets, and priorities.
import { useEffect, useState, type FormEvent } from 'react';
import { tahunPeriode } from '../../../../shared/renstra/periode';
import { LABEL_PRIORITAS, TINGKAT_PRIORITAS, type Rpjmd, type TingkatPrioritas } from '../../../../shared/api/renstra';
import { api } from '../../api/client';
import { Isian, isianTeks, ubahKolom, inputTeks } from '../../components/Isian';
import { kirimForm, useFormTambah } from '../../components/useFormTambah';
import { useJalankan, useSimpanForm } from '../../components/useJalankan';
import { useMuat } from '../../components/useMuat';
import { bacaAngka } from './simpanRenstra';
import { IndikatorRpjmd } from './IndikatorRpjmd';
import { FormTambah } from './TambahRenstra';
import { PilihLabel } from '../../components/OpsiLabel';

function FormPeriode({ rpjmd, onTersimpan }: { rpjmd: Rpjmd | null; onTersimpan: (id: number) => void }) {
  const [form, setForm] = useState({ tahunAwal: '', namaBupati: '', namaWakil: '', visi: '' });
  const { galat, simpan: jalankan } = useSimpanForm();
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the form follows the period chosen above it
    setForm({
      tahunAwal: rpjmd ? String(rpjmd.tahunAwal) : '',
      namaBupati: rpjmd?.namaBupati ?? '',
      namaWakil: rpjmd?.namaWakil ?? '',
      visi: rpjmd?.visi ?? '',
    });
  }, [rpjmd]);
  const simpan = async () => {
    await jalankan(
      () =>
        api('rpjmd.simpan', {
          ...(rpjmd ? { id: rpjmd.id } : {}),
          tahunAwal: Number(form.tahunAwal) || (form.tahunAwal as unknown as number),
          namaBupati: form.namaBupati,
          namaWakil: form.namaWakil,
          visi: form.visi,
        }).then(({ id }) => onTersimpan(id)),
      'RPJMD disimpan',
    );
  };
  const ubah = ubahKolom(setForm);
  const teks = isianTeks(form, setForm, galat);
  return (
    <form className="rapat-form" onSubmit={kirimForm(simpan)}>
      {teks('tahunAwal', 'Tahun awal periode', { inputMode: 'numeric' })}
      {teks('namaBupati', 'Nama bupati')}
      {teks('namaWakil', 'Nama wakil bupati')}
      <Isian label="Visi" galat={galat['visi']}>
        <textarea value={form.visi} onChange={ubah('visi')} rows={2} aria-label="Visi" />
      </Isian>
      <button type="submit" className="utama">
        {rpjmd ? 'Simpan perubahan' : 'Simpan RPJMD baru'}
      </button>
    </form>
  );
}

/** One line to add a numbered misi, tujuan or sasaran. */
function TambahButir({
  label,
  nomorBerikut,
  simpan,
}: {
  label: string;
  nomorBerikut: number;
  simpan: (nomor: number, uraian: string) => Promise<unknown>;
}) {
  const {
    data: uraian,
    setData: setUraian,
    simpan: tambah,
  } = useFormTambah({
    kunciDraf: `rpjmd.${label}`,
    kosong: '',
    kerja: (u) => simpan(nomorBerikut, u),
    berhasil: `${label} ${nomorBerikut} ditambahkan`,
  });
  return (
    <FormTambah simpan={tambah} tombol={`Tambah ${label.toLowerCase()}`}>
      <input
        value={uraian}
        onChange={(e) => setUraian(e.target.value)}
        placeholder={`${label} ${nomorBerikut}…`}
        aria-label={`${label} baru`}
      />
    </FormTambah>
  );
}

function TambahIndikator({
  sasaranId,
  tahun,
  onTersimpan,
}: {
  sasaranId: number;
  tahun: number[];
  onTersimpan: () => void;
}) {
  const [form, setForm] = useState({ uraian: '', satuan: '', baseline: '', arah: 'positif' as 'positif' | 'negatif' });
  const [target, setTarget] = useState<string[]>(tahun.map(() => ''));
  const [salah, setSalah] = useState('');
  const jalankan = useJalankan();
  const simpan = async (e: FormEvent) => {
    e.preventDefault();
    const baseline = bacaAngka(form.baseline, 'Baseline');
    const nilai = target.map((t, i) => ({ tahun: tahun[i]!, target: bacaAngka(t, `Target ${tahun[i]}`) }));
    const galat = [baseline, ...nilai.map((n) => n.target)].find((x) => typeof x === 'string');
    if (typeof galat === 'string') return setSalah(galat);
    setSalah('');
    const { ok } = await jalankan(
      () =>
        api('rpjmd.simpanIndikator', {
          sasaranId,
          uraian: form.uraian,
          satuan: form.satuan,
          baseline: baseline as number | null,
          arah: form.arah,
          nilai: nilai.map((n) => ({ tahun: n.tahun, target: n.target as number | null })),
        }),
      'Indikator sasaran disimpan',
    );
    if (ok) onTersimpan();
  };
  const input = inputTeks(form, setForm);
  return (
    <form className="renstra-tambah" onSubmit={(e) => void simpan(e)}>
      {input('uraian', 'Indikator baru', { placeholder: 'Indikator…' })}
      {input('satuan', 'Satuan', { placeholder: 'Satuan', size: 8 })}
      {input('baseline', 'Baseline', { placeholder: 'Baseline', size: 7 })}
      <select
        value={form.arah}
        onChange={(e) => setForm({ ...form, arah: e.target.value as 'positif' | 'negatif' })}
        aria-label="Arah"
      >
        <option value="positif">Makin tinggi makin baik</option>
        <option value="negatif">Makin rendah makin baik</option>
      </select>
      {tahun.map((t, i) => (
        <input
          key={t}
          value={target[i]}
          onChange={(e) => setTarget(target.map((x, j) => (j === i ? e.target.value : x)))}
          placeholder={`Target ${t}`}
          aria-label={`Target ${t}`}
          size={7}
        />
      ))}
      <button type="submit">Tambah indikator</button>
      {salah && <small className="pesan-salah">{salah}</small>}
    </form>
  );
}

function Prioritas({ rpjmd, onTersimpan }: { rpjmd: Rpjmd; onTersimpan: () => void }) {
  const {
    data: form,
    setData: setForm,
    simpan,
  } = useFormTambah({
    kunciDraf: 'rpjmd.prioritas',
    kosong: { tingkat: 'daerah' as TingkatPrioritas, nama: '', sasaranIds: [] as number[] },
    kerja: (f) => api('rpjmd.simpanPrioritas', { rpjmdId: rpjmd.id, ...f }),
    berhasil: 'Prioritas disimpan',
    kosongkan: (f) => ({ ...f, nama: '', sasaranIds: [] }),
    tersimpan: onTersimpan,
  });
  const sasaran = rpjmd.misi.flatMap((m) =>
    m.tujuan.flatMap((t) => t.sasaran.map((s) => ({ ...s, kode: `${m.nomor}.${t.nomor}.${s.nomor}` }))),
  );
  const input = inputTeks(form, setForm);
  return (
    <div className="renstra-blok">
      <h3>Prioritas daerah, provinsi dan nasional</h3>
      <ul>
        {rpjmd.prioritas.map((p) => (
          <li key={p.id}>
            <strong>{LABEL_PRIORITAS[p.tingkat]}:</strong> {p.nama} — sasaran{' '}
            {p.sasaranIds.map((id) => sasaran.find((s) => s.id === id)?.kode).join(', ') || '-'}
          </li>
        ))}
      </ul>
      <FormTambah simpan={simpan} tombol="Tambah prioritas">
        <PilihLabel
          nilai={form.tingkat}
          pilihan={TINGKAT_PRIORITAS}
          label={LABEL_PRIORITAS}
          ubah={(v) => setForm({ ...form, tingkat: v })}
          aria-label="Tingkat prioritas"
        />
        {input('nama', 'Nama prioritas', { placeholder: 'Nama prioritas, mis. SMAS' })}
        <select
          multiple
          value={form.sasaranIds.map(String)}
          onChange={(e) => setForm({ ...form, sasaranIds: [...e.target.selectedOptions].map((o) => Number(o.value)) })}
          aria-label="Sasaran yang didukung"
        >
          {sasaran.map((s) => (
            <option key={s.id} value={s.id}>
              {s.kode} {s.uraian}
            </option>
          ))}
        </select>
      </FormTambah>
    </div>
  );
}

export function RpjmdForm({ tahun }: { tahun: number }) {
  const [daftar, muatDaftar] = useMuat(() => api('rpjmd.daftar', {}), []);
  const [pilihan, setPilihan] = useState<number | 'baru' | undefined>();
  const bawaan = daftar?.find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir)?.id ?? daftar?.[0]?.id;
  const id = pilihan === 'baru' ? undefined : (pilihan ?? bawaan);
  const [rpjmd, muatUlang] = useMuat(() => (id ? api('rpjmd.rincian', { id }) : Promise.resolve(null)), [id]);
  const tahunRpjmd = rpjmd ? tahunPeriode(rpjmd) : [];

  return (
    <>
      <div className="bilah-aksi">
        <label className="isian-sebaris">
          Periode{' '}
          <select
            value={pilihan === 'baru' ? 'baru' : (id ?? 'baru')}
            onChange={(e) => setPilihan(e.target.value === 'baru' ? 'baru' : Number(e.target.value))}
            aria-label="Periode RPJMD"
          >
            {daftar?.map((r) => (
              <option key={r.id} value={r.id}>
                RPJMD {r.tahunAwal}-{r.tahunAkhir}
              </option>
            ))}
            <option value="baru">RPJMD baru…</option>
          </select>
        </label>
      </div>
      <FormPeriode
        rpjmd={pilihan === 'baru' ? null : (rpjmd ?? null)}
        onTersimpan={(baru) => {
          muatDaftar();
          setPilihan(baru);
          muatUlang();
        }}
      />
      {rpjmd && pilihan !== 'baru' && (
        <div className="renstra-rpjmd">
          <IndikatorRpjmd rpjmd={rpjmd} onTersimpan={muatUlang} />
          {rpjmd.misi.map((m) => (
            <div key={m.id} className="renstra-blok">
              <h3>
                Misi {m.nomor}: {m.uraian}
              </h3>
              {m.tujuan.map((t) => (
                <div key={t.id} className="renstra-anak">
                  <h4>
                    Tujuan {m.nomor}.{t.nomor}: {t.uraian}
                  </h4>
                  {t.sasaran.map((s) => (
                    <div key={s.id} className="renstra-anak">
                      <h5>
                        Sasaran {m.nomor}.{t.nomor}.{s.nomor}: {s.uraian}
                      </h5>
                      {s.indikator.length > 0 && (
                        <p className="keterangan">
                          Indikator: {s.indikator.map((i) => `${i.uraian} (${i.satuan || 'tanpa satuan'})`).join('; ')}
                        </p>
                      )}
                      <TambahIndikator sasaranId={s.id} tahun={tahunRpjmd} onTersimpan={muatUlang} />
                    </div>
                  ))}
                  <TambahButir
                    label="Sasaran"
                    nomorBerikut={(t.sasaran.at(-1)?.nomor ?? 0) + 1}
                    simpan={(nomor, uraian) =>
                      api('rpjmd.simpanSasaran', { tujuanId: t.id, nomor, uraian }).then(muatUlang)
                    }
                  />
                </div>
              ))}
              <TambahButir
                label="Tujuan"
                nomorBerikut={(m.tujuan.at(-1)?.nomor ?? 0) + 1}
                simpan={(nomor, uraian) => api('rpjmd.simpanTujuan', { misiId: m.id, nomor, uraian }).then(muatUlang)}
              />
            </div>
          ))}
          <TambahButir
            label="Misi"
            nomorBerikut={(rpjmd.misi.at(-1)?.nomor ?? 0) + 1}
            simpan={(nomor, uraian) => api('rpjmd.simpanMisi', { rpjmdId: rpjmd.id, nomor, uraian }).then(muatUlang)}
          />
          <Prioritas rpjmd={rpjmd} onTersimpan={muatUlang} />
        </div>
      )}
    </>
  );
}
