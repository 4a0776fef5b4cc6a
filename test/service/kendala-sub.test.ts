import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { rakor, siapkanDunia, type Dunia } from '../helpers/rapat';

describe('a kendala linked to the sub kegiatan it holds back', () => {
  let t: TempBackend;
  let b: Backend;
  let d: Dunia;
  let rapatId: number;
  let subId: number;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    d = await siapkanDunia(b);
    rapatId = (await b.call('rapat.simpan', rakor(d))).id;
    const program = await b.call('renja.simpanProgram', {
      opdId: d.opd.distanak,
      tahun: 2026,
      kode: '3.27.02',
      nama: 'PROGRAM SARANA PERTANIAN',
    });
    const kegiatan = await b.call('renja.simpanKegiatan', {
      programId: program.id,
      kode: '3.27.02.2.01',
      nama: 'Pengawasan Sarana',
    });
    subId = (
      await b.call('renja.simpanSubKegiatan', {
        kegiatanId: kegiatan.id,
        kode: '3.27.02.2.01.0001',
        nama: 'Pengawasan Pupuk Bersubsidi',
        versi: 'murni',
        pagu: 1_000_000,
      })
    ).id;
  });
  afterEach(() => t.dispose());

  it('keeps the link, shows the code, and survives a status change made without it', async () => {
    const k = await b.call('kendala.simpan', {
      rapatId,
      uraian: 'Kios belum terdaftar',
      opdId: d.opd.distanak,
      subKegiatanId: subId,
    });
    expect(k.subKegiatan).toEqual({ id: subId, kode: '3.27.02.2.01.0001', nama: 'Pengawasan Pupuk Bersubsidi' });
    const daftar = await b.call('kendala.daftar', { status: 'semua' });
    expect(daftar.find((x) => x.id === k.id)!.subKegiatan?.kode).toBe('3.27.02.2.01.0001');
  });

  it('refuses a sub kegiatan of another OPD, naming the field, and writes nothing', async () => {
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('kendala.simpan', {
      rapatId,
      uraian: 'Salah OPD',
      opdId: d.opd.dkp,
      subKegiatanId: subId,
    });
    expect(jawaban.ok).toBe(false);
    if (!jawaban.ok) {
      expect(jawaban.galat.pesan).toBe('Sub kegiatan 3.27.02.2.01.0001 bukan milik OPD yang dipilih');
      expect(jawaban.galat.rincian[0]!.kolom).toBe('subKegiatanId');
    }
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('keeps the kendala when its sub kegiatan is dropped, without the link', async () => {
    const k = await b.call('kendala.simpan', {
      rapatId,
      uraian: 'Kios belum terdaftar',
      opdId: d.opd.distanak,
      subKegiatanId: subId,
    });
    await b.call('renja.hapus', { tingkat: 'subKegiatan', id: subId });
    const daftar = await b.call('kendala.daftar', { status: 'semua' });
    expect(daftar.find((x) => x.id === k.id)).toMatchObject({ uraian: 'Kios belum terdaftar', subKegiatan: null });
  });
});
