// Partial updates, generated from the contract: for every save that edits a stored row and every field of its input,
// saving that one field changes that field only; saving nothing changes nothing; '' or null clears where allowed.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { pemuatSuntingan } from '../../src/main/api/handlers';
import type { Pemuat } from '../../src/main/api/sunting';
import { TABEL_DIAUDIT } from '../../src/main/riwayat/pemicu';
import type { Backend } from '../../src/main/backend';
import { contract, type MethodName } from '../../src/shared/api';
import { PRESET_PREDIKAT } from '../../src/shared/monev/aturan';
import { salinBackend, tempBackendContoh, type TempBackend } from '../helpers/backend';

type Isian = Record<string, unknown>;

interface Ids {
  opd: number[];
  program: { id: number; kode: string };
  kegiatan: { id: number; kode: string };
  sub: number;
  /** Two sub kegiatan for contracts. */
  subKontrak: number[];
  kategori: number[];
  rapat: number[];
  acara: number;
  penandatangan: number[];
  rpjmd: number;
  misi: number;
  tujuan: number;
  sasaran: number[];
  renstraProgram: { id: number; kode: string };
  /** Another Renstra program, for the grid row's save (which changes its code). */
  renstraBaris: number;
}

const NIP_A = '197001011995031001';
const NIP_B = '198202022006042002';

