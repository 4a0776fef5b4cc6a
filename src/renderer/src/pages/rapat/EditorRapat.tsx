// One meeting: its particulars and invitees (saved together), minutes, follow-ups, and documents.
import { useCallback, useState } from 'react';
import type { Penandatangan } from '../../../../shared/api/penandatangan';
import type { Opd } from '../../../../shared/api/opd';
import type { Pengaturan } from '../../../../shared/api/pengaturan';
import { formatTanggal } from '../../../../shared/format';
import { LABEL_JENIS_RAPAT } from '../../../../shared/rapat';
import { api, pesanGalat } from '../../api/client';
import { galatPerKolom } from '../../components/Isian';
import { useKonfirmasi } from '../../components/Konfirmasi';
import { useNotifikasi } from '../../components/Notifikasi';
import { useCegahPergi } from '../../components/useCegahPergi';
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
  // What is stored, to tell whether the form holds work not yet saved.
  const [tersimpan, setTersimpan] = useState(awal);
  const berubah = JSON.stringify(form) !== JSON.stringify(tersimpan);
  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  const tanyaPergi = useCallback(
    () =>
      konfirmasi(
        'Tinggalkan rapat tanpa menyimpan?',
        'Perubahan pada rincian, acara atau peserta rapat ini belum disimpan dan akan hilang.',
        'Tinggalkan',
      ),
    [konfirmasi],
  );
  useCegahPergi(berubah, tanyaPergi);
  const kembali = async () => {
    if (!berubah || (await tanyaPergi())) tutup();
  };
  const terima = (r: Parameters<typeof dariRapat>[0]) => {
    const f = dariRapat(r);
    setForm(f);
    setTersimpan(f);
  };
  const [tab, setTab] = useState<Tab>('rincian');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();

  const simpan = async (): Promise<number | null> => {
    setSibuk(true);
    try {
      const r = await api('rapat.simpan', keInput(form));
      terima(r);
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
      terima(r);
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
          <button type="button" className="rapat-kembali" onClick={() => void kembali()}>
            ← Daftar rapat
          </button>
          <h1>{form.judul || 'Rapat baru'}</h1>
          <p className="keterangan">
            {LABEL_JENIS_RAPAT[form.jenis]} · {formatTanggal(form.tanggal)}
            {form.nomorSurat && ` · Nomor ${form.nomorSurat}`}
          </p>
        </div>
        <div className="aksi">
          {berubah && (
            <span className="keterangan" data-testid="belum-disimpan">
              Belum disimpan
            </span>
          )}
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
      {dialogKonfirmasi}
    </section>
  );
}
