// One OPD's Renstra in grids edited in place: programs and kegiatan with pagu indikatif per year, then their indicators.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import type { IndikatorRenstra, PaguTahun, Renstra } from '../../../../shared/api/renstra';
import { api } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { useKonfirmasi } from '../../components/Konfirmasi';
import { useSimpan } from './simpanRenstra';
import {
  bacaSel,
  kolomIndikator,
  kolomSunting,
  kolomTeks,
  ubahIndikator,
  useSuntingSel,
  type HasilUbah,
} from './selRenstra';

type Tingkat = 'program' | 'kegiatan';

interface BarisUnit {
  rowId: string;
  tingkat: Tingkat;
  id: number;
  programId: number;
  kode: string;
  nama: string;
  sasaranRpjmdId: number | null;
  pagu: PaguTahun[];
}

interface BarisIndikator extends IndikatorRenstra {
  rowId: string;
  tingkat: Tingkat;
  pemilikId: number;
  pemilik: string;
}

const LABEL_TINGKAT: Record<Tingkat, string> = { program: 'Program', kegiatan: 'Kegiatan' };

function tinggiGrid(n: number) {
  return `${Math.max(Math.min(n, 12), 2) * 30 + 64}px`;
}

export interface Sasaran {
  id: number;
  label: string;
}

