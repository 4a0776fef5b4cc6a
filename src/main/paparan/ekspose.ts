// The Rakerda ekspose: one short deck per OPD head (their figures, Kurva S, lagging sub kegiatan, kendala, photos),
// every OPD of a cluster in one go, handed over like the Formulir OPD of every OPD.
import type { BerkasBanyak } from '../../shared/api/ekspor';
import { labelTriwulan } from '../../shared/format';
import { LABEL_KLASTER, type Klaster } from '../../shared/opd';
import type { Db } from '../db/connection';
import { namaBerkasAman } from '../arsip/repository';
import { DitolakError } from '../errors';
import type { Kemajuan } from '../../shared/kemajuan';
import { serahkanBanyak } from '../ekspor/banyak';
import { konteksAtauAlasan } from '../laporan/konteks';
import { fotoCakupan } from '../laporan/lampiranFoto';
import { ambilPengaturanCetak } from '../pengaturan/repository';
import { labelPeriode, slideAngka, slideKurvaS, type Periode } from './isi';
import { slideFoto, slideKendalaOpd, slideSubTertinggal } from './isiOpd';
import { butirTerbuka, catatanOpd, temaPaparan, type ButirRapat } from './kumpul';
import { buatPaparan } from './pptx';
import type { Slide } from './slide';

/** One OPD's deck; null when the OPD has no Renja for the year (it is named among those skipped). */
export async function eksposeOpd(
  db: Db,
  periode: Periode,
  opdId: number,
  butir: ButirRapat,
): Promise<{ namaBerkas: string; isi: Buffer } | null> {
  const hasil = await konteksAtauAlasan(db, { ...periode, cakupan: 'opd', opdId, klaster: null });
  if (!('konteks' in hasil)) return null;
  const k = hasil.konteks;
  const { data } = k;
  const opd = k.tabel[0]!.opd;
  const baris = data.opd[0];
  const judul: Slide = {
    jenis: 'judul',
    judul: opd.nama,
    subjudul: `Ekspose kinerja ${labelPeriode(periode)}`,
    rincian: [`Rapat Kerja Daerah ${data.daerah}`],
    penyaji: opd.kepalaNama ? { nama: opd.kepalaNama, jabatan: opd.kepalaJabatan } : null,
    catatan: [],
  };
  const slide: Slide[] = [
    judul,
    slideAngka({
      judul: 'Realisasi fisik dan keuangan',
      subjudul: labelPeriode(periode),
      total: data.total,
      versi: data.ringkasan.versi,
      opd: null,
      jumlahTerisi: data.jumlahTerisi,
      jumlahSub: data.jumlahSub,
      periode,
      tambahan:
        baris && data.jumlahTerisi > 0
          ? [`Peringkat ${baris.peringkat} dari ${data.ringkasan.opd.length} OPD ${data.daerah}`]
          : [],
    }),
    slideKurvaS(data.kurvaS, opd.singkatan || opd.nama, periode),
  ];
  if (data.jumlahTerisi > 0) {
    const foto = await fotoCakupan(
      db,
      data.sub.map((s) => s.subKegiatanId),
      data.bulan,
    );
    slide.push(slideSubTertinggal(k), slideKendalaOpd(k, catatanOpd(butir, k, opdId)), ...slideFoto(foto, periode));
  }
  const isi = await buatPaparan({
    judul: `Ekspose ${opd.nama}`,
    tema: await temaPaparan(db, k.pengaturan),
    slide,
  });
  return {
    namaBerkas: namaBerkasAman(`Ekspose ${labelTriwulan(periode.triwulan)} ${periode.tahun} - ${opd.nama}`, 'pptx'),
    isi,
  };
}

export async function eksposeKlaster(
  db: Db,
  periode: Periode,
  klaster: Klaster,
  folder: string | undefined,
  kemajuan: (k: Kemajuan) => void,
): Promise<BerkasBanyak> {
  await ambilPengaturanCetak(db, 'bahan ekspose');
  const opd = await db
    .selectFrom('opd')
    .select(['id', 'nama'])
    .where('klaster', '=', klaster)
    .orderBy('kode')
    .execute();
  const butir = await butirTerbuka(db);
  const berkas: { namaBerkas: string; isi: Buffer }[] = [];
  const dilewati: string[] = [];
  for (const [i, o] of opd.entries()) {
    kemajuan({ langkah: 'Menyusun bahan ekspose OPD', selesai: i, total: opd.length, satuan: 'berkas' });
    const satu = await eksposeOpd(db, periode, o.id, butir);
    if (satu) berkas.push(satu);
    else dilewati.push(o.nama);
  }
  const nama = `Klaster ${LABEL_KLASTER[klaster]}`;
  if (berkas.length === 0) throw new DitolakError(`Belum ada OPD ${nama} yang memiliki Renja tahun ${periode.tahun}`);
  return serahkanBanyak(
    berkas,
    dilewati,
    folder,
    namaBerkasAman(`Ekspose ${nama} ${labelTriwulan(periode.triwulan)} ${periode.tahun}`, 'zip'),
    kemajuan,
  );
}
