// Renja/DPA import: program and kegiatan rows give names and outcome/output indicators, sub kegiatan rows carry pagu,
// plan and indicators; a Perubahan file is compared with what is stored before it replaces it.
import { formatAngka, formatRupiah } from '../../shared/format';
import { kodeInduk, LABEL_VERSI, periksaBidang, tingkatKode, type Versi } from '../../shared/renja';
import type { Context } from '../api/context';
import { periksaTarget } from '../renja/repository';
import {
  denganSqlite,
  hapusDariPerubahanSync,
  tulisIndikatorIndukSync,
  tulisRenjaSync,
  type BarisRenjaMassal,
  type HasilTulis,
  type IndikatorIndukMassal,
  type IndikatorMassal,
} from '../renja/tulis';
import { catatImpor, tanpaRiwayat } from '../riwayat/pemicu';
import type { BarisImpor } from './baris';
import type { HasilJenis, ImporInputSah, JenisImporDef, Persiapan } from './jalur';
import { labelMedan, SEMUA_BULAN, type Medan } from './medan';
import { namaInduk, periksaPaguInduk } from './renjaInduk';
import { selisihRenja } from './selisih';
import { kolomTemplat } from './templat';
import { wajibTahun } from './umum';

export interface DataRenja {
  baris: BarisRenjaMassal[];
  induk: IndikatorIndukMassal[];
  hapusDariPerubahan: number[];
}

const MEDAN: { medan: Medan; wajib: boolean }[] = [
  { medan: 'kode', wajib: true },
  { medan: 'nama', wajib: true },
  { medan: 'pagu', wajib: true },
  ...(
    [
      'kodeSkpd',
      'namaSkpd',
      'namaProgram',
      'namaKegiatan',
      'indikator',
      'satuan',
      'target',
      'indikatorProgram',
      'satuanProgram',
      'targetProgram',
      'indikatorKegiatan',
      'satuanKegiatan',
      'targetKegiatan',
    ] as const
  ).map((medan) => ({ medan, wajib: false })),
  ...([1, 2, 3, 4] as const).flatMap((tw) => [
    { medan: `targetFisik${tw}` as const, wajib: false },
    { medan: `targetKeuangan${tw}` as const, wajib: false },
  ]),
  { medan: 'lokasi', wajib: false },
  { medan: 'sumberDana', wajib: false },
  ...SEMUA_BULAN.flatMap((b) => [
    { medan: `targetFisikBulan${b}` as const, wajib: false },
    { medan: `targetKeuanganBulan${b}` as const, wajib: false },
  ]),
];

/**
 * The plan of one row: per quarter from the TW columns, or from the month columns where the OPD plans monthly
 * (the quarter is then month 3, 6, 9, 12, never typed twice); a TW column that contradicts its month is a problem.
 */
function targetDariBaris(b: BarisImpor) {
  const targetFisik: (number | null)[] = [];
  const targetKeuangan: (number | null)[] = [];
  const bulanLain: { bulan: number; targetFisik: number | null; targetKeuangan: number | null }[] = [];
  const satu = (tw: 1 | 2 | 3 | 4, jenis: 'Fisik' | 'Keuangan'): number | null => {
    const kolomTw = `target${jenis}${tw}` as const;
    const kolomBulan = `target${jenis}Bulan${(tw * 3) as 3 | 6 | 9 | 12}` as const;
    const dariTw = b.angka(kolomTw);
    const dariBulan = b.angka(kolomBulan);
    if (dariTw !== null && dariBulan !== null && Math.abs(dariTw - dariBulan) > 1e-9) {
      b.catat(kolomTw, `${labelMedan(kolomTw)} berbeda dengan ${labelMedan(kolomBulan)}: isi salah satu saja`);
    }
    return dariTw ?? dariBulan;
  };
  for (const tw of [1, 2, 3, 4] as const) {
    targetFisik.push(satu(tw, 'Fisik'));
    targetKeuangan.push(satu(tw, 'Keuangan'));
  }
  for (const bulan of SEMUA_BULAN.filter((x) => x % 3 !== 0)) {
    const fisik = b.angka(`targetFisikBulan${bulan}`);
    const keuangan = b.angka(`targetKeuanganBulan${bulan}`);
    if (fisik !== null || keuangan !== null) bulanLain.push({ bulan, targetFisik: fisik, targetKeuangan: keuangan });
  }
  return { targetFisik, targetKeuangan, bulanLain };
}

