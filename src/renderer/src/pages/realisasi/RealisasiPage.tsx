// Realisasi: the quarterly data-entry grid of one OPD, as quick as a spreadsheet (type, Enter, paste from Excel, Ctrl+Z).
import type { CellEditRequestEvent, GridApi } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { KOLOM_REALISASI, type KolomRealisasi, type PerubahanRealisasi } from '../../../../shared/api/realisasi';
import { formatAngka, formatPersen, formatPoin, formatRupiah, parseAngka } from '../../../../shared/format';
import { LABEL_VERSI } from '../../../../shared/renja';
import { parseTsv } from '../../../../shared/tsv';
import { useBoleh } from '../../components/Akun';
import { Kehadiran } from './Kehadiran';
import { api, GalatApi, pesanGalat } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { petakanTempelan, type PetaGrid, type SelTempel } from '../../components/grid/tempel';
import { useNotifikasi } from '../../components/Notifikasi';
import { labelBulan, PilihPeriode, usePeriode } from '../../components/PilihPeriode';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { Impor } from '../impor/Impor';
import { useMuat } from '../../components/useMuat';
import { idSub, susunBaris, type BarisGrid } from './baris';
import { buatKolom, JENIS_KOLOM, nilaiSel } from './kolom';
import { Dokumentasi } from './Dokumentasi';
import { TombolFormulir } from './TombolFormulir';
import { Verifikasi } from './Verifikasi';

type Langkah = SelTempel[];

const adalahKolom = (k: string): k is KolomRealisasi => (KOLOM_REALISASI as readonly string[]).includes(k);

/** Cells to one API change per sub kegiatan, each with the revision of the row the user saw. */
function kePerubahan(sel: SelTempel[], revisi: (subKegiatanId: number) => number): PerubahanRealisasi[] {
  const per = new Map<number, PerubahanRealisasi>();
  for (const s of sel) {
    const subKegiatanId = Number(s.barisId.slice(2));
    const p = per.get(subKegiatanId) ?? { subKegiatanId, revisi: revisi(subKegiatanId) };
    per.set(subKegiatanId, { ...p, [s.kolom]: s.nilai });
  }
  return [...per.values()];
}

