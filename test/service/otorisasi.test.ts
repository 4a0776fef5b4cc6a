// Authorization, generated from the contract: every method called as every role and without a session is allowed
// or refused exactly as IZIN and HAK declare, and an Operator OPD reaches no other OPD's rows through any method.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Input, type MethodName } from '../../src/shared/api';
import { bolehPeran, IZIN, type MetodeBerCakupan } from '../../src/shared/api/izin';
import { PERAN, type AkunSesi, type Peran } from '../../src/shared/akun';
import type { ApiJawaban } from '../../src/shared/api/define';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { akunSetiapPeran } from '../helpers/akun';
import { png } from '../helpers/png';

interface Fixture {
  opdId: number;
  subId: number;
  fotoId: number;
  tahun: number;
}

/** An input of each OPD-scoped method naming one OPD's rows. Complete by type: a new such method must be added. */
const MASUKAN_OPD: { [M in MetodeBerCakupan<'opd'>]: (f: Fixture) => Input<M> } = {
  'renja.daftar': (f) => ({ opdId: f.opdId, tahun: f.tahun }),
  'realisasi.lembar': (f) => ({ opdId: f.opdId, tahun: f.tahun, bulan: 3 }),
  'kehadiran.lapor': (f) => ({ opdId: f.opdId, tahun: f.tahun, bulan: 3 }),
  'realisasi.simpan': (f) => ({
    opdId: f.opdId,
    tahun: f.tahun,
    bulan: 12,
    perubahan: [{ subKegiatanId: f.subId, realisasiFisik: 100 }],
  }),
  'realisasi.verifikasi': (f) => ({ opdId: f.opdId, tahun: f.tahun, bulan: 12, status: 'diterima', catatan: '' }),
  'realisasi.bukaVerifikasi': (f) => ({ opdId: f.opdId, tahun: f.tahun, bulan: 12, alasan: 'Koreksi' }),
  'monev.kurvaS': (f) => ({ tahun: f.tahun, opdId: f.opdId }),
  'ekspor.formulir': (f) => ({ opdId: f.opdId, tahun: f.tahun, bulan: 3 }),
  'pelaporan.pesan': (f) => ({ opdId: f.opdId, tahun: f.tahun, triwulan: 1 }),
  'renstra.daftar': (f) => ({ rpjmdId: 1, opdId: f.opdId }),
  'foto.daftar': (f) => ({ subKegiatanId: f.subId, bulan: 3 }),
  'foto.tambah': (f) => ({ subKegiatanId: f.subId, bulan: 12, mime: 'image/png', base64: png() }),
  'foto.hapus': (f) => ({ id: f.fotoId }),
};
const fotoBaru = (f: Fixture) => MASUKAN_OPD['foto.tambah'](f);
const BERCAKUPAN_OPD = new Set<string>(Object.keys(MASUKAN_OPD));

const METODE = Object.keys(contract) as MethodName[];

