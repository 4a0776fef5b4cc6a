// One edited cell of the Perencanaan grid saved where it belongs: a name to its program or kegiatan, an indicator
// cell to its indicator (an emptied indicator is deleted), the rest to the sub kegiatan. Each save sends only the
// changed field with the revision of its row (a partial save): what the cell does not show stays as stored.
import { parseAngka } from '../../../../shared/format';
import { BULAN_TRIWULAN, type Versi } from '../../../../shared/renja';
import { api } from '../../api/client';
import type { BarisGridRenja } from './kolom';
import { KOLOM_SUNTING, suntingBaris } from './bacaSelRenja';

/** The newest revision the page knows of a row ("subKegiatan:12", "indikator:3"), given the one the grid shows. */
export type RevisiTerbaru = (kunci: string, diGrid: number) => number;

export type HasilSimpanSel = { pesan: string } | { kunci: string; revisi: number } | null;

export async function simpanSelRenja(
  d: BarisGridRenja,
  kolom: string,
  mentah: unknown,
  konteks: { versi: Versi; revisi: RevisiTerbaru },
): Promise<HasilSimpanSel> {
  const teks = mentah == null ? '' : String(mentah).trim();
  const r = d.renja;
  const kunciBaris = `${r.tingkat}:${r.id}`;
  const revisiBaris = konteks.revisi(kunciBaris, r.revisi);
  if (kolom === 'nama' && r.tingkat === 'program') {
    const { revisi } = await api('renja.simpanProgram', { id: r.id, revisi: revisiBaris, nama: teks } as never);
    return { kunci: kunciBaris, revisi };
  }
  if (kolom === 'nama' && r.tingkat === 'kegiatan') {
    const { revisi } = await api('renja.simpanKegiatan', { id: r.id, revisi: revisiBaris, nama: teks } as never);
    return { kunci: kunciBaris, revisi };
  }
  if (kolom === 'indikator' || kolom === 'satuan' || kolom === 'targetIndikator') {
    const ind = d.indikator;
    if (kolom === 'indikator' && teks === '') {
      if (ind) await api('renja.hapusIndikator', { id: ind.id });
      return null;
    }
    let target = ind?.target ?? null;
    if (kolom === 'targetIndikator') {
      const h = parseAngka(typeof mentah === 'number' ? mentah : teks, { jenis: 'bilangan' });
      if (!h.ok) return { pesan: h.pesan };
      target = h.value;
    }
    const isian = kolom === 'indikator' ? { uraian: teks } : kolom === 'satuan' ? { satuan: teks } : { target };
    if (ind) {
      const kunci = `indikator:${ind.id}`;
      const jawab = await api('renja.simpanIndikator', {
        id: ind.id,
        revisi: konteks.revisi(kunci, ind.revisi),
        ...isian,
      } as never);
      return { kunci, revisi: jawab.revisi };
    }
    const baru = await api('renja.simpanIndikator', {
      tingkat: r.tingkat,
      pemilikId: r.id,
      uraian: '',
      satuan: '',
      target: null,
      ...isian,
    });
    return { kunci: `indikator:${baru.id}`, revisi: baru.revisi };
  }
  if (r.tingkat !== 'subKegiatan' || !KOLOM_SUNTING.test(kolom)) return null;
  const hasil = suntingBaris(r, kolom, mentah);
  if (!hasil.ok) return { pesan: hasil.pesan };
  const b = hasil.baris;
  const tw = /^target(?:Fisik|Keuangan)([0-3])$/.exec(kolom);
  const isian = tw
    ? {
        target: [
          {
            bulan: BULAN_TRIWULAN[Number(tw[1])]!,
            targetFisik: b.targetFisik[Number(tw[1])] ?? null,
            targetKeuangan: b.targetKeuangan[Number(tw[1])] ?? null,
          },
        ],
      }
    : { [kolom]: b[kolom as 'nama' | 'lokasi' | 'sumberDana' | 'pagu'] };
  const { revisi } = await api('renja.simpanSubKegiatan', {
    id: r.id,
    revisi: revisiBaris,
    versi: konteks.versi,
    ...isian,
  } as never);
  return { kunci: kunciBaris, revisi };
}