/** The row's indicator and those on the indicator-only rows under it. */
function indikatorBaris(b: BarisImpor): IndikatorMassal[] {
  const daftar: IndikatorMassal[] = [];
  for (const x of [b, ...b.indikatorTambahan]) {
    const uraian = x.teks('indikator');
    const target = x.angka('target');
    if (uraian) daftar.push({ uraian, satuan: x.teks('satuan'), target });
    else if (target !== null || x.teks('satuan'))
      x.catat('indikator', 'Target atau satuan tanpa indikator: isi kolom Indikator');
  }
  return daftar;
}

/** A title above the table that names the revision, while the file is imported as Murni. */
function periksaJudulVersi(p: Persiapan, versi: Versi): void {
  if (versi !== 'murni') return;
  for (const l of p.lembar) {
    for (let r = 0; r < l.header.awal; r++) {
      const teks = (l.lembar.baris[r] ?? []).find(
        (v): v is string => typeof v === 'string' && /perubahan|dppa/i.test(v),
      );
      if (teks) {
        p.catatan.tambah('peringatan', {
          ...l.lokasi(r + 1, ''),
          pesan: `Judul berkas menyebut perubahan ("${teks.trim()}"), tetapi berkas diimpor sebagai ${LABEL_VERSI.murni}: pilih ${LABEL_VERSI.perubahan} bila ini DPA Perubahan`,
        });
        return;
      }
    }
  }
}

