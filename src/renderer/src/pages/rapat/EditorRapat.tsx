// One meeting: its particulars and invitees (saved together), minutes (saved as they are typed), follow-ups, and
// documents. What is typed in one tab is held here, above the tabs, so switching tabs loses nothing.
import { useCallback, useState } from 'react';
import type { Penandatangan } from '../../../../shared/api/penandatangan';
import type { Opd } from '../../../../shared/api/opd';
import type { Pengaturan } from '../../../../shared/api/pengaturan';
import type { Rapat } from '../../../../shared/api/rapat';
import { formatTanggal } from '../../../../shared/format';
import { LABEL_JENIS_RAPAT } from '../../../../shared/rapat';
import { api } from '../../api/client';
import { DaftarTab } from '../../components/DaftarTab';
import { useKonfirmasi } from '../../components/Konfirmasi';
import { useCegahPergi } from '../../components/useCegahPergi';
import { PenyimpanDraf } from '../../components/useDraf';
import { useMuat } from '../../components/useMuat';
import { dariNotulen, dariRapat, rapatBaru, type FormNotulen, type FormRapat } from './formRapat';
import { DokumenRapat } from './DokumenRapat';
import { NotulenRapat } from './NotulenRapat';
import { PesertaRapat } from './PesertaRapat';
import { RincianRapat } from './RincianRapat';
import { TindakLanjutRapat } from './TindakLanjutRapat';
import { useSimpanRapat } from './useSimpanRapat';

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
    const rapat = id === 'baru' ? null : await api('rapat.ambil', { id });
    return {
      pendukung: { opd, penandatangan, pengaturan },
      rapat: rapat ? dariRapat(rapat) : rapatBaru(),
      notulen: dariNotulen(rapat?.notulen ?? NOTULEN_KOSONG),
      sah: rapat?.notulenSah ?? null,
    };
  }, [id]);
  if (!muatan) return <p className="keterangan">Memuat…</p>;
  return (
    <Editor
      awal={muatan.rapat}
      awalNotulen={muatan.notulen}
      awalSah={muatan.sah}
      pendukung={muatan.pendukung}
      tutup={tutup}
    />
  );
}

const NOTULEN_KOSONG: Rapat['notulen'] = {
  notulisNama: '',
  notulisNip: '',
  pembukaan: '',
  kesimpulan: '',
  pembahasan: [],
};

/** The editor's heading: back to the list, the meeting's title and date, and its save button. */
function KepalaEditor({
  form,
  berubah,
  sibuk,
  simpan,
  kembali,
}: {
  form: FormRapat;
  berubah: boolean;
  sibuk: boolean;
  simpan: () => Promise<unknown>;
  kembali: () => Promise<void>;
}) {
  return (
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
  );
}

function Editor({
  awal,
  awalNotulen,
  awalSah,
  pendukung,
  tutup,
}: {
  awal: FormRapat;
  awalNotulen: FormNotulen;
  awalSah: Rapat['notulenSah'];
  pendukung: DataPendukung;
  tutup: () => void;
}) {
  const rapat = useSimpanRapat(awal, awalNotulen);
  const { form, setForm, tersimpan, berubah, notulen, setNotulen, otomatis, galat, sibuk } = rapat;
  const { simpan, simpanSemua, terbitkanNomor } = rapat;
  const { simpanSekarang: simpanNotulenSekarang } = otomatis;
  const [sah, setSah] = useState(awalSah);
  // Drafts of the smaller forms inside the tabs (a person not yet added, a follow-up not yet recorded).
  const [draf] = useState(() => new Map<string, unknown>());

  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  /** Saves the minutes if they can be saved, then asks only about what is still unsaved. */
  const tanyaPergi = useCallback(async () => {
    const catatan = await simpanNotulenSekarang();
    if (!berubah && catatan.ok) return true;
    const bagian = [berubah && 'rincian, acara atau peserta', !catatan.ok && 'notulen'].filter(Boolean).join(' dan ');
    return konfirmasi(
      'Tinggalkan rapat tanpa menyimpan?',
      `Perubahan pada ${bagian} rapat ini belum disimpan dan akan hilang.`,
      'Tinggalkan',
    );
  }, [konfirmasi, berubah, simpanNotulenSekarang]);
  useCegahPergi(berubah || otomatis.berubah, tanyaPergi);
  const kembali = async () => {
    if (await tanyaPergi()) tutup();
  };
  const [tab, setTab] = useState<Tab>('rincian');
  const pilihTab = (kunci: Tab) => {
    if (tab === 'notulen' && kunci !== 'notulen') void simpanNotulenSekarang();
    setTab(kunci);
  };
  return (
    <section>
      <KepalaEditor form={form} berubah={berubah} sibuk={sibuk} simpan={simpan} kembali={kembali} />
      <DaftarTab
        tab={TAB}
        aktif={tab}
        pilih={pilihTab}
        tertutup={(kunci) =>
          form.id === undefined && kunci !== 'rincian' && kunci !== 'peserta'
            ? 'Simpan rapat terlebih dahulu'
            : undefined
        }
      />
      <PenyimpanDraf value={draf}>
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
        {tab === 'notulen' && form.id !== undefined && (
          <NotulenRapat
            notulen={notulen}
            ubah={setNotulen}
            acara={tersimpan.acara}
            otomatis={otomatis}
            rapatId={form.id}
            sah={sah}
            ubahSah={setSah}
          />
        )}
        {tab === 'tindak-lanjut' && form.id !== undefined && (
          <TindakLanjutRapat rapatId={form.id} opd={pendukung.opd} />
        )}
        {tab === 'dokumen' && form.id !== undefined && <DokumenRapat rapatId={form.id} simpanDulu={simpanSemua} />}
      </PenyimpanDraf>
      {dialogKonfirmasi}
    </section>
  );
}
