// Lampiran III of the report: the photos of physical progress of the quarter, each with its sub kegiatan and caption.
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { Foto } from '../../shared/api/foto';
import { NAMA_BULAN } from '../../shared/format';
import { judul, paragraf } from '../docx/blok';
import { ukuranGambar } from '../docx/gambar';
import type { Db } from '../db/connection';
import { daftarFoto } from '../foto/handlers';

export interface FotoLampiran extends Foto {
  opdNama: string;
  kode: string;
  nama: string;
}

/** Photos of the scope's sub kegiatan taken for the quarter's month, in code order. */
export async function fotoCakupan(db: Db, subKegiatanIds: number[], bulan: number): Promise<FotoLampiran[]> {
  const foto: Foto[] = [];
  for (let i = 0; i < subKegiatanIds.length; i += 5000)
    foto.push(...(await daftarFoto(db, subKegiatanIds.slice(i, i + 5000), bulan)));
  if (foto.length === 0) return [];
  const info = await db
    .selectFrom('subKegiatan as s')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .innerJoin('opd as o', 'o.id', 'p.opdId')
    .select(['s.id', 's.kode', 's.nama', 'o.nama as opdNama'])
    .where('s.id', 'in', [...new Set(foto.map((f) => f.subKegiatanId))])
    .execute();
  const per = new Map(info.map((x) => [x.id, x]));
  return foto
    .map((f) => ({ ...f, ...per.get(f.subKegiatanId)!, id: f.id }))
    .sort((a, b) => a.opdNama.localeCompare(b.opdNama) || a.kode.localeCompare(b.kode) || a.id - b.id);
}

const LEBAR_FOTO_PX = 430; // about 11,4 cm
const TINGGI_FOTO_PX = 330; // two photos and their captions fit on a portrait page

export function lampiranFoto(foto: FotoLampiran[], bulan: number): FileChild[] {
  const isi: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'LAMPIRAN III' }),
    judul(`DOKUMENTASI KEMAJUAN FISIK S.D. ${NAMA_BULAN[bulan - 1]!.toUpperCase()}`),
  ];
  if (foto.length === 0) return [...isi, paragraf('Belum ada foto dokumentasi untuk periode ini.')];
  for (const f of foto) {
    const data = Buffer.from(f.base64, 'base64');
    const ukuran = ukuranGambar(data);
    if (!ukuran) continue;
    // Fit in 430 x 330 px without distorting: a portrait photo is limited by its height.
    const skala = Math.min(LEBAR_FOTO_PX / ukuran.lebar, TINGGI_FOTO_PX / ukuran.tinggi);
    isi.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 240 },
        children: [
          new ImageRun({
            type: f.mime === 'image/png' ? 'png' : 'jpg',
            data,
            transformation: { width: Math.round(ukuran.lebar * skala), height: Math.round(ukuran.tinggi * skala) },
            altText: { name: f.kode, title: f.nama, description: f.keterangan || f.nama },
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        children: [
          new TextRun({ text: `${f.opdNama} · ${f.kode} ${f.nama}`, bold: true, size: 20 }),
          ...(f.keterangan ? [new TextRun({ text: f.keterangan, size: 20, break: 1 })] : []),
        ],
      }),
    );
  }
  return isi;
}
