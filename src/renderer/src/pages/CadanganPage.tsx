// Cadangan & Pemulihan: the automatic backups, backing up now (to the backup folder or a flash disk), and restoring a
// backup after seeing what it holds.
import { useState } from 'react';
import {
  LABEL_ALASAN,
  type AturanCadangan,
  type DaftarCadangan as DataCadangan,
  type PratinjauCadangan,
} from '../../../shared/api/cadangan';
import { formatAngka, formatTanggal } from '../../../shared/format';
import { api, pesanGalat } from '../api/client';
import { Isian } from '../components/Isian';
import { useKonfirmasi } from '../components/Konfirmasi';
import { useMuat } from '../components/useMuat';
import { useNotifikasi } from '../components/Notifikasi';
import { Tabel } from '../components/Tabel';

const dua = (n: number) => String(n).padStart(2, '0');

function waktu(iso: string): string {
  const d = new Date(iso);
  return `${formatTanggal(d)} pukul ${dua(d.getHours())}.${dua(d.getMinutes())}`;
}

const ukuran = (bita: number) => `${formatAngka(bita / 1024 / 1024, 1)} MB`;

/** A folder or file typed by the user or, in the desktop app, picked in a dialog; then one action on it. */
function Lokasi(props: {
  jenis: 'folder' | 'berkas';
  label: string;
  contoh: string;
  tombol: string;
  sibuk: boolean;
  aksi: (path: string) => void;
}) {
  const [nilai, setNilai] = useState('');
  const { tampilkan } = useNotifikasi();
  // The browser cannot tell the server which file the user means: there the path is typed.
  const desktop = Boolean(window.sinergi);
  const pilih = () =>
    api('cadangan.pilih', { jenis: props.jenis }).then(
      ({ path }) => path && setNilai(path),
      (e: unknown) => tampilkan(pesanGalat(e), 'galat'),
    );
  return (
    <div className="baris-aksi">
      <Isian label={props.label}>
        <input value={nilai} placeholder={props.contoh} onChange={(e) => setNilai(e.target.value)} />
      </Isian>
      {desktop && (
        <button type="button" disabled={props.sibuk} onClick={() => void pilih()}>
          {props.jenis === 'folder' ? 'Pilih folder…' : 'Pilih berkas…'}
        </button>
      )}
      <button type="button" disabled={props.sibuk || !nilai.trim()} onClick={() => props.aksi(nilai.trim())}>
        {props.tombol}
      </button>
    </div>
  );
}

export function CadanganPage() {
  const [daftar, muatUlang] = useMuat(() => api('cadangan.daftar', {}), []);
  const [pratinjau, setPratinjau] = useState<PratinjauCadangan | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();

  const jalankan = async (aksi: () => Promise<void>) => {
    setSibuk(true);
    try {
      await aksi();
    } catch (e) {
      tampilkan(pesanGalat(e), 'galat');
    } finally {
      setSibuk(false);
    }
  };

  const cadangkan = (folder?: string) =>
    jalankan(async () => {
      const berkas = await api('cadangan.buatSekarang', folder ? { folder } : {});
      tampilkan(`Cadangan dibuat: ${berkas.path}`, 'sukses');
      muatUlang();
    });

  const lihat = (path: string) => jalankan(async () => setPratinjau(await api('cadangan.pratinjau', { path })));

  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  const pulihkan = async (p: PratinjauCadangan) => {
    const yakin = await konfirmasi(
      `Pulihkan data dari ${p.path}?`,
      'Data yang sekarang dicadangkan dulu, lalu diganti dengan isi cadangan ini ' +
        `(tahun anggaran ${p.tahunAnggaran ?? '-'}, ${formatAngka(p.jumlahOpd)} OPD, perubahan terakhir ` +
        `${waktu(p.perubahanTerakhir)}).`,
      'Pulihkan',
    );
    if (!yakin) return;
    void jalankan(async () => {
      const hasil = await api('cadangan.pulihkan', { path: p.path });
      setPratinjau(null);
      tampilkan(`Data dipulihkan. Keadaan sebelumnya disimpan di ${hasil.cadanganSebelum}`, 'sukses');
      muatUlang();
    });
  };

  if (!daftar) return <p className="keterangan">Memuat…</p>;

  return (
    <section className="halaman-cadangan">
      <h1>Cadangan &amp; Pemulihan</h1>
      <p className="keterangan">
        Sinergi mencadangkan data secara otomatis sekali sehari saat dibuka, sebelum pembaruan skema, dan sebelum impor.
        Cadangan disimpan di <code>{daftar.folder}</code>.
      </p>

      <h2>Cadangkan sekarang</h2>
      <div className="baris-aksi">
        <button type="button" className="utama" disabled={sibuk} onClick={() => void cadangkan()}>
          Cadangkan ke folder cadangan
        </button>
      </div>
      <Lokasi
        jenis="folder"
        label="Ke folder lain (flash disk atau folder jaringan)"
        contoh="misalnya E:\ atau D:\Cadangan Sinergi"
        tombol="Cadangkan ke folder ini"
        sibuk={sibuk}
        aksi={(folder) => void cadangkan(folder)}
      />

      <h2>Daftar cadangan</h2>
      <DaftarCadangan berkas={daftar.berkas} sibuk={sibuk} lihat={(path) => void lihat(path)} />

      <h2>Pulihkan dari berkas lain</h2>
      <Lokasi
        jenis="berkas"
        label="Berkas cadangan (.sqlite)"
        contoh="misalnya E:\sinergi-2026-11-25-0930-manual.sqlite"
        tombol="Lihat isi"
        sibuk={sibuk}
        aksi={(path) => void lihat(path)}
      />

      {pratinjau && (
        <IsiCadangan
          pratinjau={pratinjau}
          sibuk={sibuk}
          pulihkan={() => void pulihkan(pratinjau)}
          batal={() => setPratinjau(null)}
        />
      )}

      <AturanOtomatis daftar={daftar} sibuk={sibuk} jalankan={jalankan} muatUlang={muatUlang} />
      {dialogKonfirmasi}
    </section>
  );
}