/** Two full inputs of each save, different in every field that a later save may change. */
function contoh(ids: Ids, tahun: number): Partial<Record<MethodName, [Isian, Isian]>> {
  const rapat = (judul: string, varian: 0 | 1): Isian => ({
    jenis: varian ? 'pra_rakorev' : 'rakor_triwulan',
    judul,
    tahun,
    triwulan: varian ? 2 : 1,
    tanggal: varian ? `${tahun}-07-10` : `${tahun}-04-10`,
    waktuMulai: varian ? '13:00' : '09:00',
    waktuSelesai: varian ? '15:00' : 'selesai',
    tempat: varian ? 'Aula Bappeda' : 'Ruang Rapat Sekda',
    pimpinanId: ids.penandatangan[varian],
    penandatanganId: ids.penandatangan[1 - varian],
    atasNama: varian ? 'BUPATI CONTOH' : '',
    tujuan: varian ? 'sekretaris' : 'kepala',
    tanggalSurat: varian ? `${tahun}-07-01` : '',
    sifat: varian ? 'Penting' : 'Biasa',
    lampiran: varian ? 2 : null,
    hal: varian ? 'Undangan Pra-Rakorev' : 'Undangan Rakor',
    pembuka: varian ? 'Dalam rangka evaluasi' : '',
    penutup: varian ? 'Atas perhatiannya' : '',
    acara: [{ uraian: varian ? 'Evaluasi triwulan II' : 'Paparan realisasi' }],
    narasumber: varian ? ['Kepala Bappeda'] : [],
    tembusan: varian ? ['Bupati Contoh', 'Wakil Bupati'] : ['Bupati Contoh'],
    peserta: [
      { opdId: ids.opd[varian], diundang: true, kehadiran: varian ? 'hadir' : '' },
      { nama: varian ? 'Ir. Budi' : 'Dra. Sari', jabatan: 'Narasumber', instansi: 'Bappeda', diundang: !varian },
    ],
  });
  const indikatorSasaran = (varian: 0 | 1): Isian => ({
    sasaranId: ids.sasaran[varian],
    uraian: varian ? 'Indeks Pembangunan Manusia' : 'Angka kemiskinan',
    satuan: varian ? 'indeks' : '%',
    baseline: varian ? 70.1 : 12.5,
    jenis: varian ? 'posisi' : 'jumlah',
    arah: varian ? 'positif' : 'negatif',
    nilai: [{ tahun, target: varian ? 72 : 11, realisasi: varian ? 71.5 : null }],
  });
  return {
    'opd.simpan': [
      {
        kode: '1.01.2.22.0.00.91.0000',
        nama: 'Dinas Uji Coba A',
        singkatan: 'DUCA',
        klaster: 'ekonomi',
        kepalaNama: 'Ir. Ahmad',
        kepalaJabatan: 'Kepala Dinas',
        kepalaNip: NIP_A,
        sekretarisNama: 'Siti',
        sekretarisNip: NIP_B,
        alamat: 'Jl. Satu',
        telepon: '0403 1',
        kontakNama: 'Rahmat',
        kontakTelepon: '+6281234567890',
      },
      {
        kode: '1.01.2.22.0.00.92.0000',
        nama: 'Dinas Uji Coba B',
        singkatan: 'DUCB',
        klaster: 'infrastruktur',
        kepalaNama: 'Dr. Budi',
        kepalaJabatan: 'Plt. Kepala Dinas',
        kepalaNip: NIP_B,
        sekretarisNama: 'Wati',
        sekretarisNip: NIP_A,
        alamat: 'Jl. Dua',
        telepon: '0403 2',
        kontakNama: 'Nurul',
        kontakTelepon: '+62403210001',
      },
    ],
    'penandatangan.simpan': [
      {
        nama: 'Drs. A',
        jabatan: 'Sekretaris Daerah',
        pangkat: 'Pembina Utama Madya (IV/d)',
        nip: NIP_A,
        kedudukan: '',
        atasNama: 'Bupati Uji',
        untukBeliau: '',
      },
      {
        nama: 'Drs. B',
        jabatan: 'Asisten II',
        pangkat: 'Pembina Utama Muda (IV/c)',
        nip: NIP_B,
        kedudukan: 'Plt.',
        atasNama: 'Bupati Coba',
        untukBeliau: 'Sekretaris Daerah',
      },
    ],
    'renja.simpanProgram': [
      { opdId: ids.opd[0], tahun, kode: '1.01.91', nama: 'PROGRAM UJI A' },
      { opdId: ids.opd[0], tahun, kode: '1.01.92', nama: 'PROGRAM UJI B' },
    ],
    'renja.simpanKegiatan': [
      { programId: ids.program.id, kode: `${ids.program.kode}.2.91`, nama: 'Kegiatan Uji A' },
      { programId: ids.program.id, kode: `${ids.program.kode}.2.92`, nama: 'Kegiatan Uji B' },
    ],
    'renja.simpanSubKegiatan': [
      {
        kegiatanId: ids.kegiatan.id,
        kode: `${ids.kegiatan.kode}.0991`,
        nama: 'Sub Uji A',
        lokasi: 'Kecamatan A',
        sumberDana: 'DAU',
        versi: 'murni',
        pagu: 100_000_000,
        target: [
          { bulan: 3, targetFisik: 20, targetKeuangan: 10_000_000 },
          { bulan: 6, targetFisik: 50, targetKeuangan: 40_000_000 },
        ],
      },
      {
        kegiatanId: ids.kegiatan.id,
        kode: `${ids.kegiatan.kode}.0992`,
        nama: 'Sub Uji B',
        lokasi: 'Kecamatan B',
        sumberDana: 'DAK Fisik',
        versi: 'murni',
        pagu: 250_000_000.5,
        target: [
          { bulan: 3, targetFisik: 25, targetKeuangan: null },
          { bulan: 6, targetFisik: 60, targetKeuangan: 90_000_000 },
        ],
      },
    ],
    'renja.simpanIndikator': [
      {
        tingkat: 'subKegiatan',
        pemilikId: ids.sub,
        uraian: 'Jumlah kios',
        satuan: 'Kios',
        target: 40,
        jenis: 'jumlah',
        arah: 'positif',
      },
      {
        tingkat: 'kegiatan',
        pemilikId: ids.kegiatan.id,
        uraian: 'Angka serangan',
        satuan: '%',
        target: 5,
        jenis: 'posisi',
        arah: 'negatif',
      },
    ],
    'rapat.simpan': [rapat('Rakor Uji A', 0), rapat('Rakor Uji B', 1)],
    'rapat.simpanNotulen': [
      {
        rapatId: ids.rapat[0],
        notulisNama: 'Rina',
        notulisNip: NIP_A,
        pembukaan: 'Dibuka oleh Asisten II',
        kesimpulan: 'OPD merah menyusun rencana aksi',
        pembahasan: [{ acaraId: null, pembicara: 'Kabag', uraian: 'Realisasi fisik 48%' }],
      },
      {
        rapatId: ids.rapat[0],
        notulisNama: 'Tono',
        notulisNip: NIP_B,
        pembukaan: 'Dibuka oleh Sekda',
        kesimpulan: 'Percepatan lelang',
        pembahasan: [{ acaraId: ids.acara, pembicara: 'Kadis PU', uraian: 'Lelang ulang jalan' }],
      },
    ],
    'tindakLanjut.simpan': [
      {
        rapatId: ids.rapat[0],
        uraian: 'Percepat lelang',
        opdIds: [ids.opd[0]],
        batasWaktu: `${tahun}-08-01`,
        status: 'belum',
        bukti: '',
      },
      {
        rapatId: ids.rapat[1],
        uraian: 'Laporkan SP2D',
        opdIds: [ids.opd[1], ids.opd[2]],
        batasWaktu: null,
        status: 'proses',
        bukti: 'Surat 12',
      },
    ],
    'kendala.simpan': [
      {
        rapatId: ids.rapat[0],
        uraian: 'Lahan belum bebas',
        opdId: ids.opd[0],
        tingkat: 'opd',
        status: 'belum',
        solusi: '',
        subKegiatanId: null,
        kategoriId: ids.kategori[0],
        kemungkinan: 2,
        dampak: 3,
      },
      {
        rapatId: ids.rapat[1],
        uraian: 'Juknis DAK terlambat',
        opdId: null,
        tingkat: 'pusat',
        status: 'proses',
        solusi: 'Surati kementerian',
        subKegiatanId: null,
        kategoriId: ids.kategori[1],
        kemungkinan: 4,
        dampak: 5,
      },
    ],
    'kategoriKendala.simpan': [
      { nama: 'Kategori Uji A', urutan: 50 },
      { nama: 'Kategori Uji B', urutan: 60 },
    ],
    'kontrak.simpan': [
      {
        subKegiatanId: ids.subKontrak[0],
        nomor: '027/01/PPK/2026',
        penyedia: 'CV Maju Jaya',
        nilai: 50_000_000,
        tanggalMulai: `${tahun}-07-01`,
        tanggalSelesai: `${tahun}-10-31`,
        jadwal: [{ bulan: `${tahun}-07`, rencanaFisik: 30 }],
      },
      {
        subKegiatanId: ids.subKontrak[1],
        nomor: '',
        penyedia: 'PT Bangun Negeri',
        nilai: 60_000_000.5,
        tanggalMulai: `${tahun}-06-15`,
        tanggalSelesai: `${tahun}-12-15`,
        jadwal: [
          { bulan: `${tahun}-08`, rencanaFisik: 40 },
          { bulan: `${tahun}-10`, rencanaFisik: 80 },
        ],
      },
    ],
    'rpjmd.simpan': [
      { tahunAwal: 2040, namaBupati: 'A', namaWakil: 'B', visi: 'Visi A' },
      { tahunAwal: 2045, namaBupati: 'C', namaWakil: 'D', visi: 'Visi B' },
    ],
    'rpjmd.simpanMisi': [
      { rpjmdId: ids.rpjmd, nomor: 91, uraian: 'Misi A' },
      { rpjmdId: ids.rpjmd, nomor: 92, uraian: 'Misi B' },
    ],
    'rpjmd.simpanTujuan': [
      { misiId: ids.misi, nomor: 91, uraian: 'Tujuan A' },
      { misiId: ids.misi, nomor: 92, uraian: 'Tujuan B' },
    ],
    'rpjmd.simpanSasaran': [
      { tujuanId: ids.tujuan, nomor: 91, uraian: 'Sasaran A' },
      { tujuanId: ids.tujuan, nomor: 92, uraian: 'Sasaran B' },
    ],
    'rpjmd.simpanIndikator': [indikatorSasaran(0), indikatorSasaran(1)],
    'rpjmd.simpanPrioritas': [
      { rpjmdId: ids.rpjmd, tingkat: 'daerah', nama: 'Prioritas A', uraian: 'Uraian A', sasaranIds: [ids.sasaran[0]] },
      {
        rpjmdId: ids.rpjmd,
        tingkat: 'nasional',
        nama: 'Prioritas B',
        uraian: 'Uraian B',
        sasaranIds: ids.sasaran.slice(0, 2),
      },
    ],
    'renstra.simpanProgram': [
      {
        rpjmdId: ids.rpjmd,
        opdId: ids.opd[0],
        kode: '1.01.91',
        nama: 'Program Renstra A',
        sasaranRpjmdId: ids.sasaran[0],
      },
      { rpjmdId: ids.rpjmd, opdId: ids.opd[0], kode: '1.01.92', nama: 'Program Renstra B', sasaranRpjmdId: null },
    ],
    'renstra.simpanKegiatan': [
      { programId: ids.renstraProgram.id, kode: `${ids.renstraProgram.kode}.2.91`, nama: 'Kegiatan Renstra A' },
      { programId: ids.renstraProgram.id, kode: `${ids.renstraProgram.kode}.2.92`, nama: 'Kegiatan Renstra B' },
    ],
    'renstra.simpanIndikator': [
      {
        tingkat: 'program',
        pemilikId: ids.renstraProgram.id,
        uraian: 'Indikator A',
        satuan: '%',
        baseline: 10,
        targetAkhir: 50,
        jenis: 'posisi',
        arah: 'positif',
        nilai: [{ tahun, target: 20, realisasi: null }],
      },
      {
        tingkat: 'program',
        pemilikId: ids.renstraProgram.id,
        uraian: 'Indikator B',
        satuan: 'unit',
        baseline: 3,
        targetAkhir: 9,
        jenis: 'jumlah',
        arah: 'negatif',
        nilai: [{ tahun, target: 4, realisasi: 5 }],
      },
    ],
    'renstra.simpanBaris': [
      {
        tingkat: 'program',
        id: ids.renstraBaris,
        kode: '1.01.93',
        nama: 'Program Renstra Baris A',
        sasaranRpjmdId: ids.sasaran[0],
        pagu: [{ tahun, pagu: 500_000_000, realisasi: null }],
      },
      {
        tingkat: 'program',
        id: ids.renstraBaris,
        kode: '1.01.94',
        nama: 'Program Renstra Baris B',
        sasaranRpjmdId: ids.sasaran[1],
        pagu: [
          { tahun, pagu: 750_000_000, realisasi: 700_000_000 },
          { tahun: tahun + 1, pagu: 800_000_000, realisasi: null },
        ],
      },
    ],
    'pengaturan.simpan': [
      {
        namaPemda: 'Pemerintah Kabupaten Uji',
        namaSekretariat: 'Sekretariat Daerah',
        namaBagian: 'Bagian Perekonomian',
        alamat: 'Jl. A',
        telepon: '1',
        email: 'a@uji.go.id',
        laman: 'uji.go.id',
        kodePos: '93771',
        kotaPenerbitan: 'Ujikota',
        tahunAnggaran: tahun,
        zonaWaktu: 'WITA',
        ukuranKertas: 'A4',
        marginAtas: 2,
        marginKanan: 2,
        marginBawah: 2,
        marginKiri: 2.5,
        polaNomorSurat: '000.1.5/{urut}/Ekbang/{tahun}',
        warnaUtama: '#1F4E79',
        warnaAksen: '#C9A227',
      },
      {
        namaPemda: 'Pemerintah Kabupaten Coba',
        namaSekretariat: 'Setda',
        namaBagian: 'Bagian Administrasi Pembangunan',
        alamat: 'Jl. B',
        telepon: '2',
        email: 'b@coba.go.id',
        laman: 'coba.go.id',
        kodePos: '93772',
        kotaPenerbitan: 'Cobakota',
        tahunAnggaran: tahun + 1,
        zonaWaktu: 'WIB',
        ukuranKertas: 'F4',
        marginAtas: 3,
        marginKanan: 1.5,
        marginBawah: 3,
        marginKiri: 4,
        polaNomorSurat: '{urut}/Ekbang',
        warnaUtama: '#198246',
        warnaAksen: '#F5C81E',
      },
    ],
    'pengaturan.simpanMonev': [
      {
        aturanStatus: { batasMerahRendah: -10, batasMerahTinggi: -5, ambangTarget: 70 },
        rumusNegatif: 'selisih',
        predikat: PRESET_PREDIKAT.permendagri86,
      },
      {
        aturanStatus: { batasMerahRendah: -8, batasMerahTinggi: -4, ambangTarget: 60 },
        rumusNegatif: 'kebalikan',
        predikat: PRESET_PREDIKAT.rentang90,
      },
    ],
  };
}