export function GridRenstra({
  renstra,
  tahun,
  sasaran,
  onTersimpan,
}: {
  renstra: Renstra;
  tahun: number[];
  sasaran: Sasaran[];
  onTersimpan: () => void;
}) {
  const jalankan = useSimpan();
  const unit = useMemo<BarisUnit[]>(
    () =>
      renstra.program.flatMap((p) => [
        {
          rowId: `p${p.id}`,
          tingkat: 'program' as const,
          id: p.id,
          programId: p.id,
          kode: p.kode,
          nama: p.nama,
          sasaranRpjmdId: p.sasaranRpjmdId,
          pagu: p.pagu,
        },
        ...p.kegiatan.map((k) => ({
          rowId: `k${k.id}`,
          tingkat: 'kegiatan' as const,
          id: k.id,
          programId: p.id,
          kode: k.kode,
          nama: k.nama,
          sasaranRpjmdId: null,
          pagu: k.pagu,
        })),
      ]),
    [renstra],
  );
  const indikator = useMemo<BarisIndikator[]>(
    () =>
      renstra.program.flatMap((p) => [
        ...p.indikator.map((i) => ({
          ...i,
          rowId: `i${i.id}`,
          tingkat: 'program' as const,
          pemilikId: p.id,
          pemilik: p.kode,
        })),
        ...p.kegiatan.flatMap((k) =>
          k.indikator.map((i) => ({
            ...i,
            rowId: `i${i.id}`,
            tingkat: 'kegiatan' as const,
            pemilikId: k.id,
            pemilik: k.kode,
          })),
        ),
      ]),
    [renstra],
  );

  const ubahUnit = useCallback(
    (b: BarisUnit, kolom: string, mentah: unknown): HasilUbah => {
      const pagu = /^([pq])(\d{4})$/.exec(kolom);
      if (pagu) {
        const th = Number(pagu[2]);
        const angka = bacaSel(mentah, 'uang');
        if (typeof angka === 'string') return angka;
        const lama = b.pagu.find((x) => x.tahun === th);
        const baru =
          pagu[1] === 'p'
            ? { pagu: angka.nilai, realisasi: lama?.realisasi ?? null }
            : { pagu: lama?.pagu ?? null, realisasi: angka.nilai };
        if (baru.pagu === null)
          return pagu[1] === 'p'
            ? 'pagu indikatif wajib diisi (tulis 0 bila tidak ada)'
            : `isi pagu indikatif ${th} dahulu sebelum realisasinya`;
        return () =>
          api('renstra.simpanPagu', {
            tingkat: b.tingkat,
            pemilikId: b.id,
            tahun: th,
            pagu: baru.pagu!,
            realisasi: baru.realisasi,
          });
      }
      const teks = String(mentah ?? '').trim();
      const data = {
        kode: kolom === 'kode' ? teks : b.kode,
        nama: kolom === 'nama' ? teks : b.nama,
      };
      if (b.tingkat === 'kegiatan')
        return () => api('renstra.simpanKegiatan', { id: b.id, programId: b.programId, ...data });
      const sasaranRpjmdId = kolom === 'sasaran' ? (teks ? Number(teks) : null) : b.sasaranRpjmdId;
      return () =>
        api('renstra.simpanProgram', {
          id: b.id,
          rpjmdId: renstra.rpjmdId,
          opdId: renstra.opdId,
          ...data,
          sasaranRpjmdId,
        });
    },
    [renstra.rpjmdId, renstra.opdId],
  );
  const ubahIndikatorRenstra = useCallback((b: BarisIndikator, kolom: string, mentah: unknown): HasilUbah => {
    const i = ubahIndikator(b, kolom, mentah);
    if (typeof i === 'string') return i;
    return () =>
      api('renstra.simpanIndikator', {
        id: i.id,
        tingkat: i.tingkat,
        pemilikId: i.pemilikId,
        uraian: i.uraian,
        satuan: i.satuan,
        baseline: i.baseline,
        targetAkhir: i.targetAkhir,
        jenis: i.jenis,
        arah: i.arah,
        nilai: i.nilai,
      });
  }, []);
  const suntingUnit = useSuntingSel(ubahUnit, onTersimpan);
  const suntingIndikator = useSuntingSel(ubahIndikatorRenstra, onTersimpan);

  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  const hapus = useCallback(
    async (tingkat: Tingkat | 'indikator', id: number, nama: string) => {
      if (!(await konfirmasi(`Hapus ${nama}?`, '', 'Hapus'))) return;
      void jalankan(() => api('renstra.hapus', { tingkat, id }), `${nama} dihapus`).then((ok) => ok && onTersimpan());
    },
    [jalankan, onTersimpan, konfirmasi],
  );
  const tombolHapus = useCallback(
    (tingkat: Tingkat | 'indikator', id: number, nama: string) => (
      <button
        type="button"
        className="tautan-bahaya"
        aria-label={`Hapus ${nama}`}
        onClick={() => void hapus(tingkat, id, nama)}
      >
        Hapus
      </button>
    ),
    [hapus],
  );

  const labelSasaran = useMemo(() => new Map(sasaran.map((s) => [String(s.id), s.label])), [sasaran]);
  const kolomUnit = useMemo<ColDef<BarisUnit>[]>(
    () => [
      {
        colId: 'tingkat',
        headerName: 'Tingkat',
        width: 95,
        pinned: 'left',
        valueGetter: ({ data }) => (data ? LABEL_TINGKAT[data.tingkat] : ''),
      },
      { ...kolomTeks<BarisUnit>('kode', 'Kode', 110), pinned: 'left' },
      { ...kolomTeks<BarisUnit>('nama', 'Program / kegiatan', 300), pinned: 'left' },
      {
        colId: 'sasaran',
        headerName: 'Sasaran RPJMD',
        width: 240,
        editable: ({ data }) => data?.tingkat === 'program',
        cellClassRules: { 'sel-sunting': ({ data }) => data?.tingkat === 'program' },
        valueGetter: ({ data }) => (data?.sasaranRpjmdId ? String(data.sasaranRpjmdId) : ''),
        valueFormatter: ({ value, data }) =>
          data?.tingkat === 'program' ? (labelSasaran.get(value as string) ?? '(belum mendukung sasaran RPJMD)') : '',
        tooltipValueGetter: ({ data }) => labelSasaran.get(String(data?.sasaranRpjmdId)) ?? '',
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: ['', ...sasaran.map((s) => String(s.id))] },
      },
      ...tahun.flatMap((th) => [
        kolomSunting<BarisUnit>(`p${th}`, `Pagu ${th}`, 'uang', (b) => b.pagu.find((x) => x.tahun === th)?.pagu, 150),
        kolomSunting<BarisUnit>(
          `q${th}`,
          `Realisasi ${th}`,
          'uang',
          (b) => b.pagu.find((x) => x.tahun === th)?.realisasi,
          150,
        ),
      ]),
      {
        colId: 'aksi',
        headerName: '',
        width: 80,
        sortable: false,
        filter: false,
        cellRenderer: ({ data }: ICellRendererParams<BarisUnit>) =>
          data ? tombolHapus(data.tingkat, data.id, `${LABEL_TINGKAT[data.tingkat].toLowerCase()} ${data.kode}`) : null,
      },
    ],
    [tahun, sasaran, labelSasaran, tombolHapus],
  );
  const kolomIndikatorRenstra = useMemo<ColDef<BarisIndikator>[]>(
    () => [
      {
        colId: 'pemilik',
        headerName: 'Program / kegiatan',
        width: 150,
        pinned: 'left',
        valueGetter: ({ data }) => (data ? `${LABEL_TINGKAT[data.tingkat]} ${data.pemilik}` : ''),
      },
      ...kolomIndikator<BarisIndikator>(tahun, false),
      kolomSunting<BarisIndikator>('targetAkhir', 'Target akhir', 'angka', (i) => i.targetAkhir),
      {
        colId: 'aksi',
        headerName: '',
        width: 80,
        sortable: false,
        filter: false,
        cellRenderer: ({ data }: ICellRendererParams<BarisIndikator>) =>
          data ? tombolHapus('indikator', data.id, `indikator ${data.uraian}`) : null,
      },
    ],
    [tahun, tombolHapus],
  );

  return (
    <>
      {dialogKonfirmasi}
      <p className="keterangan">
        Klik dua kali pada sel untuk mengubah; perubahan langsung tersimpan. Angka ditulis cara Indonesia, mis.
        1.250.000 atau 12,5.
      </p>
      <h3>Program, kegiatan dan pagu indikatif per tahun (Rp)</h3>
      <Grid
        tinggi={tinggiGrid(unit.length)}
        rowData={unit}
        columnDefs={kolomUnit}
        getRowId={({ data }) => data.rowId}
        readOnlyEdit
        onCellEditRequest={(e) => void suntingUnit(e)}
        suppressColumnVirtualisation
      />
      <TambahKegiatan program={renstra.program} onTersimpan={onTersimpan} />
      <h3>Indikator program dan kegiatan</h3>
      <Grid
        tinggi={tinggiGrid(indikator.length)}
        rowData={indikator}
        columnDefs={kolomIndikatorRenstra}
        getRowId={({ data }) => data.rowId}
        readOnlyEdit
        onCellEditRequest={(e) => void suntingIndikator(e)}
        suppressColumnVirtualisation
      />
      <TambahIndikator unit={unit} onTersimpan={onTersimpan} />
    </>
  );
}

