// Import from .xlsx/.csv for every kind (Renja, realisasi, Renstra): choose files, read every problem by sheet, row
// and column, map columns by hand when needed, then import all-or-nothing. Also "Unduh templat".
import { useState, type ChangeEvent } from 'react';
import {
  LABEL_JENIS_IMPOR,
  type ImporInput,
  type JenisImpor,
  type PemetaanKolom,
  type PratinjauImpor,
} from '../../../../shared/api/impor';
import type { Kemajuan } from '../../../../shared/kemajuan';
import { LABEL_VERSI, type Versi } from '../../../../shared/renja';
import { api, pesanGalat } from '../../api/client';
import { BilahKemajuan } from '../../components/BilahKemajuan';
import { useNotifikasi } from '../../components/Notifikasi';
import { bacaBase64 } from '../../components/berkas';
import { simpanBerkas } from '../../components/simpanBerkas';
import { PratinjauBerkas } from './PratinjauBerkas';

interface Berkas {
  nama: string;
  base64: string;
  pemetaan: PemetaanKolom[];
  pratinjau?: PratinjauImpor;
  galat?: string;
}

const LABEL_TOMBOL: Record<JenisImpor, string> = {
  renja: 'Impor Renja/DPA…',
  realisasi: 'Impor realisasi…',
  renstra: 'Impor target Renstra…',
};

const KETERANGAN_TOMBOL: Record<JenisImpor, string> = {
  renja: 'Impor Renja/DPA dari berkas .xlsx atau .csv (ekspor SIPD atau templat)',
  realisasi: 'Impor realisasi atau Formulir OPD yang sudah diisi (.xlsx atau .csv)',
  renstra: 'Impor target Renstra dari berkas .xlsx atau .csv',
};

/** What the API takes to preview or import one file, for the page's kind, period and OPD. */
function inputImpor(
  {
    jenis,
    tahun,
    opdId,
    bulan,
    rpjmdId,
  }: Pick<ImporInput, 'jenis' | 'tahun' | 'bulan' | 'rpjmdId'> & { opdId: number | null },
  b: Pick<Berkas, 'nama' | 'base64' | 'pemetaan'>,
  versi: Versi | undefined,
): ImporInput {
  return {
    jenis,
    namaBerkas: b.nama,
    base64: b.base64,
    ...(tahun ? { tahun } : {}),
    ...(opdId ? { opdId } : {}),
    ...(versi ? { versi } : {}),
    ...(bulan ? { bulan } : {}),
    ...(rpjmdId ? { rpjmdId } : {}),
    ...(b.pemetaan.length > 0 ? { pemetaan: b.pemetaan } : {}),
  };
}

