// Will Word open what Sinergi writes? Every kind of document the app makes, from the sample regency, through the
// OOXML checker vendored in test/tools/ooxml-check (well-formed parts, the ISO 29500 Transitional schemas, and the
// rules Word enforces beyond them). It needs python3 and xmllint; without them the test fails and says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackendContoh, tempDir, type TempBackend } from '../helpers/backend';

const PEMERIKSA = join(import.meta.dirname, '../tools/ooxml-check/check');

function adaAlat(alat: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${alat}`]).status === 0;
}

describe('every document passes the OOXML checker', () => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
  }, 60_000);
  afterAll(() => t.dispose());

  it('has the checker’s tools', () => {
    // Installed by .ci/run (apt-get install libxml2-utils python3); a missing one is a failure, never a skip.
    expect(adaAlat('python3'), 'python3 tidak terpasang (apt-get install -y python3)').toBe(true);
    expect(adaAlat('xmllint'), 'xmllint tidak terpasang (apt-get install -y libxml2-utils)').toBe(true);
  });

  it(
    'report, ringkasan, surat pengantar, OPD report, undangan, daftar hadir, notulen, konsistensi and reminder letters',
    { timeout: 240_000 },
    async () => {
      const b = t.b;
      const tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
      const kunci = { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
      const [opd] = await b.call('opd.daftar', {});
      const rapat = (await b.call('rapat.daftar', {}))[0]!;
      const arsip = async (jenis: 'undangan' | 'daftar_hadir' | 'notulen') =>
        b.call('arsip.unduh', { id: (await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis })).id });
      // Reminders go to OPD that have not sent the quarter's figures.
      const pantau = await b.call('pelaporan.pantau', { tahun, triwulan: 4 });
      const belum = pantau.opd.filter((o) => o.status === 'belum_ada_data' || o.status === 'sebagian').slice(0, 2);
      expect(belum.length).toBeGreaterThan(0);
      const [pengingat] = await b.call('pelaporan.buatSurat', {
        tahun,
        triwulan: 4,
        opdIds: belum.map((o) => o.opdId),
        bentuk: 'kolektif',
        penandatanganId: null,
        tembusan: ['Sekretaris Daerah'],
      });
      const berkas: Record<string, { base64: string }> = {
        laporan: await b.call('laporan.buat', { ...kunci, jenis: 'lengkap' }),
        ringkasan: await b.call('laporan.buat', { ...kunci, jenis: 'ringkasan' }),
        pengantar: await b.call('laporan.buat', { ...kunci, jenis: 'pengantar' }),
        laporanOpd: await b.call('laporan.buat', { ...kunci, cakupan: 'opd', opdId: opd!.id, jenis: 'lengkap' }),
        undangan: await arsip('undangan'),
        daftarHadir: await arsip('daftar_hadir'),
        notulen: await arsip('notulen'),
        konsistensi: await b.call('renstra.konsistensiDocx', { tahun }),
        pengingat: await b.call('arsip.unduh', { id: pengingat!.id }),
      };
      const folder = tempDir('sinergi-ooxml-');
      const nama = Object.entries(berkas).map(([n, f]) => {
        const jalur = join(folder, `${n}.docx`);
        writeFileSync(jalur, Buffer.from(f.base64, 'base64'));
        return jalur;
      });
      let keluaran: string;
      try {
        keluaran = execFileSync(PEMERIKSA, nama, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      } catch (e) {
        const galat = e as { status: number; stdout: string; stderr: string };
        throw new Error(`ooxml-check keluar dengan status ${galat.status}:\n${galat.stdout}${galat.stderr}`, {
          cause: e,
        });
      }
      // One summary per document; anything beyond the informational notes would have made the exit status 1.
      for (const n of Object.keys(berkas)) expect(keluaran).toContain(`== ${n}:`);
      expect(keluaran.split('\n').filter((l) => /^\s+\d+\s/.test(l) && !l.includes('note (Word accepts)'))).toEqual([]);
    },
  );
});
