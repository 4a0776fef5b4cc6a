// Perencanaan: one OPD's Renja/DPA for a year as a tree of codes, with pagu, indicators and quarterly targets.
import type { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, useState, type RefObject } from 'react';
import { formatRupiah, NAMA_BULAN } from '../../../../shared/format';
import type { BarisRenja, Renja } from '../../../../shared/api/renja';
import { LABEL_VERSI, type Versi } from '../../../../shared/renja';
import { api } from '../../api/client';
import { Bantuan } from '../../components/Bantuan';
import { GridBertingkat } from '../../components/grid/GridBertingkat';
import { PilihGrupKolom, sembunyikanGrup, useGrupKolom } from '../../components/grid/grupKolom';
import { StatusSimpan } from '../../components/grid/StatusSimpan';
import { useOperasiSel } from '../../components/grid/useOperasiSel';
import { useRentang } from '../../components/grid/useRentang';
import { useJalankan } from '../../components/useJalankan';
import { PilihPeriode, usePeriode } from '../../components/PilihPeriode';
import { useMuat } from '../../components/useMuat';
import { useHapus } from '../../components/useHapus';
import { Impor } from '../impor/Impor';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { FormRenja, JUDUL, type Tambah } from './FormRenja';
import { GRUP_KOLOM_RENJA, KOLOM_RENJA, susunBaris, type BarisGridRenja } from './kolom';
import { kolomSuntingRenja, useSimpanRenja } from './useSimpanRenja';