export function RealisasiPage() {
  const boleh = useBoleh();
  const [periode, ubahPeriode, daftarOpd] = usePeriode({ bulan: 3 });
  const [lembar, muatUlang] = useMuat(
    () =>
      periode?.opdId
        ? api('realisasi.lembar', { opdId: periode.opdId, tahun: periode.tahun, bulan: periode.bulan })
        : Promise.resolve(undefined),
    [periode?.opdId, periode?.tahun, periode?.bulan],
  );
  const [hanyaSub, setHanyaSub] = useState(false);
  const [fotoUntuk, setFotoUntuk] = useState<BarisGrid['sub']>(null);
  const [galat, setGalat] = useState(new Map<string, string>());
  const [riwayat, setRiwayat] = useState<Langkah[]>([]);
  const gridRef = useRef<AgGridReact<BarisGrid>>(null);
  const { tampilkan } = useNotifikasi();

  const { baris, total } = useMemo(
    () => (lembar ? susunBaris(lembar.baris, hanyaSub, lembar.aturan) : { baris: [], total: null }),
    [lembar, hanyaSub],
  );
  const terkunci = lembar?.verifikasi.status === 'diverifikasi';
  const kolom = useMemo(() => buatKolom(galat, terkunci), [galat, terkunci]);
  // Saves go one after another and each carries the newest revision of its rows: the one the last save returned,
  // or the sheet's when it is newer (revisions only grow), so quick edits of one row are never taken as a conflict.
  const antrean = useRef<Promise<unknown>>(Promise.resolve());
  const revisiTersimpan = useRef(new Map<number, number>());
  const revisiBaris = useCallback(
    (subKegiatanId: number) =>
      Math.max(
        revisiTersimpan.current.get(subKegiatanId) ?? 0,
        lembar?.baris.find((b) => b.subKegiatanId === subKegiatanId)?.revisi ?? 0,
      ),
    [lembar],
  );

  const tandai = useCallback((tambah: [string, string][], hapus: string[]) => {
    setGalat((lama) => {
      const baru = new Map(lama);
      for (const k of hapus) baru.delete(k);
      for (const [k, v] of tambah) baru.set(k, v);
      return baru;
    });
    queueMicrotask(() => gridRef.current?.api?.refreshCells({ force: true }));
  }, []);

  /** Sends cells as one transaction; on refusal marks every cell main named, and nothing is saved. */
  const kirimSekarang = useCallback(
    async (sel: SelTempel[]): Promise<boolean> => {
      if (!periode?.opdId || sel.length === 0) return false;
      const kunci = sel.map((s) => `${s.barisId}|${s.kolom}`);
      try {
        const hasil = await api('realisasi.simpan', {
          opdId: periode.opdId,
          tahun: periode.tahun,
          bulan: periode.bulan,
          perubahan: kePerubahan(sel, revisiBaris),
        });
        for (const [id, r] of Object.entries(hasil.revisi)) revisiTersimpan.current.set(Number(id), r);
        tandai([], kunci);
        muatUlang();
        return true;
      } catch (error) {
        // Someone else saved these rows since they were loaded: show their values; the user decides again.
        if (error instanceof GalatApi && (error.galat.kode === 'konflik' || error.galat.kode === 'terkunci')) {
          muatUlang();
          tampilkan(pesanGalat(error), 'galat');
          return false;
        }
        if (error instanceof GalatApi) {
          const tanda = error.galat.rincian.map((r): [string, string] => {
            const [subId, k] = r.kolom.split('.');
            return [`${idSub(Number(subId))}|${k ?? ''}`, r.pesan];
          });
          tandai(tanda, []);
        }
        tampilkan(pesanGalat(error), 'galat');
        return false;
      }
    },
    [periode, muatUlang, tampilkan, tandai, revisiBaris],
  );
  const kirim = useCallback(
    (sel: SelTempel[]): Promise<boolean> => {
      const giliran = antrean.current.then(() => kirimSekarang(sel));
      antrean.current = giliran.catch(() => undefined);
      return giliran;
    },
    [kirimSekarang],
  );

  const nilaiLama = useCallback(
    (sel: SelTempel[]): SelTempel[] =>
      sel.map((s) => {
        const row = baris.find((b) => b.rowId === s.barisId);
        const lama = row && adalahKolom(s.kolom) ? nilaiSel(row, s.kolom) : null;
        return {
          ...s,
          nilai: (lama as number | string | null) ?? (JENIS_KOLOM[s.kolom as KolomRealisasi] === 'teks' ? '' : null),
        };
      }),
    [baris],
  );

  const terapkan = useCallback(
    async (sel: SelTempel[]) => {
      const lama = nilaiLama(sel);
      if (await kirim(sel)) setRiwayat((r) => [...r.slice(-49), lama]);
    },
    [kirim, nilaiLama],
  );

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<BarisGrid>) => {
      const kolomId = e.colDef.colId;
      if (!e.data || !kolomId || !adalahKolom(kolomId)) return;
      const jenis = JENIS_KOLOM[kolomId];
      const mentah = e.newValue as string | number | null;
      const key = `${e.data.rowId}|${kolomId}`;
      if (jenis === 'teks')
        return void terapkan([{ barisId: e.data.rowId, kolom: kolomId, nilai: String(mentah ?? '').trim() }]);
      const angka = parseAngka(mentah, { jenis });
      if (!angka.ok) {
        tandai([[key, angka.pesan]], []);
        tampilkan(`${e.data.kode}: ${angka.pesan}`, 'galat');
        return;
      }
      void terapkan([{ barisId: e.data.rowId, kolom: kolomId, nilai: angka.value }]);
    },
    [terapkan, tandai, tampilkan],
  );

  const petaGrid = (gridApi: GridApi<BarisGrid>): PetaGrid => {
    const rows: (string | null)[] = [];
    gridApi.forEachNodeAfterFilterAndSort((n) => rows.push(n.data?.tingkat === 'subKegiatan' ? n.data.rowId : null));
    const cols = gridApi.getAllDisplayedColumns().map((c) => {
      const id = c.getColId();
      return adalahKolom(id) ? { id, jenis: JENIS_KOLOM[id], label: c.getColDef().headerName ?? id } : null;
    });
    return { baris: rows, kolom: cols };
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const gridApi = gridRef.current?.api;
    const fokus = gridApi?.getFocusedCell();
    if (!gridApi || !fokus || gridApi.getEditingCells().length > 0) return;
    e.preventDefault();
    if (terkunci) return tampilkan('Periode ini sudah diverifikasi dan terkunci: buka verifikasi dahulu', 'galat');
    const blok = parseTsv(e.clipboardData.getData('text/plain'));
    const peta = petaGrid(gridApi);
    const kolomAwal = gridApi.getAllDisplayedColumns().findIndex((c) => c.getColId() === fokus.column.getColId());
    const hasil = petakanTempelan(blok, peta, fokus.rowIndex, kolomAwal);
    if (hasil.galat.length > 0) {
      tandai(
        hasil.galat.map((g) => [`${g.barisId}|${g.kolom}`, g.pesan]),
        [],
      );
      const contoh = hasil.galat[0]!;
      const kode = baris.find((b) => b.rowId === contoh.barisId)?.kode ?? '';
      tampilkan(
        `Tempelan tidak disimpan: ${formatAngka(hasil.galat.length)} sel tidak terbaca (${kode} ${contoh.pesan})`,
        'galat',
      );
      return;
    }
    if (hasil.sel.length === 0) return tampilkan('Tidak ada sel yang dapat diisi pada posisi ini', 'info');
    void terapkan(hasil.sel).then(() => {
      if (hasil.dilewati > 0)
        tampilkan(
          `${formatAngka(hasil.dilewati)} sel dilewati (baris subtotal atau kolom yang tidak dapat diubah)`,
          'info',
        );
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const gridApi = gridRef.current?.api;
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || !gridApi || gridApi.getEditingCells().length > 0)
      return;
    e.preventDefault();
    if (terkunci) return tampilkan('Periode ini sudah diverifikasi dan terkunci: buka verifikasi dahulu', 'galat');
    const langkah = riwayat.at(-1);
    if (!langkah) return tampilkan('Tidak ada perubahan untuk dibatalkan', 'info');
    void kirim(langkah).then((ok) => {
      if (ok) {
        setRiwayat((r) => r.slice(0, -1));
        tampilkan(`Dibatalkan: ${formatAngka(langkah.length)} sel dikembalikan`, 'sukses');
      }
    });
  };

  const bukaDokumentasi = () => {
    const fokus = gridRef.current?.api?.getFocusedCell();
    const row = fokus ? gridRef.current?.api?.getDisplayedRowAtIndex(fokus.rowIndex)?.data : undefined;
    if (!row?.sub) return tampilkan('Pilih dulu sel pada baris sub kegiatan yang akan didokumentasikan', 'info');
    setFotoUntuk(row.sub);
  };

  if (!periode) return <p className="keterangan">Memuat…</p>;
  if (daftarOpd.length === 0) return <p className="keterangan">Belum ada OPD. Isi Data Master OPD terlebih dahulu.</p>;

  return (
    <section>
      <div className="kepala-halaman">
        <h1>Realisasi</h1>
        <PilihPeriode periode={periode} ubah={ubahPeriode} opd={daftarOpd} />
      </div>
      {lembar && total && (
        <>
          <div className="ringkas-lembar">
            <span>
              Dibandingkan dengan <strong data-testid="versi">{LABEL_VERSI[lembar.versi]}</strong>
            </span>
            <span>
              Pagu <strong>{formatRupiah(total.pagu, { desimal: false })}</strong>
            </span>
            <span>
              Fisik <strong data-testid="total-fisik">{formatPersen(total.realisasiFisik)}</strong> dari target{' '}
              {formatPersen(total.targetFisik)}
            </span>
            <span className={total.status ? `status-${total.status}` : ''}>
              Deviasi <strong data-testid="total-deviasi">{formatPoin(total.deviasiFisik)}</strong> poin
            </span>
            <span>
              Penyerapan <strong data-testid="total-penyerapan">{formatPersen(total.persenKeuangan)}</strong>
            </span>
            <label className="pilih-kecil">
              <input type="checkbox" checked={hanyaSub} onChange={(e) => setHanyaSub(e.target.checked)} /> Hanya sub
              kegiatan
            </label>
          </div>
          <div className="bilah-aksi">
            <TombolEkspor
              grid={gridRef}
              judul={`Realisasi ${daftarOpd.find((o) => o.id === lembar.opdId)?.nama ?? ''} ${labelBulan(lembar.bulan)} ${lembar.tahun}`}
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
          </div>
          <Kehadiran opdId={lembar.opdId} tahun={lembar.tahun} bulan={lembar.bulan} />
          {fotoUntuk && <Dokumentasi sub={fotoUntuk} bulan={lembar.bulan} tutup={() => setFotoUntuk(null)} />}
          <Verifikasi
            key={`${lembar.opdId}-${lembar.tahun}-${lembar.bulan}-${lembar.verifikasi.diubahPada ?? ''}-${lembar.verifikasi.status}`}
            opdId={lembar.opdId}
            tahun={lembar.tahun}
            bulan={lembar.bulan}
            awal={lembar.verifikasi}
            onTersimpan={muatUlang}
          />
          {lembar.baris.length === 0 ? (
            <p className="keterangan">
              OPD ini belum memiliki Renja untuk tahun {lembar.tahun}. Isi di Perencanaan atau impor dari berkas.
            </p>
          ) : (
            <div onPasteCapture={onPaste} onKeyDownCapture={onKeyDown}>
              <p className="keterangan">
                Ketik langsung pada sel kuning lalu Enter; tempel blok dari Excel dengan Ctrl+V mulai dari sel yang
                dipilih; Ctrl+Z membatalkan. Nilai realisasi adalah kumulatif s.d. akhir periode; realisasi kinerja
                adalah capaian triwulan itu sendiri.
              </p>
              <Grid
                ref={gridRef}
                tinggi="calc(100vh - 275px)"
                rowData={baris}
                pinnedBottomRowData={total ? [total] : []}
                columnDefs={kolom}
                getRowId={({ data }) => data.rowId}
                readOnlyEdit
                onCellEditRequest={onCellEditRequest}
                enterNavigatesVertically
                enterNavigatesVerticallyAfterEdit
                tooltipShowDelay={200}
                suppressColumnVirtualisation
                getRowClass={({ data }) => (data ? `baris-${data.tingkat}` : '')}
                defaultColDef={{ sortable: false, filter: false }}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