async function siapkan(p: Persiapan): Promise<HasilJenis<DataRenja>> {
  const tahun = wajibTahun(p.input);
  const versi = p.input.versi;
  const namaFile = new Map<string, string>();
  const baris: BarisRenjaMassal[] = [];
  const asal: BarisImpor[] = [];
  const induk = new Map<string, IndikatorIndukMassal>();
  const indikatorInduk = (opdId: number, tingkat: 'program' | 'kegiatan', kode: string, daftar: IndikatorMassal[]) => {
    const ada = induk.get(`${opdId}|${kode}`) ?? { opdId, tahun, tingkat, kode, daftar: [] };
    for (const d of daftar) if (!ada.daftar.some((x) => x.uraian === d.uraian)) ada.daftar.push(d);
    if (ada.daftar.length > 0) induk.set(`${opdId}|${kode}`, ada);
  };
  const paguInduk = new Map<string, { b: BarisImpor; pagu: number }>();
  const kodeDilihat = new Map<string, number>();
  const opdDb = new Map(
    (await p.ctx.db.selectFrom('opd').select(['id', 'kode', 'nama']).execute()).map((o) => [o.id, o]),
  );
  const bidangDisebut = new Set<string>();
  periksaJudulVersi(p, versi);

  for (const b of p.data) {
    const kode = b.kode();
    const tingkat = tingkatKode(kode);
    if (!tingkat) {
      b.catat(
        'kode',
        kode === ''
          ? 'Kode wajib diisi'
          : `Kode "${kode}" bukan kode program, kegiatan atau sub kegiatan (contoh 1.02.02.2.01.0001)`,
      );
      continue;
    }
    const opdId = b.opdId;
    if (opdId === null) continue;
    const kunci = `${opdId}|${kode}`;
    if (kodeDilihat.has(kunci)) {
      b.catat('kode', `Kode ${kode} sudah tertulis di baris ${kodeDilihat.get(kunci)}`);
      continue;
    }
    kodeDilihat.set(kunci, b.nomor);
    const uraian = b.teks('nama');
    if (uraian === '') b.catat('nama', 'Uraian wajib diisi');
    const indikator = indikatorBaris(b);
    const programKode = tingkat === 'program' ? kode : kodeInduk(tingkat === 'kegiatan' ? kode : kodeInduk(kode)!)!;
    const opd = opdDb.get(opdId)!;
    const salahBidang = periksaBidang(programKode, opd);
    if (salahBidang && !bidangDisebut.has(`${opdId}|${programKode}`)) {
      bidangDisebut.add(`${opdId}|${programKode}`);
      b.peringatkan('kode', salahBidang);
    }
    if (tingkat !== 'subKegiatan') {
      namaFile.set(kunci, uraian);
      indikatorInduk(opdId, tingkat, kode, indikator);
      const pagu = b.angka('pagu');
      if (pagu !== null) paguInduk.set(kunci, { b, pagu });
      continue;
    }
    const pagu = b.angka('pagu');
    if (pagu === null && !b.isi('pagu')) b.catat('pagu', 'Pagu (Rp) wajib diisi');
    const { targetFisik, targetKeuangan, bulanLain } = targetDariBaris(b);
    if (pagu !== null) {
      const semua = [
        ...[3, 6, 9, 12].map((bulan, i) => ({
          bulan,
          targetFisik: targetFisik[i]!,
          targetKeuangan: targetKeuangan[i]!,
        })),
        ...bulanLain,
      ];
      for (const s of periksaTarget(semua, pagu)) b.catat('', s.pesan);
    }
    const kegiatanKode = kodeInduk(kode)!;
    // A flat export repeats the program's and kegiatan's indicators on every sub kegiatan row.
    for (const [t, kodeInd, akhiran] of [
      ['program', programKode, 'Program'],
      ['kegiatan', kegiatanKode, 'Kegiatan'],
    ] as const) {
      const uraian = b.teks(`indikator${akhiran}`);
      if (uraian)
        indikatorInduk(opdId, t, kodeInd, [
          { uraian, satuan: b.teks(`satuan${akhiran}`), target: b.angka(`target${akhiran}`) },
        ]);
    }
    for (const [kolom, kodeInd] of [
      ['namaProgram', programKode],
      ['namaKegiatan', kegiatanKode],
    ] as const) {
      const n = b.teks(kolom);
      if (n && !namaFile.has(`${opdId}|${kodeInd}`)) namaFile.set(`${opdId}|${kodeInd}`, n);
    }
    const [pertama = null, ...lain] = indikator;
    baris.push({
      opdId,
      tahun,
      programKode,
      programNama: '',
      kegiatanKode,
      kegiatanNama: '',
      subKode: kode,
      subNama: uraian,
      lokasi: b.teks('lokasi'),
      sumberDana: b.teks('sumberDana'),
      pagu: pagu ?? 0,
      targetFisik,
      targetKeuangan,
      targetBulanLain: bulanLain,
      indikator: pertama,
      ...(lain.length > 0 ? { indikatorLain: lain } : {}),
    });
    asal.push(b);
    b.dihitung = pagu;
    p.opd.hitung(opdId);
  }

  await namaInduk(p, tahun, baris, asal, namaFile);
  periksaPaguInduk(baris, paguInduk);
  const selisih = await selisihRenja(p, tahun, versi, baris);

  const jumlahPagu = baris.reduce((a, h) => a + h.pagu, 0);
  const perTingkat = (t: 'program' | 'kegiatan') =>
    [...induk.values()].filter((i) => i.tingkat === t).reduce((a, i) => a + i.daftar.length, 0);
  const jumlahIndikator =
    baris.reduce((a, h) => a + (h.indikator ? 1 + (h.indikatorLain?.length ?? 0) : 0), 0) +
    perTingkat('program') +
    perTingkat('kegiatan');
  const ringkasan = [
    `${formatAngka(new Set(baris.map((h) => `${h.opdId}|${h.programKode}`)).size)} program, ${formatAngka(new Set(baris.map((h) => `${h.opdId}|${h.kegiatanKode}`)).size)} kegiatan, ${formatAngka(baris.length)} sub kegiatan`,
    `Jumlah pagu ${formatRupiah(jumlahPagu)} (${LABEL_VERSI[versi]}, tahun ${tahun})`,
    `${formatAngka(jumlahIndikator)} indikator (program ${formatAngka(perTingkat('program'))}, kegiatan ${formatAngka(perTingkat('kegiatan'))})`,
  ];
  return {
    ringkasan,
    versi,
    selisih: selisih.selisih,
    jumlah: baris.length,
    data: { baris, induk: [...induk.values()], hapusDariPerubahan: selisih.hapus },
  };
}

/**
 * Writes an import's rows in one transaction. New rows are many and carry no old value, so they get one summary
 * entry in the history; rows the file changes keep every old value there.
 */
export function tulisImporRenja(
  ctx: Pick<Context, 'db' | 'sqlite' | 'sesi' | 'kemajuan'>,
  opsi: { versi: Versi; namaBerkas: string },
  ringkasan: string[],
  baris: BarisRenjaMassal[],
  tambahan: Omit<DataRenja, 'baris'> = { induk: [], hapusDariPerubahan: [] },
): Promise<HasilTulis> {
  const opd = new Set(baris.map((b) => b.opdId));
  return tanpaRiwayat(ctx.sqlite, ['tambah'], () =>
    denganSqlite(ctx.db, ctx.sqlite, () => {
      const hasil = tulisRenjaSync(ctx.sqlite, opsi.versi, baris, ctx.kemajuan);
      tulisIndikatorIndukSync(ctx.sqlite, tambahan.induk);
      if (opsi.versi === 'perubahan') hapusDariPerubahanSync(ctx.sqlite, tambahan.hapusDariPerubahan);
      catatImpor(ctx.sqlite, {
        berkas: opsi.namaBerkas,
        ringkasan,
        opdId: opd.size === 1 ? [...opd][0]! : null,
        operator: ctx.sesi.operator,
      });
      return hasil;
    }),
  );
}