function TambahKegiatan({ program, onTersimpan }: { program: Renstra['program']; onTersimpan: () => void }) {
  const [form, setForm] = useState({ programId: '', kode: '', nama: '' });
  const jalankan = useSimpan();
  const programId = form.programId || String(program[0]?.id ?? '');
  if (program.length === 0) return null;
  return (
    <form
      className="renstra-tambah"
      onSubmit={(e) => {
        e.preventDefault();
        void jalankan(
          () => api('renstra.simpanKegiatan', { programId: Number(programId), kode: form.kode, nama: form.nama }),
          `Kegiatan ${form.kode} disimpan`,
        ).then((ok) => ok && (setForm({ ...form, kode: '', nama: '' }), onTersimpan()));
      }}
    >
      <select
        value={programId}
        onChange={(e) => setForm({ ...form, programId: e.target.value })}
        aria-label="Program kegiatan baru"
      >
        {program.map((p) => (
          <option key={p.id} value={p.id}>
            {p.kode} {p.nama}
          </option>
        ))}
      </select>
      <input
        value={form.kode}
        onChange={(e) => setForm({ ...form, kode: e.target.value })}
        placeholder="Kode, mis. 3.27.02.2.01"
        aria-label="Kode kegiatan baru"
        size={12}
      />
      <input
        value={form.nama}
        onChange={(e) => setForm({ ...form, nama: e.target.value })}
        placeholder="Nama kegiatan"
        aria-label="Nama kegiatan baru"
      />
      <button type="submit">Tambah kegiatan Renstra</button>
    </form>
  );
}

function TambahIndikator({ unit, onTersimpan }: { unit: BarisUnit[]; onTersimpan: () => void }) {
  const [form, setForm] = useState({ pemilik: '', uraian: '', satuan: '' });
  const jalankan = useSimpan();
  const pemilik = form.pemilik || (unit[0]?.rowId ?? '');
  const u = unit.find((x) => x.rowId === pemilik);
  if (!u) return null;
  return (
    <form
      className="renstra-tambah"
      onSubmit={(e) => {
        e.preventDefault();
        void jalankan(
          () =>
            api('renstra.simpanIndikator', {
              tingkat: u.tingkat,
              pemilikId: u.id,
              uraian: form.uraian,
              satuan: form.satuan,
            }),
          'Indikator Renstra disimpan',
        ).then((ok) => ok && (setForm({ ...form, uraian: '', satuan: '' }), onTersimpan()));
      }}
    >
      <select
        value={pemilik}
        onChange={(e) => setForm({ ...form, pemilik: e.target.value })}
        aria-label="Pemilik indikator baru"
      >
        {unit.map((x) => (
          <option key={x.rowId} value={x.rowId}>
            {LABEL_TINGKAT[x.tingkat]} {x.kode}
          </option>
        ))}
      </select>
      <input
        value={form.uraian}
        onChange={(e) => setForm({ ...form, uraian: e.target.value })}
        placeholder="Indikator…"
        aria-label="Indikator Renstra baru"
      />
      <input
        value={form.satuan}
        onChange={(e) => setForm({ ...form, satuan: e.target.value })}
        placeholder="Satuan"
        aria-label="Satuan indikator Renstra baru"
        size={8}
      />
      <button type="submit">Tambah indikator</button>
    </form>
  );
}
