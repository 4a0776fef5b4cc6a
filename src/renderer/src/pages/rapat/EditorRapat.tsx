// One meeting: its particulars and invitees (saved together), minutes (saved as they are typed), follow-ups, and
// documents. What is typed in one tab is held here, above the tabs, so switching tabs loses nothing.
import { useCallback, useRef, useState } from 'react';
import type { Penandatangan } from '../../../../shared/api/penandatangan';
import type { Opd } from '../../../../shared/api/opd';
import type { Pengaturan } from '../../../../shared/api/pengaturan';
import type { Rapat } from '../../../../shared/api/rapat';
import { formatTanggal } from '../../../../shared/format';
import { LABEL_JENIS_RAPAT } from '../../../../shared/rapat';
import { api, pesanGalat } from '../../api/client';
import { galatPerKolom } from '../../components/Isian';
import { useKonfirmasi } from '../../components/Konfirmasi';
import { useNotifikasi } from '../../components/Notifikasi';
import { useCegahPergi } from '../../components/useCegahPergi';
import { PenyimpanDraf } from '../../components/useDraf';
import { useMuat } from '../../components/useMuat';
import { useSimpanOtomatis } from '../../components/useSimpanOtomatis';
import {
  butirKosong,
  dariNotulen,
  dariRapat,
  keInput,
  keNotulenInput,
  rapatBaru,
  type FormNotulen,
  type FormRapat,
} from './formRapat';
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
    const rapat = id === 'baru' ? null : await api('rapat.ambil', { id });
    return {
      pendukung: { opd, penandatangan, pengaturan },
      rapat: rapat ? dariRapat(rapat) : rapatBaru(pengaturan.tahunAnggaran),
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
  const [form, setForm] = useState(awal);
  // What is stored, to tell whether the form holds work not yet saved.
  const [tersimpan, setTersimpan] = useState(awal);
  const berubah = JSON.stringify(form) !== JSON.stringify(tersimpan);
  const [notulen, setNotulen] = useState(awalNotulen);
  const [sah, setSah] = useState(awalSah);
  // Drafts of the smaller forms inside the tabs (a person not yet added, a follow-up not yet recorded).
  const [draf] = useState(() => new Map<string, unknown>());

  // The meeting and its minutes live on one row with one revision: their saves go one at a time, each sending the
  // revision the previous one left, so the editor never refuses its own save as someone else's change.
  const revisi = useRef(awal.revisi);
  const antrean = useRef<Promise<unknown>>(Promise.resolve());
  const berurutan = useCallback(<R,>(kerja: () => Promise<R>): Promise<R> => {
    const hasil = antrean.current.catch(() => undefined).then(kerja);
    antrean.current = hasil;
    return hasil;
  }, []);
  const catatRevisi = useCallback((r: Rapat) => {
    revisi.current = r.revisi;
    setForm((f) => ({ ...f, revisi: r.revisi }));
    setTersimpan((f) => ({ ...f, revisi: r.revisi }));
  }, []);

  const rapatId = form.id;
  const simpanNotulen = useCallback(
    async (n: FormNotulen) => {
      if (rapatId === undefined) return;
      catatRevisi(await berurutan(() => api('rapat.simpanNotulen', keNotulenInput(n, rapatId, revisi.current))));
    },
    [rapatId, berurutan, catatRevisi],
  );
  const otomatis = useSimpanOtomatis({
    draf: notulen,
    simpan: simpanNotulen,
    siap: rapatId !== undefined && butirKosong(notulen).length === 0,
  });
  const { simpanSekarang: simpanNotulenSekarang } = otomatis;

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
  const terima = (r: Rapat) => {
    revisi.current = r.revisi;
    const f = dariRapat(r);
    setForm(f);
    setTersimpan(f);
    // An agenda item removed from the meeting leaves its discussion under "Lain-lain", as main does.
    const acara = new Set(r.acara.map((a) => a.id));
    setNotulen((n) =>
      n.pembahasan.every((b) => b.acaraId === null || acara.has(b.acaraId))
        ? n
        : {
            ...n,
            pembahasan: n.pembahasan.map((b) =>
              b.acaraId !== null && !acara.has(b.acaraId) ? { ...b, acaraId: null } : b,
            ),
          },
    );
  };
  const [tab, setTab] = useState<Tab>('rincian');
  const pilihTab = (kunci: Tab) => {
    if (tab === 'notulen' && kunci !== 'notulen') void simpanNotulenSekarang();
    setTab(kunci);
  };
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();

  const simpan = async (): Promise<number | null> => {
    setSibuk(true);
    try {
      const r = await berurutan(() => api('rapat.simpan', { ...keInput(form), revisi: revisi.current }));
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

  /** Before a document is made: the meeting and its minutes, as the documents are made from what is stored. */
  const simpanSemua = async (): Promise<number | null> => {
    const id = await simpan();
    if (id === null) return null;
    const catatan = await simpanNotulenSekarang(true);
    if (catatan.ok) return id;
    tampilkan(`Notulen belum tersimpan: ${pesanGalat(catatan.galat)}`, 'galat');
    return null;
  };

  const terbitkanNomor = async (nomorUrut: number | null) => {
    const rapatId = await simpan();
    if (rapatId === null) return;
    try {
      const r = await berurutan(() => api('rapat.terbitkanNomor', { rapatId, nomorUrut }));
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
            onClick={() => pilihTab(kunci)}
          >
            {label}
          </button>
        ))}
      </div>
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
