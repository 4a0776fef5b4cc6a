// Accounts and sessions on a real SQLite file: scrypt hashes, sessions, idle timeout, logout everywhere, throttling,
// the first Admin, and the audit trail naming the account.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PESAN_GAGAL_MASUK } from '../../src/shared/akun';
import { masuk } from '../../src/main/akun/masuk';
import { PenjagaMasuk } from '../../src/main/akun/penjaga';
import { Kehadiran } from '../../src/main/akun/kehadiran';
import { buatSesi, cekSesi, SESI_DIAM_MS } from '../../src/main/akun/repository';
import { salinBackend, tempBackend, type TempBackend } from '../helpers/backend';

const SANDI = 'kopi-pagi-2026!';

describe('accounts and sessions', () => {
  /** The sample data without any account, loaded once; every test works on a copy of its own. */
  let contoh: TempBackend;
  let t: TempBackend;
  let penjaga: PenjagaMasuk;
  const sqlite = () => t.b.ctx.sqlite;

  beforeAll(async () => {
    contoh = await tempBackend();
    await contoh.b.call('sistem.muatDataContoh', {});
  }, 60_000);
  afterAll(() => contoh.dispose());
  beforeEach(async () => {
    t = await salinBackend(contoh.b);
    penjaga = new PenjagaMasuk();
  });
  afterEach(() => t.dispose());

  /** Sharing on with the first Admin (admin), as the first test does it by hand. */
  const adminPertama = () =>
    t.b.call('jaringan.simpan', {
      aktif: true,
      antarmuka: '127.0.0.1',
      port: 5179,
      https: false,
      adminPertama: { nama: 'admin', namaLengkap: 'Admin Ekbang', sandi: SANDI },
    });
  const buatSari = () =>
    t.b.call('pengguna.simpan', {
      nama: 'sari',
      namaLengkap: 'Sari Dewi',
      peran: 'staf',
      opdId: null,
      aktif: true,
      sandi: SANDI,
    });
  /** The Admin and staff account "sari", both with SANDI. */
  const adminDanSari = async () => {
    await adminPertama();
    return buatSari();
  };

  it('sharing is off by default and turning it on the first time needs the first Admin', async () => {
    const status = await t.b.call('jaringan.status', {});
    expect(status.setelan.aktif).toBe(false);
    expect(status.adaAdmin).toBe(false);
    await expect(
      t.b.call('jaringan.simpan', { aktif: true, antarmuka: '127.0.0.1', port: 5179, https: false }),
    ).rejects.toThrow('Buat akun Admin pertama');
    const pendek = { nama: 'admin', namaLengkap: 'Admin Ekbang', sandi: 'pendek' };
    await expect(
      t.b.call('jaringan.simpan', {
        aktif: true,
        antarmuka: '127.0.0.1',
        port: 5179,
        https: false,
        adminPertama: pendek,
      }),
    ).rejects.toThrow('Kata sandi paling sedikit 10 karakter');
    expect((await t.b.call('jaringan.status', {})).setelan.aktif).toBe(false);
    const hidup = await t.b.call('jaringan.simpan', {
      aktif: true,
      antarmuka: '127.0.0.1',
      port: 5179,
      https: false,
      adminPertama: { ...pendek, sandi: SANDI },
    });
    expect(hidup.setelan).toMatchObject({ aktif: true, port: 5179 });
    expect(hidup.adaAdmin).toBe(true);
  });

  it('stores an scrypt hash with its own salt and parameters, and never returns or keeps the password', async () => {
    await adminPertama();
    await buatSari();
    const hash = sqlite().prepare('SELECT nama, sandi FROM pengguna ORDER BY id').all() as {
      nama: string;
      sandi: string;
    }[];
    expect(hash).toHaveLength(2);
    for (const h of hash) {
      expect(h.sandi).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
      expect(h.sandi).not.toContain(SANDI);
    }
    // The same password, two salts, two hashes.
    expect(hash[0]!.sandi).not.toBe(hash[1]!.sandi);
    const daftar = await t.b.call('pengguna.daftar', {});
    expect(JSON.stringify(daftar)).not.toMatch(/scrypt|kopi-pagi/);
    expect(daftar.map((p) => p.nama)).toEqual(['admin', 'sari']);
    // Nothing in the file holds the password in clear, not even Riwayat.
    const semua = sqlite().serialize().toString('latin1');
    expect(semua).not.toContain(SANDI);
  });

  it('refuses a short password and an operator without an OPD, naming the field', async () => {
    await expect(
      t.b.call('pengguna.simpan', {
        nama: 'budi',
        namaLengkap: 'Budi',
        peran: 'staf',
        opdId: null,
        aktif: true,
        sandi: '123456789',
      }),
    ).rejects.toThrow('Kata sandi paling sedikit 10 karakter');
    await expect(
      t.b.call('pengguna.simpan', {
        nama: 'budi',
        namaLengkap: 'Budi',
        peran: 'operator_opd',
        opdId: null,
        aktif: true,
        sandi: SANDI,
      }),
    ).rejects.toThrow('OPD wajib dipilih untuk Operator OPD');
  });

  it('logs in with a new random 256-bit session each time; unknown name and wrong password read the same', async () => {
    await adminDanSari();
    const a = await masuk(sqlite, penjaga, 'sari', SANDI, '10.0.0.2');
    const b = await masuk(sqlite, penjaga, 'SARI', SANDI, '10.0.0.2');
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    // Only the hash of the token is stored.
    expect(sqlite().prepare('SELECT count(*) FROM sesi WHERE id = ?').pluck().get(a.token)).toBe(0);
    expect(cekSesi(sqlite(), a.token)).toMatchObject({ nama: 'sari', peran: 'staf', opdId: null });
    await expect(masuk(sqlite, penjaga, 'sari', 'salah-sandinya', '10.0.0.2')).rejects.toThrow(PESAN_GAGAL_MASUK);
    await expect(masuk(sqlite, penjaga, 'tidak-ada', SANDI, '10.0.0.2')).rejects.toThrow(PESAN_GAGAL_MASUK);
  });

  it('ends a session unused for 8 hours, and keeps one that is used', async () => {
    const sari = await adminDanSari();
    const kini = Date.now();
    const token = buatSesi(sqlite(), sari.id, '10.0.0.3', kini);
    expect(cekSesi(sqlite(), token, kini + SESI_DIAM_MS - 1000)).not.toBeNull();
    // Used just now: eight hours from this use, not from the login.
    expect(cekSesi(sqlite(), token, kini + 2 * SESI_DIAM_MS - 2000)).not.toBeNull();
    expect(cekSesi(sqlite(), token, kini + 3 * SESI_DIAM_MS)).toBeNull();
    expect(cekSesi(sqlite(), token, kini)).toBeNull();
  });

  it('a new password ends every session of the account, everywhere', async () => {
    await adminDanSari();
    const satu = await masuk(sqlite, penjaga, 'sari', SANDI, '10.0.0.4');
    const dua = await masuk(sqlite, penjaga, 'sari', SANDI, '10.0.0.5');
    const akun = cekSesi(sqlite(), satu.token)!;
    const jawab = await t.b.handle(
      'akun.gantiSandi',
      { sandiLama: SANDI, sandiBaru: 'teh-sore-2026!' },
      { pelaku: { jenis: 'jaringan', akun } },
    );
    expect(jawab.ok).toBe(true);
    expect(cekSesi(sqlite(), satu.token)).toBeNull();
    expect(cekSesi(sqlite(), dua.token)).toBeNull();
    await expect(masuk(sqlite, penjaga, 'sari', SANDI, '10.0.0.4')).rejects.toThrow(PESAN_GAGAL_MASUK);
    expect((await masuk(sqlite, penjaga, 'sari', 'teh-sore-2026!', '10.0.0.4')).akun.nama).toBe('sari');
  });

  it('throttles after 5 failures per account, with a growing delay, the same for an unknown name', async () => {
    await adminPertama();
    let kini = 1_000_000;
    const p = new PenjagaMasuk(() => kini);
    for (const nama of ['admin', 'tidak-ada']) {
      for (let i = 0; i < 5; i++)
        await expect(masuk(sqlite, p, nama, 'salah-salah-salah', `10.1.0.${i}`)).rejects.toThrow(PESAN_GAGAL_MASUK);
      // Even the right password waits now: a guesser cannot tell a hit during the delay.
      await expect(masuk(sqlite, p, nama, SANDI, '10.1.1.1')).rejects.toThrow('Coba lagi dalam 1 detik');
    }
    kini += 1001;
    await expect(masuk(sqlite, p, 'admin', 'salah-salah-salah', '10.1.1.1')).rejects.toThrow(PESAN_GAGAL_MASUK);
    await expect(masuk(sqlite, p, 'admin', SANDI, '10.1.1.2')).rejects.toThrow('Coba lagi dalam 2 detik');
    kini += 2001;
    expect((await masuk(sqlite, p, 'admin', SANDI, '10.1.1.2')).akun.peran).toBe('admin');
  });

  it('throttles per address across account names', async () => {
    await adminPertama();
    let kini = 5_000_000;
    const p = new PenjagaMasuk(() => kini);
    for (let i = 0; i < 5; i++)
      await expect(masuk(sqlite, p, `tebak${i}`, 'salah-salah-salah', '10.2.0.9')).rejects.toThrow(PESAN_GAGAL_MASUK);
    await expect(masuk(sqlite, p, 'admin', SANDI, '10.2.0.9')).rejects.toThrow('Coba lagi');
    expect((await masuk(sqlite, p, 'admin', SANDI, '10.2.0.10')).akun.nama).toBe('admin');
    kini += 1001;
    expect((await masuk(sqlite, p, 'admin', SANDI, '10.2.0.9')).akun.nama).toBe('admin');
  });

  it('records the account in Riwayat for a change over the network, and the typed name for the host window', async () => {
    await adminPertama();
    const { token } = await masuk(sqlite, penjaga, 'admin', SANDI, '10.0.0.9');
    const akun = cekSesi(sqlite(), token)!;
    const { opdId, subKegiatanId, tahun } = sqlite()
      .prepare(
        `SELECT p.opd_id AS opdId, s.id AS subKegiatanId, p.tahun FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id
         JOIN program p ON p.id = k.program_id ORDER BY p.tahun DESC, s.id LIMIT 1`,
      )
      .get() as { opdId: number; subKegiatanId: number; tahun: number };
    const simpan = (fisik: number) => ({
      opdId,
      tahun,
      bulan: 12,
      perubahan: [{ subKegiatanId, realisasiFisik: fisik }],
    });
    const jawab = await t.b.handle('realisasi.simpan', simpan(99), { pelaku: { jenis: 'jaringan', akun } });
    expect(jawab.ok).toBe(true);
    await t.b.call('sistem.aturOperator', { nama: 'Pak Host' });
    await t.b.call('realisasi.simpan', simpan(100));
    const oleh = sqlite()
      .prepare(`SELECT oleh FROM riwayat WHERE tabel = 'realisasi' ORDER BY id DESC LIMIT 2`)
      .pluck()
      .all();
    expect(oleh).toEqual(['Pak Host', 'Admin Ekbang (admin)']);
  });

  it('turning sharing off ends every remote session at once', async () => {
    await adminPertama();
    const a = await masuk(sqlite, penjaga, 'admin', SANDI, '10.0.0.7');
    await t.b.call('jaringan.simpan', { aktif: false, antarmuka: '127.0.0.1', port: 5179, https: false });
    expect(cekSesi(sqlite(), a.token)).toBeNull();
    expect(sqlite().prepare('SELECT count(*) FROM sesi').pluck().get()).toBe(0);
  });

  it('names who else has the same OPD and period open, until they stop reporting', async () => {
    const k = new Kehadiran();
    expect(k.lapor('akun:1', 'Sari Dewi (sari)', '5/2026/6', 0)).toEqual([]);
    expect(k.lapor('akun:2', 'Operator (op)', '5/2026/6', 1000)).toEqual(['Sari Dewi (sari)']);
    expect(k.lapor('akun:3', 'Budi (budi)', '6/2026/6', 2000)).toEqual([]);
    // The same account in a second tab is one presence; another period is not the same sheet.
    expect(k.lapor('akun:1', 'Sari Dewi (sari)', '5/2026/6', 3000)).toEqual(['Operator (op)']);
    expect(k.lapor('akun:1', 'Sari Dewi (sari)', '5/2026/6', 47_000)).toEqual([]);
  });

  it('the last active Admin cannot be removed or demoted', async () => {
    await adminDanSari();
    const admin = (await t.b.call('pengguna.daftar', {})).find((p) => p.peran === 'admin')!;
    await expect(t.b.call('pengguna.hapus', { id: admin.id })).rejects.toThrow('sedikitnya satu Admin');
    await expect(t.b.call('pengguna.simpan', { ...admin, peran: 'staf' })).rejects.toThrow('sedikitnya satu Admin');
  });
});
