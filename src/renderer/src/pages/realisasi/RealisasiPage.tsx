// Realisasi: the quarterly data-entry grid of one OPD, as quick as a spreadsheet (type, Enter, paste from Excel,
// select a range, copy, fill down, Ctrl+Z / Ctrl+Y), laid out so 20 rows and every entry column fit at 1366x768.
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { LembarRealisasi } from '../../../../shared/api/realisasi';
import { LABEL_VERSI } from '../../../../shared/renja';
import { api } from '../../api/client';
import { useBoleh } from '../../components/Akun';
import { Bantuan } from '../../components/Bantuan';
import { GridBertingkat } from '../../components/grid/GridBertingkat';
import { PilihGrupKolom, sembunyikanGrup, useGrupKolom } from '../../components/grid/grupKolom';
import { StatusSimpan } from '../../components/grid/StatusSimpan';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { useOperasiSel } from '../../components/grid/useOperasiSel';
import { useRentang } from '../../components/grid/useRentang';
import { useNotifikasi } from '../../components/Notifikasi';
import { labelBulan, PilihPeriode, usePeriode } from '../../components/PilihPeriode';
import { useMuat } from '../../components/useMuat';
import { Impor } from '../impor/Impor';
import { susunBaris, type BarisGrid } from './baris';
import { Dokumentasi } from './Dokumentasi';
import { Kehadiran } from './Kehadiran';
import { buatKolom, GRUP_KOLOM_REALISASI, JENIS_KOLOM } from './kolom';
import { RingkasLembar } from './RingkasLembar';
import { TombolFormulir } from './TombolFormulir';
import { useSimpanRealisasi } from './useSimpanRealisasi';
import { Verifikasi } from './Verifikasi';

const TERKUNCI = 'Periode ini sudah diverifikasi dan terkunci: buka verifikasi dahulu';

export function RealisasiPage() {
  const [periode, ubahPeriode, daftarOpd] = usePeriode({ bulan: 3 });
  const [lembar, muatUlang] = useMuat(
    () =>
      periode?.opdId
        ? api('realisasi.lembar', { opdId: periode.opdId, tahun: periode.tahun, bulan: periode.bulan })
        : Promise.resolve(undefined),
    [periode?.opdId, periode?.tahun, periode?.bulan],
  );

  if (!periode) return <p className="keterangan">Memuat…</p>;
  if (daftarOpd.length === 0)
    return (
      <section>
        <h1>Realisasi</h1>
        <p className="keterangan">
          Belum ada OPD. Tambahkan dahulu di <a href="#/opd">Data Master OPD</a>, lalu susun atau impor Renja di{' '}
          <a href="#/perencanaan">Perencanaan</a>; realisasi setiap OPD diisi di sini.
        </p>
      </section>
    );

  return (
    <section className="halaman-grid">
      <div className="kepala-halaman">
        <h1>Realisasi</h1>
        <Bantuan>
          <p>
            Ketik langsung pada sel kuning lalu Enter. Tempel blok dari Excel dengan Ctrl+V mulai dari sel yang dipilih.
            Pilih beberapa sel dengan Shift+panah, Shift+klik atau seret tetikus; Ctrl+C menyalin, Delete mengosongkan,
            Ctrl+D mengisi ke bawah dari baris pertama pilihan; Ctrl+Z membatalkan dan Ctrl+Y mengulang.
          </p>
          <p>
            Nilai realisasi adalah kumulatif s.d. akhir periode; realisasi kinerja adalah capaian triwulan itu sendiri.
          </p>
        </Bantuan>
        <PilihPeriode periode={periode} ubah={ubahPeriode} opd={daftarOpd} />
        {lembar && (
          <Verifikasi
            key={`${lembar.opdId}-${lembar.tahun}-${lembar.bulan}-${lembar.verifikasi.diubahPada ?? ''}-${lembar.verifikasi.status}`}
            opdId={lembar.opdId}
            tahun={lembar.tahun}
            bulan={lembar.bulan}
            awal={lembar.verifikasi}
            onTersimpan={muatUlang}
          />
        )}
      </div>
      {lembar && (
        <LembarGrid
          lembar={lembar}
          namaOpd={daftarOpd.find((o) => o.id === lembar.opdId)?.nama ?? ''}
          muatUlang={muatUlang}
        />
      )}
    </section>
  );
}

