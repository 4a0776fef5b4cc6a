// Meetings feed the report: a kendala recorded at the quarter's Rakor appears in its OPD's BAB III row, a follow-up
// past its due date shows as overdue in BAB IV and is named in the ringkasan for an OPD in merah; meetings of another
// quarter stay out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { narasiBawaan } from '../../src/main/laporan/narasiBawaan';
import { jendelaRapat } from '../../src/main/laporan/rapatPeriode';
import { formatTanggal } from '../../src/shared/format';
import { tempBackendContoh, type TempBackend } from '../helpers/backend';
import { bacaDocx, barisTabel } from '../helpers/docx';

const KUNCI = { triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;

describe('kendala and tindak lanjut of the period’s meetings in the report', () => {
  let t: TempBackend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
  }, 60_000);
  afterAll(() => t.dispose());

  it('takes the meetings from the quarter’s second month to the month after it', () => {
    expect(jendelaRapat(2026, 2)).toEqual({ dari: '2026-05-01', sampai: '2026-08-01' });
    expect(jendelaRapat(2026, 4)).toEqual({ dari: '2026-11-01', sampai: '2027-02-01' });
  });

  it('puts a meeting’s kendala in BAB III and an overdue follow-up of an OPD in merah in BAB IV and the ringkasan', async () => {
    const rapat = t.b.ctx.sqlite.prepare('SELECT id, judul, tanggal FROM rapat ORDER BY tanggal').all() as {
      id: number;
      judul: string;
      tanggal: string;
    }[];
    const { dari, sampai } = jendelaRapat(tahun, 2);
    const diPeriode = rapat.find((r) => r.tanggal >= dari && r.tanggal < sampai)!;
    const sesudah = rapat.find((r) => r.tanggal >= sampai)!;
    const k0 = await susunKonteks(t.b.ctx.db, { tahun, ...KUNCI });
    const merah = k0.merah[0]!.opd;
    const [kategori] = t.b.ctx.sqlite.prepare('SELECT id, nama FROM kategori_kendala ORDER BY urutan').all() as {
      id: number;
      nama: string;
    }[];
    await t.b.call('kendala.simpan', {
      rapatId: diPeriode.id,
      uraian: 'Lahan lokasi pembangunan pasar belum bersertifikat',
      opdId: merah.opdId,
      kategoriId: kategori!.id,
      status: 'proses',
    });
    await t.b.call('kendala.simpan', {
      rapatId: sesudah.id,
      uraian: 'Kendala rapat triwulan berikutnya',
      opdId: merah.opdId,
    });
    const batas = `${tahun}-07-25`;
    await t.b.call('tindakLanjut.simpan', {
      rapatId: diPeriode.id,
      uraian: 'Menyampaikan rencana aksi percepatan',
      opdIds: [merah.opdId],
      batasWaktu: batas,
      status: 'belum',
    });

    const berkas = await t.b.call('laporan.buat', { tahun, ...KUNCI, jenis: 'lengkap' });
    const docx = await bacaDocx(Buffer.from(berkas.base64, 'base64'));
    const singkat = merah.singkatan || merah.nama;
    const asal = `${diPeriode.judul}, ${formatTanggal(diPeriode.tanggal)}`;
    // The chapters themselves, not their lines in the daftar isi.
    const bab3 = docx.teks.indexOf('BAB III\nFAKTOR PENDORONG DAN PENGHAMBAT');
    const bab4 = docx.teks.indexOf('BAB IV\nTINDAK LANJUT DAN REKOMENDASI');
    expect(bab3).toBeGreaterThan(0);
    const baris = barisTabel(docx.xml);
    const kendala = baris.find((r) => r[2] === 'Lahan lokasi pembangunan pasar belum bersertifikat')!;
    expect(kendala.slice(1)).toEqual([
      singkat,
      'Lahan lokasi pembangunan pasar belum bersertifikat',
      kategori!.nama,
      '-',
      'Dalam penanganan',
      asal,
    ]);
    // In BAB III, before BAB IV.
    const posisi = docx.teks.indexOf('Lahan lokasi pembangunan pasar belum bersertifikat');
    expect(posisi).toBeGreaterThan(bab3);
    expect(posisi).toBeLessThan(bab4);
    expect(docx.teks).not.toContain('Kendala rapat triwulan berikutnya');

    const tl = baris.find((r) => r[2] === 'Menyampaikan rencana aksi percepatan')!;
    expect(tl.slice(1)).toEqual([
      singkat,
      'Menyampaikan rencana aksi percepatan',
      asal,
      formatTanggal(batas),
      'Terlambat',
    ]);

    const n = narasiBawaan(await susunKonteks(t.b.ctx.db, { tahun, ...KUNCI }));
    expect(n.perhatian).toContain(
      `tindak lanjut terlambat: Menyampaikan rencana aksi percepatan (${asal}, batas ${formatTanggal(batas)})`,
    );
  });
});

describe('critical contracts in the report', () => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
  }, 60_000);
  afterAll(() => t.dispose());

  it('lists in BAB III every contract the Kontrak Kritis page marks kritis, and only those', async () => {
    const tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
    // The quarter of the sample where some contracts are kritis and others are not.
    let triwulan: number;
    let pantau = await t.b.call('kontrak.pantau', { tahun, triwulan: 1 });
    for (triwulan = 1; triwulan <= 3; triwulan++) {
      pantau = await t.b.call('kontrak.pantau', { tahun, triwulan });
      if (pantau.jumlah.kritis > 0 && pantau.jumlah.kritis < pantau.kontrak.length) break;
    }
    const kritis = pantau.kontrak.filter((k) => k.status === 'kritis');
    const lain = pantau.kontrak.filter((k) => k.status !== 'kritis');
    expect(kritis.length).toBeGreaterThan(0);
    expect(lain.length).toBeGreaterThan(0);
    const laporan = await t.b.call('laporan.buat', {
      tahun,
      ...KUNCI,
      triwulan,
      jenis: 'lengkap',
      penandatanganId: null,
    });
    const docx = await bacaDocx(Buffer.from(laporan.base64, 'base64'));
    expect(docx.teks).toContain('D. Kontrak Kritis');
    // Rows of the contracts table: No, OPD, sub kegiatan, penyedia, nilai, rencana, realisasi.
    const baris = barisTabel(docx.xml).filter((r) => r.length === 7);
    const ada = (k: (typeof kritis)[number]) =>
      baris.some((r) => r[2] === `${k.subNama} (${k.subKode})` && r[3] === k.penyedia);
    for (const k of kritis) expect(ada(k), k.subKode).toBe(true);
    for (const k of lain) expect(ada(k), k.subKode).toBe(false);

    // The kendala table of the same BAB: the high and very high risks come first.
    const risiko = barisTabel(docx.xml)
      .filter((r) => r.length === 7 && /^[A-Za-z ]+ \(\d+\)$/.test(r[4]!))
      .map((r) => /^(Tinggi|Sangat Tinggi) /.test(r[4]!));
    expect(risiko).toContain(true);
    expect(risiko).toContain(false);
    expect(risiko.lastIndexOf(true)).toBeLessThan(risiko.indexOf(false));
  }, 120_000);
});