/** The key a save identifies its row by: `id`, except for the minutes, the settings and a Renstra grid row. */
function kunciDari(nama: MethodName, input: Isian, id: number | undefined): Isian {
  if (nama === 'rapat.simpanNotulen') return { rapatId: input['rapatId'] };
  if (nama === 'renstra.simpanBaris') return { tingkat: input['tingkat'], id };
  if (nama.startsWith('pengaturan.')) return {};
  return { id };
}

describe('partial saves, generated from the contract', () => {
  let t: TempBackend;
  let b: Backend;
  let data: Partial<Record<MethodName, [Isian, Isian]>>;
  /** The database as prepared, before any test saved into it. */
  let asli: TempBackend;

  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    b = t.b;
    const tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
    const db = b.ctx.db;
    const opd = (await b.call('opd.daftar', {})).map((o) => o.id);
    const program = await db
      .selectFrom('program')
      .select(['id', 'kode'])
      .where('opdId', '=', opd[0]!)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const kegiatan = await db
      .selectFrom('kegiatan')
      .select(['id', 'kode'])
      .where('programId', '=', program.id)
      .executeTakeFirstOrThrow();
    const sub = await db
      .selectFrom('subKegiatan')
      .select('id')
      .where('kegiatanId', '=', kegiatan.id)
      .executeTakeFirstOrThrow();
    const subKontrak = (
      await db.selectFrom('subKegiatan').select('id').where('kegiatanId', '!=', kegiatan.id).limit(2).execute()
    ).map((s) => s.id);
    const kategori = (await b.call('kategoriKendala.daftar', {})).map((k) => k.id);
    const rapat = (await b.call('rapat.daftar', {})).map((r) => r.id);
    const acara = await db
      .selectFrom('rapatAcara')
      .select('id')
      .where('rapatId', '=', rapat[0]!)
      .executeTakeFirstOrThrow();
    const penandatangan = (await b.call('penandatangan.daftar', {})).map((p) => p.id);
    const rpjmd = (await b.call('rpjmd.daftar', {}))[0]!.id;
    const rincian = await b.call('rpjmd.rincian', { id: rpjmd });
    const misi = rincian.misi[0]!;
    const sasaran = rincian.misi.flatMap((m) => m.tujuan.flatMap((tj) => tj.sasaran.map((s) => s.id)));
    const [renstraProgram, renstraBaris] = (await b.call('renstra.daftar', { rpjmdId: rpjmd, opdId: opd[0]! })).program;
    data = contoh(
      {
        opd,
        program,
        kegiatan,
        sub: sub.id,
        subKontrak,
        kategori,
        rapat,
        acara: acara.id,
        penandatangan,
        rpjmd,
        misi: misi.id,
        tujuan: misi.tujuan[0]!.id,
        sasaran,
        renstraProgram: { id: renstraProgram!.id, kode: renstraProgram!.kode },
        renstraBaris: renstraBaris!.id,
      },
      tahun,
    );
    asli = await salinBackend(b);
  }, 60_000);
  afterAll(async () => {
    await asli.dispose();
    await t.dispose();
  });

  it('covers every save that names a stored row', () => {
    const denganKunci = Object.keys(contract).filter((nama) => {
      const skema = z.toJSONSchema(contract[nama as MethodName].input as z.ZodType, {
        io: 'input',
        unrepresentable: 'any',
      }) as {
        properties?: Record<string, unknown>;
      };
      return skema.properties !== undefined && 'revisi' in skema.properties;
    });
    expect(denganKunci.filter((n) => !(n in pemuatSuntingan))).toEqual([]);
    // realisasi.simpan carries a revision per changed row and keeps absent columns itself (kepercayaan.test.ts).
    expect(Object.keys(pemuatSuntingan).sort()).toEqual(Object.keys(data).sort());
  });

  it.each(Object.keys(pemuatSuntingan))(
    '%s keeps every field it is not given',
    { timeout: 60_000 },
    async (namaMetode) => {
      const nama = namaMetode as MethodName;
      const [A, B] = data[nama]!;
      const pemuat = pemuatSuntingan[nama] as Pemuat<MethodName>;
      const simpan = async (input: Isian) => {
        const jawaban = await b.handle(nama, input);
        if (!jawaban.ok) throw new Error(`${nama} ${JSON.stringify(input)}: ${jawaban.galat.pesan}`);
        return jawaban.nilai as { id?: number };
      };
      const baca = async (kunci: Isian) => {
        const tersimpan = await pemuat(kunci, b.ctx.db);
        return tersimpan!.nilai as Isian;
      };
      const hasil = await simpan(A);
      const kunci = kunciDari(nama, A, hasil.id);
      const LA = await baca(kunci);
      await simpan({ ...kunci, ...B });
      const LB = await baca(kunci);
      const beda = Object.keys(A).filter((f) => JSON.stringify(LA[f]) !== JSON.stringify(LB[f]));
      // The fixture must change what can change, or the test below could not fail.
      expect(beda.length, `${nama}: A dan B harus berbeda`).toBeGreaterThan(0);

      const salah: string[] = [];
      await simpan({ ...kunci, ...A });
      await simpan(kunci);
      if (JSON.stringify(await baca(kunci)) !== JSON.stringify(LA)) salah.push('tanpa isian mengubah data');
      for (const f of Object.keys(A)) {
        await simpan({ ...kunci, ...A });
        await simpan({ ...kunci, [f]: B[f] });
        const L = await baca(kunci);
        const harap = { ...LA, [f]: LB[f] };
        for (const g of Object.keys(harap)) {
          if (JSON.stringify(L[g]) !== JSON.stringify(harap[g]))
            salah.push(
              `menyimpan hanya ${f} mengubah ${g}: ${JSON.stringify(L[g])} (seharusnya ${JSON.stringify(harap[g])})`,
            );
        }
        // Clearing: '' or null (whichever the field takes) empties it and nothing else.
        for (const kosong of ['', null]) {
          await simpan({ ...kunci, ...A });
          const jawaban = await b.handle(nama, { ...kunci, [f]: kosong });
          if (!jawaban.ok) continue;
          const K = await baca(kunci);
          for (const g of Object.keys(LA).filter((x) => x !== f)) {
            if (JSON.stringify(K[g]) !== JSON.stringify(LA[g])) salah.push(`mengosongkan ${f} mengubah ${g}`);
          }
          if (![null, '', 0].includes(K[f] as never) && !(Array.isArray(K[f]) && K[f].length === 0))
            salah.push(`mengosongkan ${f} tidak mengosongkannya: ${JSON.stringify(K[f])}`);
        }
      }
      expect(salah).toEqual([]);
    },
  );

  // Settings carry no revision (every save of them is the newest).
  it.each(Object.keys(pemuatSuntingan).filter((nama) => !nama.startsWith('pengaturan.')))(
    '%s refuses an old revision, naming who changed the row where Riwayat records its table',
    { timeout: 60_000 },
    async (namaMetode) => {
      const nama = namaMetode as MethodName;
      const [A, B] = data[nama]!;
      const pemuat = pemuatSuntingan[nama] as Pemuat<MethodName>;
      const salinan = await salinBackend(asli.b);
      onTestFinished(() => salinan.dispose());
      const b = salinan.b;
      await b.call('sistem.aturOperator', { nama: 'Penguji Lain' });
      const jawabanA = await b.handle(nama, A);
      if (!jawabanA.ok) throw new Error(`${nama}: ${jawabanA.galat.pesan}`);
      const kunci = kunciDari(nama, A, (jawabanA.nilai as { id?: number }).id);
      const { revisi, tabel } = (await pemuat(kunci, b.ctx.db))!;
      // The loader names the row's table as it is on disk.
      expect(b.ctx.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toContain(
        tabel,
      );
      const jawabanB = await b.handle(nama, { ...kunci, ...B, revisi });
      if (!jawabanB.ok) throw new Error(`${nama}: ${jawabanB.galat.pesan}`);
      const basi = await b.handle(nama, { ...kunci, ...A, revisi });
      expect(basi.ok).toBe(false);
      if (basi.ok) return;
      expect(basi.galat.kode).toBe('konflik');
      const oleh = tabel in TABEL_DIAUDIT ? /Penguji Lain pada \d+ \w+ \d{4} \d{2}\.\d{2}/ : /pengguna lain/;
      expect(basi.galat.pesan).toMatch(new RegExp(`^Data ini telah diubah oleh ${oleh.source}; muat ulang`));
    },
  );
});