describe('authorization generated from the contract', () => {
  let t: TempBackend;
  let akun: Record<Peran, AkunSesi>;
  let milik: Fixture;
  let lain: Fixture;

  const panggil = (method: string, input: unknown, pelakuAkun: AkunSesi | null) =>
    t.b.handle(method, input, { pelaku: { jenis: 'jaringan', akun: pelakuAkun } });
  const kode = (j: ApiJawaban<unknown>) => (j.ok ? null : (j.galat.kode ?? j.galat.jenis));

  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    const sqlite = t.b.ctx.sqlite;
    const tahun = sqlite.prepare('SELECT max(tahun) FROM program').pluck().get() as number;
    const fixture = (opdId: number): Fixture => {
      const subId = sqlite
        .prepare(
          `SELECT s.id FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id JOIN program p ON p.id = k.program_id
           WHERE p.opd_id = ? AND p.tahun = ? ORDER BY s.id LIMIT 1`,
        )
        .pluck()
        .get(opdId, tahun) as number;
      return { opdId, subId, fotoId: 0, tahun };
    };
    const [a, b] = sqlite
      .prepare(
        `SELECT DISTINCT p.opd_id FROM program p JOIN kegiatan k ON k.program_id = p.id
         JOIN sub_kegiatan s ON s.kegiatan_id = k.id ORDER BY p.opd_id LIMIT 2`,
      )
      .pluck()
      .all() as number[];
    milik = fixture(a!);
    lain = fixture(b!);
    for (const f of [milik, lain]) {
      const foto = await t.b.call('foto.tambah', fotoBaru(f));
      f.fotoId = foto.id;
    }
    akun = await akunSetiapPeran(t.b, milik.opdId);
  }, 120_000);
  afterAll(() => t.dispose());

  it.each(METODE)('%s without a session is refused before anything runs', async (method) => {
    const input = BERCAKUPAN_OPD.has(method) ? MASUKAN_OPD[method as MetodeBerCakupan<'opd'>](milik) : {};
    expect(kode(await panggil(method, input, null))).toBe('belumMasuk');
  });

  describe.each(PERAN)('as %s', (peran) => {
    it.each(METODE)('%s is allowed or refused as declared', async (method) => {
      // Each role's call deletes a photo of its own.
      if (method === 'foto.hapus') milik.fotoId = (await t.b.call('foto.tambah', fotoBaru(milik))).id;
      const input = BERCAKUPAN_OPD.has(method) ? MASUKAN_OPD[method as MetodeBerCakupan<'opd'>](milik) : {};
      const jawaban = await panggil(method, input, akun[peran]);
      if (bolehPeran(peran, method)) expect(kode(jawaban)).not.toBe('tidakBerwenang');
      else expect(kode(jawaban)).toBe('tidakBerwenang');
    });
  });

  it.each([...BERCAKUPAN_OPD])('an Operator OPD is refused %s on another OPD', async (method) => {
    const input = MASUKAN_OPD[method as MetodeBerCakupan<'opd'>](lain);
    expect(kode(await panggil(method, input, akun.operator_opd))).toBe('tidakBerwenang');
  });

  it("an Operator OPD cannot slip another OPD's sub kegiatan into a paste of their own sheet", async () => {
    const input = {
      ...MASUKAN_OPD['realisasi.simpan'](milik),
      perubahan: [{ subKegiatanId: lain.subId, realisasiFisik: 5 }],
    };
    const sebelum = t.b.ctx.sqlite.prepare('SELECT count(*) FROM realisasi').pluck().get();
    expect(kode(await panggil('realisasi.simpan', input, akun.operator_opd))).toBe('tidakBerwenang');
    expect(t.b.ctx.sqlite.prepare('SELECT count(*) FROM realisasi').pluck().get()).toBe(sebelum);
  });

  it('an Operator OPD may call only methods that carry no OPD rows, name their OPD, or are filtered to it', () => {
    const boleh = METODE.filter((m) => bolehPeran('operator_opd', m));
    expect(boleh.every((m) => IZIN[m].opd !== 'wilayah')).toBe(true);
    // What the operator works with: their sheet, photos and form.
    expect(boleh).toEqual(
      expect.arrayContaining(['realisasi.lembar', 'realisasi.simpan', 'foto.tambah', 'ekspor.formulir']),
    );
    expect(boleh).not.toContain('realisasi.verifikasi');
  });

  it('the reporting tracker an Operator OPD reads holds their own row, and counts only it', async () => {
    const j = await panggil('pelaporan.pantau', { tahun: milik.tahun, triwulan: 1 }, akun.operator_opd);
    if (!j.ok) throw new Error(j.galat.pesan);
    const nilai = j.nilai as { opd: { opdId: number }[]; jumlahPerStatus: Record<string, number> };
    expect(nilai.opd.map((b) => b.opdId)).toEqual([milik.opdId]);
    expect(Object.values(nilai.jumlahPerStatus).reduce((a, b) => a + b, 0)).toBe(1);
    const staf = await panggil('pelaporan.pantau', { tahun: milik.tahun, triwulan: 1 }, akun.staf);
    expect(staf.ok && (staf.nilai as { opd: unknown[] }).opd.length).toBeGreaterThan(30);
  });

  it('the OPD list an Operator OPD reads holds their OPD only', async () => {
    const j = await panggil('opd.daftar', {}, akun.operator_opd);
    expect(j.ok && (j.nilai as { id: number }[]).map((o) => o.id)).toEqual([milik.opdId]);
    const staf = await panggil('opd.daftar', {}, akun.staf);
    expect(staf.ok && (staf.nilai as unknown[]).length).toBeGreaterThan(30);
  });

  it('an Operator OPD saves and reads their own sheet and photos over the network', async () => {
    const simpan = await panggil('realisasi.simpan', MASUKAN_OPD['realisasi.simpan'](milik), akun.operator_opd);
    expect(simpan.ok ? 'ok' : simpan.galat.pesan).toBe('ok');
    const foto = await panggil('foto.daftar', { subKegiatanId: milik.subId, bulan: 12 }, akun.operator_opd);
    expect(foto.ok && (foto.nilai as unknown[]).length).toBeGreaterThan(0);
  });

  it('Pimpinan reads and never writes the data; only the Verifikator and Admin verify', () => {
    const tulisPimpinan = METODE.filter((m) => contract[m].akses === 'tulis' && bolehPeran('pimpinan', m));
    expect(tulisPimpinan.every((m) => IZIN[m].ranah === 'akun' || IZIN[m].ranah === 'berkas')).toBe(true);
    expect(bolehPeran('pimpinan', 'monev.ringkasan')).toBe(true);
    expect(PERAN.filter((p) => bolehPeran(p, 'realisasi.verifikasi'))).toEqual(['admin', 'verifikator']);
    expect(PERAN.filter((p) => bolehPeran(p, 'pengguna.simpan'))).toEqual(['admin']);
    expect(PERAN.filter((p) => bolehPeran(p, 'cadangan.pulihkan'))).toEqual(['admin']);
  });

  it('the host window needs no login and reaches every method', async () => {
    expect(kode(await t.b.handle('pengguna.daftar', {}))).toBeNull();
    expect(kode(await t.b.handle('jaringan.status', {}))).toBeNull();
  });
});
