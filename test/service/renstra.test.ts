import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import type { Input } from '../../src/shared/api';
import { angkaRenstraUntukE81 } from '../../src/main/renstra/e81';
import { bacaDocx } from '../helpers/docx';
import { dumpDatabase, isiPengaturan, tempBackend, type TempBackend } from '../helpers/backend';
import { TAHUN } from '../helpers/renja';
import { buatContohRenstra, isiRealisasiContoh } from '../helpers/renstra';

describe('RPJMD, Renstra and the link from Renja', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohRenstra>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohRenstra(b);
    await isiRealisasiContoh(b, ids);
  });
  afterEach(() => t.dispose());

  /** A partial save of a grid row: what is not given keeps its stored value. */
  const simpanBaris = (input: Partial<Input<'renstra.simpanBaris'>>) =>
    b.call('renstra.simpanBaris', input as Input<'renstra.simpanBaris'>);
  const simpul = async (kunci: string) =>
    (await b.call('renstra.pohon', { tahun: TAHUN })).baris.find((x) => x.kunci === kunci);

  it('reads the RPJMD back as entered, with yearly targets and priorities', async () => {
    const p = await b.call('rpjmd.simpanPrioritas', {
      rpjmdId: ids.rpjmd.id,
      tingkat: 'daerah',
      nama: 'SMAS',
      uraian: 'Sehat, Mandiri, Agamis dan Sejahtera',
      sasaranIds: [ids.sasaran.id],
    });
    const r = await b.call('rpjmd.rincian', { id: ids.rpjmd.id });
    expect(r).toMatchObject({ tahunAwal: 2025, tahunAkhir: 2029, namaBupati: 'H. Bupati Contoh' });
    expect(r.misi.map((m) => m.nomor)).toEqual([1, 2]);
    const s = r.misi[0]!.tujuan[0]!.sasaran[0]!;
    expect(s.prioritasIds).toEqual([p.id]);
    expect(s.indikator[0]!.nilai).toEqual([
      { tahun: 2025, target: 5.2, realisasi: 5.1 },
      { tahun: TAHUN, target: 5.4, realisasi: null },
    ]);
    expect(r.prioritas).toEqual([
      expect.objectContaining({ nama: 'SMAS', tingkat: 'daerah', sasaranIds: [ids.sasaran.id] }),
    ]);
    const renstra = await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    expect(renstra.program[0]).toMatchObject({ kode: '3.27.02', sasaranRpjmdId: ids.sasaran.id });
    expect(renstra.program[0]!.indikator[0]).toMatchObject({ baseline: 60, targetAkhir: 80 });
  });

  it('suggests the Renstra program of the same code; linking it changes the capaian up the tree', async () => {
    const [baris] = await b.call('renstra.tautan', { tahun: TAHUN });
    expect(baris).toMatchObject({ programId: ids.program.id, pagu: 500_000_000, tertaut: null });
    expect(baris!.saran).toEqual([
      expect.objectContaining({
        id: ids.renstraProgram.id,
        renstraProgramId: ids.renstraProgram.id,
        skor: 1,
        alasan: 'Kode sama',
      }),
    ]);
    expect((await simpul(`m:${ids.misi.id}`))!.capaian).toBeNull();
    expect((await b.call('renstra.pohon', { tahun: TAHUN })).porsi.at(-1)).toEqual({
      label: 'Belum terhubung ke sasaran RPJMD',
      pagu: 500_000_000,
      persen: 100,
    });

    await b.call('renstra.tautkan', { programId: ids.program.id, renstraProgramId: ids.renstraProgram.id });
    const pohon = await b.call('renstra.pohon', { tahun: TAHUN });
    expect(pohon.bulan).toBe(6);
    const k = (kunci: string) => pohon.baris.find((x) => x.kunci === kunci)!;
    // A: 70%, B: 120%, weighted 400:100 -> 80%; sasaran, tujuan, misi and visi follow (no BPS figure yet for the year).
    expect(k(`s:${ids.a.id}`).capaian).toBeCloseTo(70);
    expect(k(`k:${ids.kegiatan.id}`).capaian).toBeCloseTo(80);
    expect(k(`p:${ids.program.id}`).capaian).toBeCloseTo(80);
    expect(k(`p:${ids.program.id}`).realisasiFisik).toBeCloseTo(37);
    expect(k(`rp:${ids.renstraProgram.id}`).capaian).toBeCloseTo(80);
    expect(k(`sa:${ids.sasaran.id}`)).toMatchObject({ sumber: 'turunan', kategori: 'Tinggi' });
    expect(k(`m:${ids.misi.id}`).capaian).toBeCloseTo(80);
    expect(k('visi').capaian).toBeCloseTo(80);
    expect(pohon.porsi).toEqual([
      { label: 'Misi 1', pagu: 500_000_000, persen: 100 },
      { label: 'Misi 2', pagu: 0, persen: 0 },
      { label: 'Program penunjang urusan', pagu: 0, persen: 0 },
      { label: 'Belum terhubung ke sasaran RPJMD', pagu: 0, persen: 0 },
    ]);

    // Once BPS publishes the year's figure, the sasaran reads its own indicator: 5,67 of 5,4 = 105%.
    await b.call('rpjmd.simpanIndikator', {
      id: ids.indikatorSasaran.id,
      sasaranId: ids.sasaran.id,
      uraian: 'Pertumbuhan Ekonomi',
      satuan: '%',
      nilai: [{ tahun: TAHUN, target: 5.4, realisasi: 5.67 }],
    });
    expect(await simpul(`sa:${ids.sasaran.id}`)).toMatchObject({ sumber: 'indikator', kategori: 'Sangat Tinggi' });
    expect((await simpul(`sa:${ids.sasaran.id}`))!.capaian).toBeCloseTo(105);

    await b.call('renstra.lepasTautan', { programId: ids.program.id });
    expect((await b.call('renstra.tautan', { tahun: TAHUN }))[0]!.tertaut).toBeNull();
  });

  it('finds the plan inconsistent before the link and consistent after it', async () => {
    const aturan = async () =>
      (await b.call('renstra.konsistensi', { tahun: TAHUN })).temuan.map((x) => `${x.aturan} ${x.opd} ${x.kode}`);
    expect(await aturan()).toEqual([
      'renja-tanpa-renstra Dinas Pertanian 3.27.02',
      'renstra-tanpa-anggaran Dinas Pertanian 3.27.02',
    ]);
    await b.call('renstra.tautkan', { programId: ids.program.id, renstraProgramId: ids.renstraProgram.id });
    expect(await aturan()).toEqual([]);

    // A second OPD budgeting the same program, an outcome target below the Renstra path, a sub kegiatan without output.
    // It serves bidang 3.27 as its second bidang, or Sinergi would refuse the program as not its own.
    const opd2 = await b.call('opd.simpan', {
      kode: '2.09.3.27.0.00.01.0000',
      nama: 'Dinas Ketahanan Pangan',
      klaster: 'ekonomi',
      kepalaNama: 'Ir. Nurdin',
      kepalaNip: '197203031998031002',
    });
    const p2 = await b.call('renja.simpanProgram', {
      opdId: opd2.id,
      tahun: TAHUN,
      kode: '3.27.02',
      nama: 'PROGRAM SARANA PERTANIAN',
    });
    const k2 = await b.call('renja.simpanKegiatan', { programId: p2.id, kode: '3.27.02.2.01', nama: 'Pengawasan' });
    await b.call('renja.simpanSubKegiatan', {
      kegiatanId: k2.id,
      kode: '3.27.02.2.01.0001',
      nama: 'Pupuk',
      versi: 'murni',
      pagu: 50_000_000,
    });
    await b.call('renja.simpanIndikator', {
      tingkat: 'program',
      pemilikId: ids.program.id,
      uraian: 'Persentase kelompok tani',
      satuan: '%',
      target: 66,
      jenis: 'posisi',
    });
    const temuan = (await b.call('renstra.konsistensi', { tahun: TAHUN })).temuan;
    expect(temuan.map((x) => `${x.aturan} ${x.opd} ${x.kode}`)).toEqual([
      'renja-tanpa-renstra Dinas Ketahanan Pangan 3.27.02',
      'sub-tanpa-indikator Dinas Ketahanan Pangan 3.27.02.2.01.0001',
      'target-di-bawah-renstra Dinas Pertanian 3.27.02',
      'benturan-kewenangan Dinas Ketahanan Pangan 3.27.02',
      'benturan-kewenangan Dinas Pertanian 3.27.02',
    ]);
    expect(temuan[2]!.pesan).toBe(
      '"Persentase kelompok tani": target Renja 66% tertinggal dari target Renstra tahun 2026 68%',
    );
  });

  it('writes the Konsistensi DOCX with the kop, the count per rule and each finding', async () => {
    await isiPengaturan(b);
    const berkas = await b.call('renstra.konsistensiDocx', { tahun: TAHUN });
    expect(berkas.namaBerkas).toBe(`Konsistensi Renstra-Renja ${TAHUN}.docx`);
    const { paragraf, teks } = await bacaDocx(Buffer.from(berkas.base64, 'base64'));
    expect(paragraf).toContain('HASIL PEMERIKSAAN KONSISTENSI PERENCANAAN DAN PENGANGGARAN');
    expect(paragraf).toContain('A. Program Renja tanpa program Renstra');
    expect(teks).toContain(
      'Dinas Pertanian\n3.27.02\nPROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN (pagu Rp500.000.000)',
    );
    expect(paragraf.filter((p) => p === 'Tidak ada temuan.')).toHaveLength(5);
  });

  it('gives the E.81 report the Renstra end target and realisation up to last year', async () => {
    await b.call('renstra.tautkan', { programId: ids.program.id, renstraProgramId: ids.renstraProgram.id });
    await simpanBaris({
      tingkat: 'program',
      id: ids.renstraProgram.id,
      pagu: [
        { tahun: 2025, pagu: 400_000_000, realisasi: 380_000_000 },
        { tahun: 2026, pagu: 500_000_000, realisasi: null },
        { tahun: 2027, pagu: 550_000_000, realisasi: null },
      ],
    });
    const kegiatan = await b.call('renstra.simpanKegiatan', {
      programId: ids.renstraProgram.id,
      kode: '3.27.02.2.01',
      nama: 'Pengawasan Penggunaan Sarana Pertanian',
    });
    const angka = await angkaRenstraUntukE81(b.ctx.db, TAHUN, ids.opd.id);
    expect(angka.program.get(ids.program.id)).toEqual({
      renstraId: ids.renstraProgram.id,
      kode: '3.27.02',
      indikator: [
        {
          uraian: 'Persentase kelompok tani yang memanfaatkan sarana pertanian',
          satuan: '%',
          targetAkhir: 80,
          realisasiSdTahunLalu: 63,
        },
      ],
      paguAkhir: 1_450_000_000,
      realisasiSdTahunLaluRp: 380_000_000,
    });
    expect(angka.kegiatan.get(ids.kegiatan.id)).toMatchObject({
      renstraId: kegiatan.id,
      paguAkhir: null,
      indikator: [],
    });
    expect((await angkaRenstraUntukE81(b.ctx.db, TAHUN, 999)).program.size).toBe(0);
  });

  it('saves a misi, tujuan or sasaran under its own parent, refusing a parent that is not there', async () => {
    const sebelum = dumpDatabase(b);
    await expect(b.call('rpjmd.simpanMisi', { rpjmdId: 999_999, nomor: 9, uraian: 'X' })).rejects.toThrow(
      'RPJMD dengan ID 999999 tidak ditemukan',
    );
    await expect(b.call('rpjmd.simpanTujuan', { misiId: 999_999, nomor: 9, uraian: 'X' })).rejects.toThrow(
      'Misi dengan ID 999999 tidak ditemukan',
    );
    await expect(b.call('rpjmd.simpanSasaran', { tujuanId: 999_999, nomor: 9, uraian: 'X' })).rejects.toThrow(
      'Tujuan dengan ID 999999 tidak ditemukan',
    );
    expect(dumpDatabase(b)).toBe(sebelum);

    const tujuan = await b.call('rpjmd.simpanTujuan', { misiId: ids.misi2.id, nomor: 4, uraian: 'Tujuan baru' });
    const sasaran = await b.call('rpjmd.simpanSasaran', { tujuanId: tujuan.id, nomor: 2, uraian: 'Sasaran baru' });
    const misi2 = (await b.call('rpjmd.rincian', { id: ids.rpjmd.id })).misi.find((m) => m.id === ids.misi2.id)!;
    expect(misi2.tujuan.find((x) => x.id === tujuan.id)).toMatchObject({
      nomor: 4,
      uraian: 'Tujuan baru',
      sasaran: [{ id: sasaran.id, nomor: 2, uraian: 'Sasaran baru' }],
    });
  });

  it('refuses bad input with the field named in Indonesian and changes nothing', async () => {
    const sebelum = dumpDatabase(b);
    const tolak = (p: Promise<unknown>) => expect(p).rejects.toThrow();
    await expect(
      b.call('rpjmd.simpanIndikator', {
        sasaranId: ids.sasaran.id,
        uraian: 'IPM',
        nilai: [{ tahun: 2031, target: 70 }],
      }),
    ).rejects.toThrow('Tahun 2031 di luar periode RPJMD 2025-2029');
    await expect(
      b.call('rpjmd.simpanIndikator', {
        sasaranId: ids.sasaran.id,
        uraian: 'IPM',
        nilai: [
          { tahun: 2026, target: 70 },
          { tahun: 2026, target: 71 },
        ],
      }),
    ).rejects.toThrow('Tahun 2026 tertulis dua kali');
    await expect(b.call('rpjmd.simpan', { tahunAwal: 2027, visi: 'Visi lain' })).rejects.toThrow(
      'Periode 2027-2031 bertumpang tindih dengan RPJMD 2025-2029',
    );
    await expect(b.call('rpjmd.simpan', { tahunAwal: '2027' as unknown as number, visi: 'x' })).rejects.toThrow(
      'Tahun awal harus berupa angka',
    );
    await expect(b.call('rpjmd.simpanMisi', { rpjmdId: ids.rpjmd.id, nomor: 1, uraian: 'Lagi' })).rejects.toThrow(
      'Misi nomor 1 sudah ada',
    );
    await expect(b.call('rpjmd.simpanMisi', { rpjmdId: ids.rpjmd.id, nomor: 3, uraian: '  ' })).rejects.toThrow(
      'Misi wajib diisi',
    );
    await expect(
      b.call('renstra.simpanProgram', {
        rpjmdId: ids.rpjmd.id,
        opdId: ids.opd.id,
        kode: '3.27',
        nama: 'X',
        sasaranRpjmdId: null,
      }),
    ).rejects.toThrow('Kode program "3.27" tidak sesuai pola seperti 1.02.02');
    await expect(
      b.call('renstra.simpanProgram', {
        rpjmdId: ids.rpjmd.id,
        opdId: ids.opd.id,
        kode: '3.27.02',
        nama: 'X',
        sasaranRpjmdId: null,
      }),
    ).rejects.toThrow('Program dengan kode 3.27.02 sudah ada di Renstra OPD ini');
    await expect(
      b.call('renstra.simpanKegiatan', { programId: ids.renstraProgram.id, kode: '3.27.03.2.01', nama: 'X' }),
    ).rejects.toThrow('Kode 3.27.03.2.01 tidak berada di bawah 3.27.02');
    const baris = { tingkat: 'program' as const, id: ids.renstraProgram.id };
    await expect(simpanBaris({ ...baris, pagu: [{ tahun: 2024, pagu: 1 }] })).rejects.toThrow(
      'Tahun 2024 di luar periode RPJMD 2025-2029',
    );
    await expect(simpanBaris({ ...baris, pagu: [{ tahun: 2026, pagu: 1.234 }] })).rejects.toThrow(
      'Pagu indikatif 2026 paling banyak 2 angka desimal',
    );
    await expect(b.call('renstra.lepasTautan', { programId: ids.program.id })).rejects.toThrow(
      'Program Renja ini belum ditautkan ke program Renstra',
    );
    expect(dumpDatabase(b) === sebelum).toBe(true);
    const lama = await b.call('renja.simpanProgram', { opdId: ids.opd.id, tahun: 2024, kode: '3.27.02', nama: 'Lama' });
    const sesudahProgramLama = dumpDatabase(b);
    await expect(
      b.call('renstra.tautkan', { programId: lama.id, renstraProgramId: ids.renstraProgram.id }),
    ).rejects.toThrow('Program Renja tahun 2024 tidak dapat ditautkan ke Renstra periode 2025-2029');
    await expect(b.call('renstra.tautkan', { programId: ids.program.id, renstraProgramId: 999_999 })).rejects.toThrow(
      'Program Renstra dengan ID 999999 tidak ditemukan',
    );
    await tolak(b.call('rpjmd.hapus', { jenis: 'rpjmd', id: ids.rpjmd.id }));
    expect(dumpDatabase(b) === sesudahProgramLama).toBe(true);
  });
});