export const imporRenja: JenisImporDef<DataRenja> = {
  templat: () =>
    Promise.resolve({
      kolom: [
        kolomTemplat(
          'Kode',
          'kode',
          20,
          'Kode program (1.02.02), kegiatan (1.02.02.2.01) atau sub kegiatan (1.02.02.2.01.0001). Wajib.',
        ),
        kolomTemplat(
          'Program/Kegiatan/Sub Kegiatan',
          'nama',
          44,
          'Nama sesuai DPA. Wajib; program dan kegiatan ditulis sebagai baris sendiri di atas sub kegiatannya.',
        ),
        kolomTemplat(
          'Indikator',
          'indikator',
          36,
          'Indikator program (outcome), kegiatan atau sub kegiatan (output). Indikator kedua dan seterusnya: baris di bawahnya, tanpa kode dan nama.',
        ),
        kolomTemplat('Satuan', 'satuan', 10, 'Satuan indikator, mis. Unit, Orang, %.'),
        kolomTemplat('Target', 'target', 10, 'Target indikator tahun ini.'),
        kolomTemplat(
          'Pagu (Rp)',
          'pagu',
          18,
          'Pagu sub kegiatan. Wajib pada baris sub kegiatan; pada baris program/kegiatan boleh diisi jumlahnya (diperiksa).',
        ),
        ...(['I', 'II', 'III', 'IV'] as const).map((r, i) =>
          kolomTemplat(
            `Target Fisik TW ${r} (%)`,
            `targetFisik${(i + 1) as 1 | 2 | 3 | 4}`,
            11,
            `Target fisik kumulatif s.d. akhir triwulan ${r}, 0-100.`,
          ),
        ),
        ...(['I', 'II', 'III', 'IV'] as const).map((r, i) =>
          kolomTemplat(
            `Target Keuangan TW ${r} (Rp)`,
            `targetKeuangan${(i + 1) as 1 | 2 | 3 | 4}`,
            17,
            `Anggaran kas kumulatif s.d. akhir triwulan ${r}, tidak melebihi pagu.`,
          ),
        ),
        kolomTemplat('Lokasi', 'lokasi', 18, 'Lokasi kegiatan.'),
        kolomTemplat('Sumber Dana', 'sumberDana', 14, 'Mis. DAU, DAK Fisik, PAD.'),
      ],
      contoh: [
        [
          '3.27.02',
          'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
          'Persentase kelompok tani yang memanfaatkan sarana pertanian',
          '%',
          80,
          250_000_000,
        ],
        [
          '3.27.02.2.01',
          'Pengawasan Penggunaan Sarana Pertanian',
          'Jumlah dokumen hasil pengawasan',
          'Dokumen',
          2,
          250_000_000,
        ],
        [
          '3.27.02.2.01.0001',
          'Pengawasan Pupuk Bersubsidi',
          'Jumlah kios pupuk yang diawasi',
          'Kios',
          40,
          250_000_000,
          25,
          50,
          75,
          100,
          50_000_000,
          125_000_000,
          190_000_000,
          250_000_000,
          'Kec. Labungkari',
          'DAU',
        ],
        [null, null, 'Jumlah petani penerima yang didata', 'Orang', 1200],
      ],
      catatan: [
        'Satu berkas untuk satu OPD (pilih OPD tujuan di Sinergi), kecuali berkas memuat kolom Kode SKPD atau judul OPD. Pilih APBD Murni atau Perubahan di pratinjau.',
      ],
    }),
  medan: () => Promise.resolve(MEDAN),
  satuan: 'sub kegiatan',
  medanJumlah: 'pagu',
  konteks: (_ctx, input: ImporInputSah) => Promise.resolve({ versi: input.versi, triwulan: null }),
  siapkan,
  tulis: async (ctx, input, hasil) => {
    await tulisImporRenja(
      ctx,
      { versi: input.versi, namaBerkas: input.namaBerkas },
      hasil.ringkasan,
      hasil.data.baris,
      hasil.data,
    );
  },
};
