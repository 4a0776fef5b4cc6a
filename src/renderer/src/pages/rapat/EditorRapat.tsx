// One meeting: its particulars and invitees (saved together), minutes, follow-ups, and documents.
import { useState } from 'react';
import type { Penandatangan } from '../../../../shared/api/penandatangan';
import type { Opd } from '../../../../shared/api/opd';
import type { Pengaturan } from '../../../../shared/api/pengaturan';
import { formatTanggal } from '../../../../shared/format';
import { LABEL_JENIS_RAPAT } from '../../../../shared/rapat';
import { api, pesanGalat } from '../../api/client';
import { galatPerKolom } from '../../components/Isian';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { dariRapat, keInput, rapatBaru, type FormRapat } from './bentuk';
import { DokumenRapat } from './DokumenRapat';
import { NotulenRapat } from './NotulenRapat';
import { PesertaRapat } from './PesertaRapat';
import { RincianRapat } from './RincianRapat';
import { TindakLanjutRapat } from './TindakLanjutRapat';

const TAB = [
  ['rincian', 'Rincian & acara'],
  ['peserta', 'Peserta & kehadiran'],
  ['notulen', 'Notulen'],
  ['tindak-lanjut', 'Tindak lanjut & kendala'],
  ['dokumen', 'Dokumen'],
] as const;
type Tab = (typeof TAB)[number][0];

export interface DataPendukung {
  opd: Opd[];
  penandatangan: Penandatangan[];
  pengaturan: Pengaturan;
}

export function EditorRapat({ id, tutup }: { id: number | 'baru'; tutup: () => void }) {
  const [muatan] = useMuat(async () => {
    const [opd, penandatangan, pengaturan] = await Promise.all([
      api('opd.daftar', {}),
      api('penandatangan.daftar', {}),
      api('pengaturan.ambil', {}),
    ]);
    const rapat = id === 'baru' ? rapatBaru(pengaturan.tahunAnggaran) : dariRapat(await api('rapat.ambil', { id }));
    return { pendukung: { opd, penandatangan, pengaturan }, rapat };
  }, [id]);
  if (!muatan) return <p className="keterangan">Memuat…</p>;
  return <Editor awal={muatan.rapat} pendukung={muatan.pendukung} tutup={tutup} />;
}

function Editor({ awal, pendukung, tutup }: { awal: FormRapat; pendukung: DataPendukung; tutup: () => void }) {
  const [form, setForm] = useState(awal);
  const [tab, setTab] = useState<Tab>('rincian');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();

  const simpan = async (): Promise<number | null> => {
    setSibuk(true);
    try {
      const r = await api('rapat.simpan', keInput(form));
      setForm(dariRapat(r));
      setGalat({});
      tampilkan('Rapat disimpan', 'sukses');
      return r.id;
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
      return null;
    } finally {
      setSibuk(false);
    }
  };

  const terbitkanNomor = async (nomorUrut: number | null) => {
    const rapatId = await simpan();
    if (rapatId === null) return;
    try {
      const r = await api('rapat.terbitkanNomor', { rapatId, nomorUrut });
      setForm(dariRapat(r));
      tampilkan(`Nomor surat: ${r.nomorSurat}`, 'sukses');
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  return (
    <section>
      <div className="kepala-halaman">
        <div>
          <button type="button" className="rapat-kembali" onClick={tutup}>
            ← Daftar rapat
          </button>
          <h1>{form.judul || 'Rapat baru'}</h1>
          <p className="keterangan">
            {LABEL_JENIS_RAPAT[form.jenis]} · {formatTanggal(form.tanggal)}
            {form.nomorSurat && ` · Nomor ${form.nomorSurat}`}
          </p>
        </div>
        <div className="aksi">
          <button type="button" className="utama" disabled={sibuk} onClick={() => void simpan()}>
            Simpan rapat
          </button>
        </div>
      </div>
      <div className="rapat-tab" role="tablist">
        {TAB.map(([kunci, label]) => (
          <button
            key={kunci}
            type="button"
            role="tab"
            aria-selected={tab === kunci}
            className={tab === kunci ? 'aktif' : undefined}
            disabled={form.id === undefined && kunci !== 'rincian' && kunci !== 'peserta'}
            title={form.id === undefined ? 'Simpan rapat terlebih dahulu' : undefined}
            onClick={() => setTab(kunci)}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'rincian' && (
        <RincianRapat
          form={form}
          setForm={setForm}
          galat={galat}
          pendukung={pendukung}
          terbitkanNomor={terbitkanNomor}
        />
      )}
      {tab === 'peserta' && (
        <PesertaRapat
          peserta={form.peserta}
          tujuan={form.tujuan}
          opd={pendukung.opd}
          galat={galat}
          ubah={(peserta) => setForm((f) => ({ ...f, peserta }))}
        />
      )}
      {tab === 'notulen' && form.id !== undefined && <NotulenRapat rapatId={form.id} />}
      {tab === 'tindak-lanjut' && form.id !== undefined && <TindakLanjutRapat rapatId={form.id} opd={pendukung.opd} />}
      {tab === 'dokumen' && form.id !== undefined && <DokumenRapat rapatId={form.id} simpanDulu={simpan} />}
    </section>
  );
}