export function Impor({
  jenis,
  tahun,
  opdId,
  versi,
  bulan,
  rpjmdId,
  onSelesai,
}: {
  jenis: JenisImpor;
  tahun?: number;
  opdId: number | null;
  /** Renja: the version in force; the preview lets the user import as the other one. */
  versi?: Versi;
  bulan?: number;
  rpjmdId?: number;
  onSelesai: () => void;
}) {
  const [berkas, setBerkas] = useState<Berkas[]>([]);
  const [versiImpor, setVersiImpor] = useState<Versi | null>(null);
  const [proses, setProses] = useState<{ selesai: number; total: number; label: string } | null>(null);
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const { tampilkan } = useNotifikasi();
  const versiDipakai = versiImpor ?? versi;
  const dasar = (b: Pick<Berkas, 'nama' | 'base64' | 'pemetaan'>, v = versiDipakai) =>
    inputImpor({ jenis, tahun, opdId, bulan, rpjmdId }, b, v);

  const periksa = async (b: Omit<Berkas, 'pratinjau' | 'galat'>, v = versiDipakai): Promise<Berkas> => {
    try {
      return { ...b, pratinjau: await api('impor.pratinjau', dasar(b, v), { kemajuan: setKemajuan }) };
    } catch (error) {
      return { ...b, galat: pesanGalat(error) };
    }
  };

  const pilih = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const hasil: Berkas[] = [];
    for (const [i, file] of files.entries()) {
      setProses({ selesai: i, total: files.length, label: `Memeriksa ${file.name}` });
      setKemajuan(null);
      hasil.push(await periksa({ nama: file.name, base64: await bacaBase64(file), pemetaan: [] }));
    }
    setProses(null);
    setBerkas(hasil);
  };

  /** Runs the preview of file i again with other column choices. */
  const periksaUlang = async (i: number, pemetaan: (lama: PemetaanKolom[]) => PemetaanKolom[]) => {
    const b = berkas[i]!;
    const baru = await periksa({ ...b, pemetaan: pemetaan(b.pemetaan) });
    setBerkas((semua) => semua.map((x, j) => (j === i ? baru : x)));
  };
  /** A new choice of columns for one header replaces the earlier one and runs the preview again at once. */
  const ubahPemetaan = (i: number, pilihan: PemetaanKolom[]) => {
    const tanda = new Set(pilihan.map((p) => p.tanda));
    return periksaUlang(i, (lama) => [...lama.filter((p) => !tanda.has(p.tanda)), ...pilihan]);
  };
  const lupakan = async (i: number, tanda: string) => {
    try {
      await api('impor.lupakanPemetaan', { tanda });
      tampilkan('Pemetaan kolom tersimpan dilupakan', 'sukses');
      await periksaUlang(i, (lama) => lama.filter((p) => p.tanda !== tanda));
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  const gantiVersi = async (v: Versi) => {
    setVersiImpor(v);
    setBerkas(await Promise.all(berkas.map((b) => periksa(b, v))));
  };

  /** Closing the preview forgets its files and a version chosen in it. */
  const tutup = () => {
    setBerkas([]);
    setVersiImpor(null);
  };

  const siap = berkas.length > 0 && berkas.every((b) => b.pratinjau && b.pratinjau.masalah.length === 0);

  const terapkan = async () => {
    for (const [i, b] of berkas.entries()) {
      setProses({ selesai: i, total: berkas.length, label: `Mengimpor ${b.nama}` });
      setKemajuan(null);
      try {
        await api('impor.terapkan', dasar(b), { kemajuan: setKemajuan });
        tampilkan(`${b.nama} diimpor`, 'sukses');
      } catch (error) {
        tampilkan(`${b.nama}: ${pesanGalat(error)}`, 'galat');
      }
    }
    setProses(null);
    tutup();
    onSelesai();
  };

  return (
    <div className="impor">
      <PilihBerkas jenis={jenis} pilih={(e) => void pilih(e)} /> <TombolTemplat jenis={jenis} />
      {proses && (
        <BilahKemajuan
          judul={proses.total > 1 ? `${proses.label} (${proses.selesai + 1} dari ${proses.total})` : proses.label}
          kemajuan={kemajuan}
        />
      )}
      {berkas.length > 0 && (
        <DialogPratinjau
          jenis={jenis}
          versi={versiDipakai}
          gantiVersi={(v) => void gantiVersi(v)}
          berkas={berkas}
          ubahPemetaan={(i, p) => void ubahPemetaan(i, p)}
          lupakan={(i, t) => void lupakan(i, t)}
          tutup={tutup}
          bisaImpor={siap && proses === null}
          terapkan={() => void terapkan()}
        />
      )}
    </div>
  );
}

/** "Unduh templat": the empty sheet of a kind, with its columns named as the import reads them. */
function TombolTemplat({ jenis }: { jenis: JenisImpor }) {
  const { tampilkan } = useNotifikasi();
  const unduh = async () => {
    try {
      if (await simpanBerkas(await api('impor.templat', { jenis })))
        tampilkan(`Templat impor ${LABEL_JENIS_IMPOR[jenis]} diunduh`, 'sukses');
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };
  return (
    <button type="button" onClick={() => void unduh()}>
      Unduh templat
    </button>
  );
}

/** The preview of every chosen file, the version to import a Renja as, and "Impor sekarang". */
function DialogPratinjau({
  jenis,
  versi,
  gantiVersi,
  berkas,
  ubahPemetaan,
  lupakan,
  tutup,
  bisaImpor,
  terapkan,
}: {
  jenis: JenisImpor;
  versi: Versi | undefined;
  gantiVersi: (v: Versi) => void;
  berkas: Berkas[];
  ubahPemetaan: (i: number, pilihan: PemetaanKolom[]) => void;
  lupakan: (i: number, tanda: string) => void;
  tutup: () => void;
  bisaImpor: boolean;
  terapkan: () => void;
}) {
  return (
    <div className="lapisan" role="dialog" aria-modal="true" aria-label="Pratinjau impor">
      <div className="dialog dialog-impor" data-testid="pratinjau-impor">
        <h2>Pratinjau impor {LABEL_JENIS_IMPOR[jenis]}</h2>
        {jenis === 'renja' && versi && (
          <label className="isian-sebaris">
            Impor sebagai
            <select
              value={versi}
              onChange={(e) => gantiVersi(e.target.value as Versi)}
              aria-label="Impor sebagai versi"
            >
              <option value="murni">{LABEL_VERSI.murni}</option>
              <option value="perubahan">{LABEL_VERSI.perubahan}</option>
            </select>
          </label>
        )}
        <div className="isi-pratinjau">
          {berkas.map((b, i) => (
            <PratinjauBerkas
              key={b.nama}
              nama={b.nama}
              pratinjau={b.pratinjau}
              galat={b.galat}
              ubahPemetaan={(p) => ubahPemetaan(i, p)}
              lupakanPemetaan={(t) => lupakan(i, t)}
            />
          ))}
        </div>
        <div className="dialog-aksi">
          <button type="button" onClick={tutup}>
            Batal
          </button>
          <button type="button" className="utama" disabled={!bisaImpor} onClick={terapkan}>
            Impor sekarang
          </button>
        </div>
      </div>
    </div>
  );
}

/** The button that opens the file chooser: several files for realisasi (one Formulir per OPD), one otherwise. */
function PilihBerkas({ jenis, pilih }: { jenis: JenisImpor; pilih: (e: ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <label className="tombol" title={KETERANGAN_TOMBOL[jenis]}>
      {LABEL_TOMBOL[jenis]}
      <input
        type="file"
        accept=".xlsx,.csv"
        multiple={jenis === 'realisasi'}
        onChange={pilih}
        hidden
        aria-label={`Berkas impor ${jenis}`}
      />
    </label>
  );
}