function LembarGrid({
  lembar,
  namaOpd,
  muatUlang,
}: {
  lembar: LembarRealisasi;
  namaOpd: string;
  muatUlang: () => void;
}) {
  const [hanyaSub, setHanyaSub] = useState(false);
  const boleh = useBoleh();
  const [fotoUntuk, setFotoUntuk] = useState<BarisGrid['sub']>(null);
  const [tersembunyi, ubahTersembunyi] = useGrupKolom('realisasi');
  const gridRef = useRef<AgGridReact<BarisGrid>>(null);
  const { tampilkan } = useNotifikasi();
  const segarkan = useCallback(() => gridRef.current?.api?.refreshCells(), []);
  const { galat, tandai, kirim, tersimpanPada } = useSimpanRealisasi(lembar, muatUlang, segarkan);
  const terkunci = lembar.verifikasi.status === 'diverifikasi';
  const rentang = useRentang(gridRef);
  const operasi = useOperasiSel<BarisGrid>({
    grid: gridRef,
    rentang,
    barisSunting: (data) => (!terkunci && data?.tingkat === 'subKegiatan' ? data.rowId : null),
    kolomSunting: (id) =>
      id in JENIS_KOLOM ? { jenis: JENIS_KOLOM[id as keyof typeof JENIS_KOLOM], label: judulKolom(gridRef, id) } : null,
    kirim,
    tandai,
    alasanTerkunci: terkunci ? TERKUNCI : null,
  });

  const { baris, total } = useMemo(() => susunBaris(lembar.baris, hanyaSub, lembar.aturan), [lembar, hanyaSub]);
  const kolom = useMemo(() => sembunyikanGrup(buatKolom(galat, terkunci), tersembunyi), [galat, terkunci, tersembunyi]);

  const bukaDokumentasi = () => {
    const fokus = gridRef.current?.api?.getFocusedCell();
    const row = fokus ? gridRef.current?.api?.getDisplayedRowAtIndex(fokus.rowIndex)?.data : undefined;
    if (!row?.sub) return tampilkan('Pilih dulu sel pada baris sub kegiatan yang akan didokumentasikan', 'info');
    setFotoUntuk(row.sub);
  };

  return (
    <>
      {total && (
        <div className="bilah-ringkas">
          <RingkasLembar lembar={lembar} total={total} />
          <PilihGrupKolom grup={GRUP_KOLOM_REALISASI} tersembunyi={tersembunyi} ubah={ubahTersembunyi} />
        </div>
      )}
      <div className="bilah-aksi">
        <TombolEkspor
          grid={gridRef}
          judul={`Realisasi ${namaOpd} ${labelBulan(lembar.bulan)} ${lembar.tahun}`}
          subjudul={`Dibandingkan dengan ${LABEL_VERSI[lembar.versi]}`}
        />
        <TombolFormulir opdId={lembar.opdId} tahun={lembar.tahun} bulan={lembar.bulan} />
        <button type="button" onClick={bukaDokumentasi}>
          Dokumentasi foto…
        </button>
        {boleh('impor.terapkan') && (
          <Impor
            jenis="realisasi"
            tahun={lembar.tahun}
            opdId={lembar.opdId}
            bulan={lembar.bulan}
            onSelesai={muatUlang}
          />
        )}
        <label className="pilih-kecil">
          <input type="checkbox" checked={hanyaSub} onChange={(e) => setHanyaSub(e.target.checked)} /> Hanya sub
          kegiatan
        </label>
        <StatusSimpan pada={tersimpanPada} />
      </div>
      <Kehadiran opdId={lembar.opdId} tahun={lembar.tahun} bulan={lembar.bulan} />
      {fotoUntuk && <Dokumentasi sub={fotoUntuk} bulan={lembar.bulan} tutup={() => setFotoUntuk(null)} />}
      {lembar.baris.length === 0 ? (
        <p className="keterangan">
          OPD ini belum memiliki Renja untuk tahun {lembar.tahun}. Isi di Perencanaan atau impor dari berkas.
        </p>
      ) : (
        <GridBertingkat
          gridRef={gridRef}
          sunting={{ rentang, operasi }}
          rowData={baris}
          pinnedBottomRowData={total ? [total] : []}
          columnDefs={kolom}
          tooltipShowDelay={200}
          suppressColumnVirtualisation
        />
      )}
    </>
  );
}

function judulKolom(grid: RefObject<AgGridReact<BarisGrid> | null>, id: string): string {
  return grid.current?.api?.getColumn(id)?.getColDef().headerName ?? id;
}