function AturPerubahan({
  tahun,
  mulai,
  onTersimpan,
}: {
  tahun: number;
  mulai: number | null;
  onTersimpan: () => void;
}) {
  const jalankan = useJalankan();
  const ubah = async (nilai: string) => {
    const { ok } = await jalankan(
      () => api('renja.aturPerubahan', { tahun, perubahanMulaiBulan: nilai === '' ? null : Number(nilai) }),
      'Masa berlaku APBD Perubahan disimpan',
    );
    if (ok) onTersimpan();
  };
  return (
    <label className="isian-sebaris">
      APBD Perubahan berlaku untuk realisasi mulai{' '}
      <select value={mulai ?? ''} onChange={(e) => void ubah(e.target.value)} aria-label="APBD Perubahan berlaku mulai">
        <option value="">(belum ada perubahan)</option>
        {NAMA_BULAN.map((b, i) => (
          <option key={b} value={i + 1}>
            s.d. {b}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Adding under the selected row (the program and kegiatan it sits in) and deleting it. */
function BilahRenja({
  baris,
  pilihan,
  tambah,
  dihapus,
}: {
  baris: BarisRenja[];
  pilihan: BarisGridRenja | null;
  tambah: (t: Tambah) => void;
  dihapus: () => void;
}) {
  const [hapusSetelahTanya, dialogKonfirmasi] = useHapus(dihapus);
  const hapus = () => {
    if (!pilihan) return;
    const r = pilihan.renja;
    const indikator = pilihan.tingkat === 'indikator';
    const apa = indikator ? `indikator "${pilihan.indikator?.uraian ?? ''}"` : `${r.kode} ${r.nama}`;
    void hapusSetelahTanya(
      `Hapus ${apa}${indikator ? '' : ' beserta isinya'}?`,
      () =>
        pilihan.tingkat === 'indikator'
          ? api('renja.hapusIndikator', { id: pilihan.indikator!.id })
          : api('renja.hapus', { tingkat: pilihan.tingkat, id: r.id }),
      `${apa} dihapus`,
    );
  };
  /** The program and kegiatan the selected row sits in, for "Tambah kegiatan" and "Tambah sub kegiatan". */
  const induk = (tingkat: 'program' | 'kegiatan') => {
    const atas = { subKegiatan: 'kegiatan', kegiatan: 'program', program: null } as const;
    let r = pilihan?.renja;
    while (r && r.tingkat !== tingkat) {
      const t = atas[r.tingkat];
      const id = r.indukId;
      r = t ? baris.find((x) => x.tingkat === t && x.id === id) : undefined;
    }
    return r;
  };
  const program = induk('program');
  const kegiatan = induk('kegiatan');
  // What can be added where the selection is: a kegiatan needs its program, a sub kegiatan its kegiatan.
  const tambahan: [Tambah['jenis'], Tambah | null][] = [
    ['program', { jenis: 'program' }],
    ['kegiatan', program ? { jenis: 'kegiatan', induk: program } : null],
    ['subKegiatan', kegiatan ? { jenis: 'subKegiatan', induk: kegiatan } : null],
    ['indikator', pilihan ? { jenis: 'indikator', pemilik: pilihan.renja } : null],
  ];
  return (
    <div className="bilah-renja" role="toolbar" aria-label="Ubah Renja">
      {dialogKonfirmasi}
      {tambahan.map(([jenis, t]) => (
        <button key={jenis} type="button" disabled={!t} onClick={() => t && tambah(t)}>
          {JUDUL[jenis]}
        </button>
      ))}
      <button type="button" className="tautan-bahaya" disabled={!pilihan} onClick={hapus}>
        Hapus baris terpilih
      </button>
    </div>
  );
}

/** How the page is used, behind its "?". */
function BantuanRenja() {
  return (
    <Bantuan>
      <p>
        Klik sebuah baris untuk menambah di bawahnya atau menghapusnya; nama, indikator dan angka diubah langsung di sel
        (angka ditulis cara Indonesia: 260.000.000 atau 12,5).
      </p>
      <p>
        Pilih beberapa sel dengan Shift+panah, Shift+klik atau seret tetikus; Ctrl+C menyalin, Ctrl+V menempel, Delete
        mengosongkan, Ctrl+D mengisi ke bawah; Ctrl+Z membatalkan dan Ctrl+Y mengulang.
      </p>
    </Bantuan>
  );
}

/** The editing of the grid: ranges, paste, fill, undo, each cell saved where it belongs. */
function useSuntingRenja(
  gridRef: RefObject<AgGridReact<BarisGridRenja> | null>,
  versi: Versi | undefined,
  muatUlang: () => void,
) {
  const { kirim, tersimpanPada } = useSimpanRenja(versi, muatUlang);
  const rentang = useRentang(gridRef);
  const operasi = useOperasiSel<BarisGridRenja>({
    grid: gridRef,
    rentang,
    barisSunting: (data) => data?.rowId ?? null,
    kolomSunting: kolomSuntingRenja,
    kirim: (sel) => (gridRef.current?.api ? kirim(gridRef.current.api, sel) : Promise.resolve(false)),
    tandai: () => undefined,
  });
  return { rentang, operasi, tersimpanPada };
}

/** The slim bar above the grid: the version shown, the total pagu, APBD Perubahan, and the column groups. */
function RingkasRenja({
  renja,
  tahun,
  muatUlang,
  tersembunyi,
  ubahTersembunyi,
}: {
  renja: Renja;
  tahun: number;
  muatUlang: () => void;
  tersembunyi: ReturnType<typeof useGrupKolom>[0];
  ubahTersembunyi: ReturnType<typeof useGrupKolom>[1];
}) {
  const total = renja.baris.filter((b) => b.tingkat === 'program').reduce((a, b) => a + b.pagu, 0);
  return (
    <div className="bilah-ringkas">
      <div className="ringkas-lembar">
        <span>
          Menampilkan <strong data-testid="versi-renja">{LABEL_VERSI[renja.versi]}</strong>
        </span>
        <span>
          Jumlah pagu <strong data-testid="total-pagu">{formatRupiah(total, { desimal: false })}</strong>
        </span>
        <AturPerubahan tahun={tahun} mulai={renja.perubahanMulaiBulan} onTersimpan={muatUlang} />
      </div>
      <PilihGrupKolom grup={GRUP_KOLOM_RENJA} tersembunyi={tersembunyi} ubah={ubahTersembunyi} />
    </div>
  );
}

export function PerencanaanPage() {
  const [periode, ubah, daftarOpd] = usePeriode({ bulan: 12 });
  const [versi, setVersi] = useState<Versi | ''>('');
  const [pilihan, setPilihan] = useState<BarisGridRenja | null>(null);
  const [tambah, setTambah] = useState<Tambah | null>(null);
  const gridRef = useRef<AgGridReact<BarisGridRenja>>(null);
  const [tersembunyi, ubahTersembunyi] = useGrupKolom('perencanaan');
  const kolom = useMemo(() => sembunyikanGrup(KOLOM_RENJA, tersembunyi), [tersembunyi]);
  const [renja, muatUlang] = useMuat(
    () =>
      periode?.opdId
        ? api('renja.daftar', { opdId: periode.opdId, tahun: periode.tahun, ...(versi ? { versi } : {}) })
        : Promise.resolve(undefined),
    [periode?.opdId, periode?.tahun, versi],
  );
  const baris = useMemo(() => susunBaris(renja?.baris ?? []), [renja]);

  const sunting = useSuntingRenja(gridRef, renja?.versi, muatUlang);

  if (!periode) return <p className="keterangan">Memuat…</p>;
  if (daftarOpd.length === 0)
    return (
      <section>
        <h1>Perencanaan (Renja/DPA)</h1>
        <p className="keterangan">
          Belum ada OPD. Tambahkan dahulu di <a href="#/opd">Data Master OPD</a>, lalu susun atau impor Renja di sini.
        </p>
      </section>
    );
  return (
    <section className="halaman-grid">
      <div className="kepala-halaman">
        <h1>Perencanaan (Renja/DPA)</h1>
        <BantuanRenja />
        <PilihPeriode periode={periode} ubah={ubah} opd={daftarOpd} denganPeriode={false} />
        <label className="pilih-periode">
          <select value={versi} onChange={(e) => setVersi(e.target.value as Versi | '')} aria-label="Versi anggaran">
            <option value="">Versi yang berlaku</option>
            <option value="murni">{LABEL_VERSI.murni}</option>
            <option value="perubahan">{LABEL_VERSI.perubahan}</option>
          </select>
        </label>
      </div>
      {renja && (
        <RingkasRenja
          renja={renja}
          tahun={periode.tahun}
          muatUlang={muatUlang}
          tersembunyi={tersembunyi}
          ubahTersembunyi={ubahTersembunyi}
        />
      )}
      <div className="bilah-aksi">
        <Impor
          jenis="renja"
          tahun={periode.tahun}
          opdId={periode.opdId}
          versi={renja?.versi ?? 'murni'}
          onSelesai={muatUlang}
        />
        <TombolEkspor
          grid={gridRef}
          judul={`Renja ${daftarOpd.find((o) => o.id === periode.opdId)?.nama ?? ''} ${periode.tahun}`}
          subjudul={renja ? LABEL_VERSI[renja.versi] : ''}
        />
        {renja && periode.opdId && (
          <BilahRenja
            baris={renja.baris}
            pilihan={pilihan}
            tambah={setTambah}
            dihapus={() => {
              setPilihan(null);
              muatUlang();
            }}
          />
        )}
        <span className="keterangan terpilih">
          {pilihan
            ? `Terpilih: ${pilihan.tingkat === 'indikator' ? `indikator ${pilihan.indikator?.uraian ?? ''}` : `${pilihan.kode} ${pilihan.nama}`}`
            : 'Klik sebuah baris untuk menambah di bawahnya.'}
        </span>
        <StatusSimpan pada={sunting.tersimpanPada} />
      </div>
      {renja && renja.baris.length === 0 && (
        <p className="keterangan">
          Belum ada Renja {LABEL_VERSI[renja.versi]} untuk OPD ini tahun {periode.tahun}: impor DPA dari berkas, atau
          susun dengan Tambah program, lalu Tambah kegiatan dan Tambah sub kegiatan.
        </p>
      )}
      {tambah && periode.opdId && renja && (
        <FormRenja
          tambah={tambah}
          opdId={periode.opdId}
          tahun={periode.tahun}
          versi={renja.versi}
          tutup={() => setTambah(null)}
          onTersimpan={muatUlang}
        />
      )}
      <GridBertingkat
        gridRef={gridRef}
        sunting={sunting}
        rowData={baris}
        columnDefs={kolom}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setPilihan(e.api.getSelectedRows()[0] ?? null)}
        tooltipShowDelay={300}
      />
    </section>
  );
}
