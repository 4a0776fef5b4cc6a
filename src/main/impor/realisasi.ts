// Realisation rows from an import file or a returned Formulir OPD: sub kegiatan by code, cumulative values.
import type { MasalahImpor, PratinjauImpor } from '../../shared/api/impor';
import type { PerubahanRealisasi } from '../../shared/api/realisasi';
import { formatAngka, NAMA_BULAN } from '../../shared/format';
import { tingkatKode, versiBerlaku } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { periksaRealisasi } from '../realisasi/repository';
import { perubahanMulaiBulan } from '../renja/repository';
import type { Lembar } from './baca';
import type { Header } from './kolom';
import { barisData } from './nilai';
import { cariOpd } from './opd';

export interface MetaFormulir {
  jenis: 'formulir-realisasi';
  opdKode: string;
  opdNama: string;
  tahun: number;
  bulan: number;
}

function metaFormulir(meta: Record<string, unknown> | null): MetaFormulir | null {
  return meta && meta['jenis'] === 'formulir-realisasi' ? (meta as unknown as MetaFormulir) : null;
}

/** A returned Formulir OPD must be for the OPD, year and period being imported; anything else is refused whole. */
async function periksaFormulir(
  db: Db,
  meta: MetaFormulir,
  opsi: { tahun: number; bulan: number; opdId?: number | undefined },
): Promise<number> {
  const opd = await db.selectFrom('opd').select(['id', 'nama']).where('kode', '=', meta.opdKode).executeTakeFirst();
  const periode = (t: number, b: number) => `s.d. ${NAMA_BULAN[b - 1]} ${t}`;
  if (!opd)
    throw new DitolakError(
      `Formulir ini untuk OPD berkode ${meta.opdKode} (${meta.opdNama}) yang tidak ada di Data Master OPD`,
    );
  if (opsi.opdId !== undefined && opsi.opdId !== opd.id) {
    const dipilih = await db.selectFrom('opd').select('nama').where('id', '=', opsi.opdId).executeTakeFirst();
    throw new DitolakError(
      `Formulir ini milik ${opd.nama}, bukan ${dipilih?.nama ?? 'OPD yang dipilih'}: berkas tidak diimpor`,
    );
  }
  if (meta.tahun !== opsi.tahun || meta.bulan !== opsi.bulan) {
    throw new DitolakError(
      `Formulir ini untuk periode ${periode(meta.tahun, meta.bulan)}, bukan ${periode(opsi.tahun, opsi.bulan)}: berkas tidak diimpor`,
    );
  }
  return opd.id;
}

export async function siapkanRealisasi(
  db: Db,
  lembar: Lembar,
  header: Header,
  opsi: { tahun: number; bulan?: number | undefined; opdId?: number | undefined },
): Promise<{
  pratinjau: Omit<PratinjauImpor, 'jenis' | 'barisHeader' | 'kolomDikenali'>;
  opdId: number | null;
  bulan: number;
  perubahan: PerubahanRealisasi[];
}> {
  const meta = metaFormulir(lembar.meta);
  const bulan = opsi.bulan ?? meta?.bulan;
  if (bulan === undefined) throw new DitolakError('Periode wajib dipilih untuk impor realisasi');
  const opdDariFormulir = meta ? await periksaFormulir(db, meta, { ...opsi, bulan }) : undefined;

  const masalah: MasalahImpor[] = [];
  const data = barisData(lembar.baris, header, masalah);
  const kolomRealisasi = (
    [
      'realisasiFisik',
      'realisasiKeuangan',
      'realisasiKinerja',
      'permasalahan',
      'tindakLanjut',
      'faktorPendorong',
      'faktorPenghambat',
    ] as const
  ).filter((m) => header.kolom.has(m));
  if (kolomRealisasi.length === 0) {
    masalah.push({
      baris: header.indeks + 1,
      kolom: '',
      pesan: 'Tidak ada kolom realisasi (Realisasi fisik, Realisasi keuangan, Permasalahan, ...)',
    });
  }
  const opd = await cariOpd(db, header, data, opdDariFormulir ?? opsi.opdId);
  const perubahan: PerubahanRealisasi[] = [];
  const nomor = new Map<number, number>();
  const subPerOpd = new Map<number, Map<string, number>>();
  const versi = versiBerlaku(bulan, await perubahanMulaiBulan(db, opsi.tahun));
  const opdDipakai = new Set<number>();

  for (const b of data) {
    const kode = b.teks('kode');
    if (tingkatKode(kode) !== 'subKegiatan') continue;
    const opdId = opd.untuk(b);
    if (opdId === null) continue;
    opdDipakai.add(opdId);
    let subs = subPerOpd.get(opdId);
    if (!subs) {
      const rows = await db
        .selectFrom('subKegiatan as s')
        .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
        .innerJoin('program as p', 'p.id', 'k.programId')
        .innerJoin('anggaran as a', (j) => j.onRef('a.subKegiatanId', '=', 's.id').on('a.versi', '=', versi))
        .select(['s.id', 's.kode'])
        .where('p.opdId', '=', opdId)
        .where('p.tahun', '=', opsi.tahun)
        .execute();
      subs = new Map(rows.map((r) => [r.kode, r.id]));
      subPerOpd.set(opdId, subs);
    }
    const subKegiatanId = subs.get(kode);
    if (subKegiatanId === undefined) {
      b.catat('kode', `Sub kegiatan ${kode} tidak ada di Renja OPD ini tahun ${opsi.tahun}`);
      continue;
    }
    if (nomor.has(subKegiatanId)) {
      b.catat('kode', `Sub kegiatan ${kode} sudah tertulis di baris ${nomor.get(subKegiatanId)}`);
      continue;
    }
    nomor.set(subKegiatanId, b.nomor);
    const p: PerubahanRealisasi = { subKegiatanId };
    for (const m of kolomRealisasi) {
      if (m === 'realisasiFisik') p.realisasiFisik = b.angka(m, 'persen');
      else if (m === 'realisasiKeuangan') p.realisasiKeuangan = b.angka(m, 'uang');
      else if (m === 'realisasiKinerja') {
        const v = b.angka(m, 'bilangan');
        if (v !== null) p.realisasiKinerja = v;
      } else p[m] = b.teks(m);
    }
    perubahan.push(p);
  }

  const [opdId = null, ...lain] = opdDipakai;
  if (lain.length > 0)
    masalah.push({ baris: 0, kolom: 'Kode SKPD', pesan: 'Satu berkas realisasi hanya untuk satu OPD' });
  else if (opdId !== null && perubahan.length > 0) {
    const { galat } = await periksaRealisasi(db, { opdId, tahun: opsi.tahun, bulan, perubahan });
    for (const g of galat)
      masalah.push({ baris: nomor.get(Number(g.kolom.split('.')[0])) ?? 0, kolom: '', pesan: g.pesan });
  }
  masalah.sort((a, b) => a.baris - b.baris);
  return {
    pratinjau: {
      versi,
      jumlahBarisData: data.length,
      ringkasan: [
        `${formatAngka(perubahan.length)} sub kegiatan, realisasi s.d. ${NAMA_BULAN[bulan - 1]} ${opsi.tahun}`,
        ...opd.ringkasan(),
      ],
      masalah,
    },
    opdId,
    bulan,
    perubahan,
  };
}