/** The backups in the backup folder, newest first, each one can be opened to see what it holds. */
function DaftarCadangan({
  berkas,
  sibuk,
  lihat,
}: {
  berkas: DataCadangan['berkas'];
  sibuk: boolean;
  lihat: (path: string) => void;
}) {
  return (
    <Tabel kelas="tabel-sederhana" kolom={['Waktu', 'Jenis', 'Ukuran', '']} baris={berkas} kosong="Belum ada cadangan.">
      {(b) => (
        <tr key={b.path}>
          <td>{waktu(b.dibuatPada)}</td>
          <td>{LABEL_ALASAN[b.alasan]}</td>
          <td>{ukuran(b.ukuran)}</td>
          <td>
            <button type="button" disabled={sibuk} onClick={() => lihat(b.path)}>
              Lihat isi
            </button>
          </td>
        </tr>
      )}
    </Tabel>
  );
}

/** What a backup holds, read before it replaces the data. */
function IsiCadangan({
  pratinjau: p,
  sibuk,
  pulihkan,
  batal,
}: {
  pratinjau: PratinjauCadangan;
  sibuk: boolean;
  pulihkan: () => void;
  batal: () => void;
}) {
  return (
    <div className="kartu pratinjau-cadangan" aria-label="Isi cadangan">
      <h2>Isi cadangan</h2>
      <dl>
        <dt>Berkas</dt>
        <dd>
          <code>{p.path}</code> ({ukuran(p.ukuran)})
        </dd>
        <dt>Pemerintah daerah</dt>
        <dd>{p.namaPemda || '-'}</dd>
        <dt>Tahun anggaran</dt>
        <dd>{p.tahunAnggaran ?? '-'}</dd>
        <dt>Jumlah OPD</dt>
        <dd data-testid="pratinjau-opd">{formatAngka(p.jumlahOpd)}</dd>
        <dt>Perubahan terakhir</dt>
        <dd>{waktu(p.perubahanTerakhir)}</dd>
        <dt>Versi skema</dt>
        <dd>{p.versiSkema}</dd>
      </dl>
      <div className="baris-aksi">
        <button type="button" className="utama" disabled={sibuk} onClick={pulihkan}>
          Pulihkan data ini
        </button>
        <button type="button" disabled={sibuk} onClick={batal}>
          Batal
        </button>
      </div>
    </div>
  );
}

/** How many automatic backups are kept per kind and how much room they may take. */
function AturanOtomatis({
  daftar,
  sibuk,
  jalankan,
  muatUlang,
}: {
  daftar: DataCadangan;
  sibuk: boolean;
  jalankan: (aksi: () => Promise<void>) => Promise<void>;
  muatUlang: () => void;
}) {
  const [aturan, setAturan] = useState<Partial<AturanCadangan>>({});
  const { tampilkan } = useNotifikasi();
  // Only what was changed is sent: the other value stays as saved.
  const simpanAturan = () =>
    jalankan(async () => {
      await api('cadangan.aturRetensi', aturan);
      setAturan({});
      tampilkan('Pengaturan cadangan disimpan', 'sukses');
      muatUlang();
    });

  const isianAngka = (kolom: 'retensi' | 'batasGb', label: string, maks: number) => (
    <Isian label={label}>
      <input
        type="number"
        min={1}
        max={maks}
        value={aturan[kolom] ?? daftar[kolom]}
        onChange={(e) => setAturan({ ...aturan, [kolom]: Number(e.target.value) })}
      />
    </Isian>
  );
  return (
    <>
      <h2>Penyimpanan cadangan otomatis</h2>
      <div className="baris-aksi">
        {isianAngka('retensi', 'Jumlah cadangan yang disimpan untuk setiap jenis', 365)}
        {isianAngka('batasGb', 'Batas ukuran semua cadangan (GB)', 1000)}
        <button type="button" disabled={sibuk || Object.keys(aturan).length === 0} onClick={() => void simpanAturan()}>
          Simpan
        </button>
      </div>
      <p className="keterangan">
        Sekarang {formatAngka(daftar.berkas.length)} cadangan, {ukuran(daftar.totalUkuran)} dari batas{' '}
        {formatAngka(daftar.batasGb)} GB. Setelah cadangan baru dibuat, yang lebih lama dari jumlah per jenis dihapus,
        lalu yang tertua dihapus sampai semuanya muat dalam batas ukuran (cadangan terbaru selalu disimpan).
      </p>
    </>
  );
}
